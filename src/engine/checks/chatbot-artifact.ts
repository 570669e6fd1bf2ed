import { CHATBOT_PHRASES, type PhraseFamily } from '../lexicon/chatbot-phrases.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import { mayMatch } from '../text/needed-words.js';
import { overlapsAnyOf } from '../text/span-index.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';

const messages = {
  leftover: 'Reads like {{family}}: {{quoted}}.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'chatbot-artifact',
  title: 'Chatbot leftovers',
  description: 'Leftovers of a chatbot reply: the model calling itself an AI, refusing, asking for the text, saying it cannot open a link, thinking aloud about "the user", notes on its rewrite, a failed generation, prompt furniture ("Meta description:"), unfilled placeholders.',
  messages,
  languages: ['en'],
};

/**
 * Each family's patterns compiled once to scan the whole text: global, and multi-line so that
 * "^" and "$" mean a paragraph's start and end ("Certainly! Here is" spans a sentence break).
 */
const FAMILIES = /* @__PURE__ */ CHATBOT_PHRASES.map((f) => ({
  ...f,
  global: f.patterns.map((re) => new RegExp(re.source, `${re.flags.replace(/[gm]/g, '')}gm`)),
  mayMatch: f.patterns.map(mayMatch),
}));

/** Verbs that give words to someone, after them (", one reader wrote") or before them ("replied that"). */
const SAYING = String.raw`said|says|replied|replies|responded|responds|answered|answers|wrote|writes|told(?:\s+\w+)?|added|complained|explained|recalled|posted|tweeted|asked|argued|insisted|joked|claimed|claims|admitted|acknowledged|conceded|confirmed|stated|noted|warned`;
const ATTRIBUTION = new RegExp(String.raw`,\s+(?:[\w'’-]+\s+){0,5}?(?:${SAYING})\b[^,]*(?:,|$)`, 'i');
const INDIRECT = new RegExp(String.raw`\b(?:${SAYING})\s+(?:\w+\s+){0,2}?that\b`, 'i');


interface Hit {
  start: number;
  end: number;
}

/**
 * Text left over from a chatbot reply, one finding per family and paragraph. In quotes or given
 * as an example it is reported: low. A family people also write (a friendly sign-off) is low
 * unless the page carries a leftover that people do not write.
 */
export const chatbotArtifact: Check<Id> = {
  meta,
  run(article) {
    const taken: Hit[] = [];
    const found = FAMILIES.map((family) => {
      const isTaken = overlapsAnyOf(taken);
      const byParagraph = new Map<number, Hit[]>();
      for (const [i, re] of family.global.entries()) {
        if (!family.mayMatch[i]!(article.text)) continue; // the words the pattern needs are not in the text
        for (const m of article.text.matchAll(re)) {
          const hit = { start: m.index!, end: m.index! + m[0].length };
          // One phrase, one family: the first family to claim words keeps them.
          if (isTaken(hit)) continue;
          const list = byParagraph.get(paragraphOf(hit)) ?? [];
          list.push(hit);
          byParagraph.set(paragraphOf(hit), list);
        }
      }
      for (const hits of byParagraph.values()) taken.push(...hits);
      return { family, byParagraph };
    });
    // An unfilled "[Name]" is a template's, whoever the sentence says is speaking.
    const asserted = (hits: Hit[], family: PhraseFamily) =>
      hits.some((h) => capIfReported(article, h.start, h.end, 'high') === 'high' && (family.family === 'placeholder' || !attributed(h)));
    const context = found.some(({ family, byParagraph }) => !family.needsContext && [...byParagraph.values()].some((hits) => asserted(hits, family)));

    const out: Array<Draft<Id>> = [];
    for (const { family, byParagraph } of found) {
      for (const [, all] of [...byParagraph].sort((a, b) => a[0] - b[0])) {
        const hits = all.sort((a, b) => a.start - b.start).filter((h, i, list) => i === 0 || h.start >= list[i - 1]!.end);
        const quoted = hits.map((h) => `"${article.text.slice(h.start, h.end).trim()}"`).join(', ');
        const severity = asserted(hits, family) && (context || !family.needsContext) ? 'high' : 'low';
        out.push({ severity, messageId: 'leftover', data: { family: family.label, quoted }, evidence: hits.map((h) => spanEvidence(article, h.start, h.end)) });
      }
    }
    return out.sort((a, b) => (a.evidence[0]!.start ?? 0) - (b.evidence[0]!.start ?? 0));

    /**
     * Words a sentence gives to someone: "I'm unable to open the link, one reader wrote", "the chatbot
     * replied that as an AI language model it could not ...".
     */
    function attributed(h: Hit): boolean {
      const s = article.sentenceAt(h.start);
      return s !== undefined && (ATTRIBUTION.test(article.text.slice(h.end, s.end)) || INDIRECT.test(article.text.slice(s.start, h.start)));
    }

    function paragraphOf(h: Hit): number {
      return article.sentenceAt(h.start)?.paragraph ?? -1;
    }
  },
};
