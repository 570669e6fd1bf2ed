import { spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';
import { LEFTOVER_LANGUAGES } from '../lexicon/leftovers/index.js';
import type { Signal } from '../lexicon/leftovers/types.js';
import { findLeftovers } from '../text/leftovers.js';

const messages = {
  machine: 'The writer calls itself a machine: "{{quoted}}".',
  residue: 'What a program leaves behind, not a writer: "{{quoted}}".',
  placeholder: 'An unfilled template variable: "{{quoted}}".',
  furniture: 'A field of the prompt or of an SEO tool, left in the text: "{{quoted}}".',
  refusal: 'A chatbot refusing its task: "{{quoted}}".',
  asks: 'The writer asks whoever commissioned the text for its material: "{{quoted}}".',
  source: 'The writer speaks of the material it was given to make the text from: "{{quoted}}".',
  reasoning: 'The writer thinks aloud about its task: "{{quoted}}".',
  reply: 'The opening or the close of a chatbot reply: "{{quoted}}".',
  note: 'A note on how the text was made, to whoever asked for it: "{{quoted}}".',
};
type Id = keyof typeof messages;

/** The message a leftover's strongest sign calls for. */
const ACT: Readonly<Record<Signal, Id>> = {
  machine: 'machine',
  residue: 'residue',
  citation: 'residue',
  placeholder: 'placeholder',
  furniture: 'furniture',
  field: 'furniture',
  offline: 'source',
  refusal: 'refusal',
  request: 'asks',
  commission: 'source',
  given: 'source',
  input: 'source',
  inability: 'source',
  reasoning: 'reasoning',
  preamble: 'reply',
  closer: 'reply',
  opening: 'reply',
  self: 'note',
  tool: 'note',
  impossible: 'source',
  making: 'note',
  format: 'note',
  yours: 'note',
  persona: 'note',
};

export const meta: CheckMeta<Id> = {
  id: 'chatbot-artifact',
  title: 'Chatbot leftovers',
  description:
    'Sentences in which the writer speaks as the tool that made the text, to whoever asked for it: calling itself ' +
    'an AI, asking for the article or the topic, saying it cannot open the link, reasoning about "the user", notes ' +
    "on its rewrite, a reply's opening and close, refusals, API errors, unfilled template variables, prompt furniture.",
  messages,
  languages: LEFTOVER_LANGUAGES,
};

/** One finding per leftover sentence, quoting its leftover words. */
export const chatbotArtifact: Check<Id> = {
  meta,
  run(article) {
    return findLeftovers(article).map((l): Draft<Id> => ({
      severity: l.severity,
      messageId: ACT[l.signals[0]!],
      data: { quoted: article.text.slice(l.start, l.end) },
      evidence: [spanEvidence(article, l.start, l.end)],
    }));
  },
};
