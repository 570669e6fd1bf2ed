import { findLeftovers } from '../../src/engine/text/leftovers.js';
import { articleOf } from './article.js';
import { pin, type Pinned } from './pin.js';

const F = 'text/leftovers.ts';
/** A sure leftover to stand beside a weaker sign: the machine naming itself. */
const SURE = 'As an AI language model, I follow the news.';

/** Cases keyed by the signal's name as the source quotes it: `{ machine: ... }` is `{ "'machine'": ... }`. */
const quoted = (cases: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(cases).map(([signal, example]) => [`'${signal}'`, example]));

/** The leftovers of an article made of the example. */
const leftoversOf = (example: string) => findLeftovers(articleOf(example));
/** Every sentence of the example is read as a leftover (the article's title, "Probe", is none). */
const allLeftovers = (example: string) => {
  const article = articleOf(example);
  const found = new Set(findLeftovers(article).map((l) => l.sentence));
  return article.sentences.filter((s) => s.text !== 'Probe').every((s) => found.has(s));
};

export const LEFTOVERS: Pinned[] = [
  // An act is a leftover's core: alone when sure, beside a sure leftover when weak.
  pin(
    F,
    'ACTS',
    allLeftovers,
    quoted({
      machine: 'As an AI language model, I think the plan is sound.',
      residue: 'ChatGPT can make mistakes.',
      placeholder: 'Sales rose by (figure not specified) percent.',
      furniture: 'Meta description: Our park reopens in May.',
      field: 'Keywords: parks, budget, council',
      offline: `${SURE} I cannot search the web.`,
      refusal: `${SURE} I can't help you with this.`,
      commission: `${SURE} You'd like me to cover the vote.`,
      given: `${SURE} The provided text is short.`,
      request: `${SURE} Please provide the report.`,
      reasoning: `${SURE} Let me check the figures.`,
      preamble: `${SURE} Here is a short summary of the vote.`,
      inability: `${SURE} I cannot verify the figures.`,
      citation: 'Prices rose.[0] Sales fell.[1]',
    }),
  ),
  // A lean sign stands only beside a sure leftover on the page.
  pin(
    F,
    'LEANS',
    allLeftovers,
    quoted({
      closer: `${SURE} I hope this helps.`,
      self: `${SURE} This article focuses on the budget.`,
      yours: `${SURE} Thanks for your article.`,
      persona: `${SURE} I do not possess personal opinions.`,
    }),
  ),
  // On a page that teaches a template, an unfilled field is the template's: low.
  pin(
    F,
    'TEMPLATE_SIGNS',
    (example) => {
      const found = leftoversOf(example);
      return found.length > 0 && found.every((l) => l.severity === 'low');
    },
    quoted({
      placeholder: 'Fill in the template below.\n\nWelcome to {{brand}}.',
      furniture: 'Copy the template below.\n\nMeta description: Our park reopens in May.',
      field: 'Fill in the template below.\n\nKeywords: markdown tips',
    }),
  ),
  // Supporting signs are sought only beside another sign: three of them alone make no leftover.
  pin(
    F,
    'SUPPORT',
    (example) => leftoversOf(example).length === 0,
    quoted({
      making: 'Students write an essay in markdown on a topic of their choice.',
      input: 'Pupils write a story about the topic in markdown.',
      format: 'Write a summary of the article text in markdown.',
      opening: 'Sure, I will write an essay on the topic.',
    }),
  ),
];
