import { CHATBOT_PHRASES } from '../lexicon/chatbot-phrases.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';

const messages = {
  leftover: 'Reads like {{family}}: {{quoted}}.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'chatbot-artifact',
  title: 'Chatbot leftovers',
  description: 'Phrases left over from a chatbot reply: "As an AI language model", "Certainly! Here is", "I hope this helps", unfilled placeholders.',
  messages,
};

/**
 * Each family's patterns compiled once to scan the whole text: global, and multi-line so that
 * "^" and "$" mean a paragraph's start and end ("Certainly! Here is" spans a sentence break).
 */
const FAMILIES = /* @__PURE__ */ CHATBOT_PHRASES.map((f) => ({
  ...f,
  global: f.patterns.map((re) => new RegExp(re.source, `${re.flags.replace(/[gm]/g, '')}gm`)),
}));

/** Text left over from a chatbot reply; in quotes or given as an example it is reported, at most low. */
export const chatbotArtifact: Check<Id> = {
  meta,
  run(article) {
    const out: Array<Draft<Id>> = [];
    for (const family of FAMILIES) {
      const byParagraph = new Map<number, Array<{ start: number; end: number }>>();
      for (const re of family.global) {
        for (const m of article.text.matchAll(re)) {
          const start = m.index!;
          const paragraph = article.sentenceAt(start)?.paragraph ?? -1;
          const list = byParagraph.get(paragraph) ?? [];
          list.push({ start, end: start + m[0].length });
          byParagraph.set(paragraph, list);
        }
      }
      for (const [, found] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
        const hits = found.sort((a, b) => a.start - b.start).filter((h, i, all) => i === 0 || h.start >= all[i - 1]!.end);
        const quoted = hits.map((h) => `"${article.text.slice(h.start, h.end).trim()}"`).join(', ');
        const severity = hits.every((h) => capIfReported(article, h.start, h.end, 'high') === 'low') ? 'low' : 'high';
        out.push({ severity, messageId: 'leftover', data: { family: family.label, quoted }, evidence: hits.map((h) => spanEvidence(article, h.start, h.end)) });
      }
    }
    return out.sort((a, b) => (a.evidence[0]!.start ?? 0) - (b.evidence[0]!.start ?? 0));
  },
};
