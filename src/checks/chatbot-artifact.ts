import { CHATBOT_PHRASES } from './chatbot-phrases.js';
import { capIfReported, spanEvidence } from './evidence.js';
import { named } from './catalogue.js';
import type { Check, Draft } from './types.js';

/**
 * Text left over from a chatbot reply; in quotes or given as an example it is reported, at most
 * low. Paragraphs, not sentences, are searched: "Certainly! Here is" spans a sentence break.
 */
export const chatbotArtifact: Check = {
  ...named('chatbot-artifact'),
  run(article) {
    const out: Draft[] = [];
    for (const p of article.paragraphs) {
      const text = article.text.slice(p.start, p.end);
      for (const family of CHATBOT_PHRASES) {
        const hits = family.patterns
          .flatMap((re) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))])
          .map((m) => ({ start: p.start + m.index!, end: p.start + m.index! + m[0].length }))
          .sort((a, b) => a.start - b.start)
          .filter((h, i, all) => i === 0 || h.start >= all[i - 1]!.end);
        if (!hits.length) continue;
        const quoted = hits.map((h) => `"${article.text.slice(h.start, h.end).trim()}"`).join(', ');
        const severity = hits.every((h) => capIfReported(article, h.start, h.end, 'high') === 'low') ? 'low' : 'high';
        out.push({ severity, message: `Reads like ${family.label}: ${quoted}.`, evidence: hits.map((h) => spanEvidence(article, h.start, h.end)) });
      }
    }
    return out;
  },
};
