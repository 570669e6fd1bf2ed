import { CHATBOT_PHRASES } from './chatbot-phrases.js';
import { capIfReported, spanEvidence } from './evidence.js';
import type { Check, Draft } from './types.js';

/** Text left over from a chatbot reply; in quotes or given as an example it is reported, at most low. */
export const chatbotArtifact: Check = {
  id: 'chatbot-artifact',
  title: 'Chatbot leftovers',
  description: 'Phrases left over from a chatbot reply: "As an AI language model", "Certainly! Here is", "I hope this helps", unfilled placeholders.',
  run(article) {
    const out: Draft[] = [];
    for (const s of article.sentences) {
      for (const family of CHATBOT_PHRASES) {
        const hit = family.patterns.map((p) => p.exec(s.text)).find((m) => m !== null);
        if (!hit) continue;
        const start = s.start + hit.index;
        const end = start + hit[0].length;
        out.push({
          severity: capIfReported(article, start, end, 'high'),
          message: `Reads like ${family.label}: "${hit[0].trim()}".`,
          evidence: [spanEvidence(article, start, end)],
        });
      }
    }
    return out;
  },
};
