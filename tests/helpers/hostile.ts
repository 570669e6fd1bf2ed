/**
 * Inputs made to take time that grows faster than they do (issue 25, items 1 to 7), each as a
 * function of its size in characters: the time tests hold them to linear growth, and the bench
 * measures each at 100,000 characters against the floor.
 */
const page = (body: string, head = '') =>
  `<html><head>${head}</head><body><article><h1>A headline for the page</h1>${body}</article></body></html>`;
const PROSE = '<p>The council met on Tuesday and approved the plan for the new bridge over the river.</p>';
export const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

/** 192 characters, one date in them, no full stop. */
const DATED_EVERY_192 =
  'on March 3, 2021 the council of the old harbour town met in its hall and talked about many things at length, ' +
  'with the residents of the town and the owners of the boats moored at the quay, and then they ';
const COUNTED_FROM_AN_EVENT = 'Since the invasion 11 months ago, the town, hit in March 2022, ';

export interface Hostile {
  name: string;
  kind: 'html' | 'text';
  make: (size: number) => string;
  small: number;
}

export const HOSTILE: Hostile[] = [
  {
    name: 'a plain-text line "by", a run of spaces and a long word (the byline pattern)',
    kind: 'text',
    make: (n) => `by${' '.repeat(n)}${'x'.repeat(100)}\n\nThe council met on Tuesday and approved the plan.`,
    small: 2_500,
  },
  {
    name: 'an inline style with a run of spaces in its value (the !important pattern)',
    kind: 'html',
    make: (n) => page(`<p style="display:x${' '.repeat(n)}y">The council met on Tuesday.</p>${PROSE}`),
    small: 5_000,
  },
  {
    name: '"born in 1990" before a run of letters with no capital (the age pattern)',
    kind: 'text',
    make: (n) => `He was born in 1990 and ${'a'.repeat(n)} more.`,
    small: 2_500,
  },
  {
    name: '"born in 1990" before a run of Chinese characters',
    kind: 'text',
    make: (n) => `He was born in 1990 and ${'中'.repeat(n)} more.`,
    small: 2_500,
  },
  {
    name: 'a long word ending in a letter outside A-Z before "two years ago" (the claim\'s last word)',
    kind: 'text',
    make: (n) => `The ${'a'.repeat(n)}é two years ago.`,
    small: 2_500,
  },
  {
    name: 'a meta author that starts with a capital and repeats "GPT"',
    kind: 'html',
    make: (n) => page(PROSE, `<meta name="author" content="A${repeat('GPT', n)}.">`),
    small: 2_500,
  },
  {
    name: 'one sentence repeating an anniversary with the year of its origin',
    kind: 'text',
    make: (n) => `It marked ${repeat('the 50th anniversary of the bridge, opened in 1932, and ', n)}more.`,
    small: 2_500,
  },
  {
    name: 'one paragraph with no full stop and a date every 192 characters',
    kind: 'text',
    make: (n) => `${repeat(DATED_EVERY_192, n)}end.`,
    small: 5_000,
  },
  {
    name: 'one sentence of impossible dates',
    kind: 'text',
    make: (n) => `Text ${repeat('April 31, 2023 and ', n)}end.`,
    small: 2_500,
  },
  {
    name: 'one sentence of weekdays with dates',
    kind: 'text',
    make: (n) => repeat('Monday, March 6, 2023 and ', n),
    small: 2_500,
  },
  {
    name: 'one sentence of past narration of dates',
    kind: 'text',
    make: (n) => `The festival ${repeat('sold out on August 2, 2021, then ', n)}closed.`,
    small: 2_500,
  },
  {
    name: 'one sentence of forecasts',
    kind: 'text',
    make: (n) => `Officials said ${repeat('prices will continue to rise well into 2023 and ', n)}more.`,
    small: 2_500,
  },
  {
    name: 'one sentence of claims counted from an event the text dates',
    kind: 'text',
    make: (n) => `The invasion in February 2022 changed everything. ${repeat(COUNTED_FROM_AN_EVENT, n)}waits.`,
    small: 2_500,
  },
  {
    name: 'markup nested thousands deep',
    kind: 'html',
    make: (n) => `<html><body>${'<div>'.repeat(n / 5)}${PROSE}${'</div>'.repeat(n / 5)}</body></html>`,
    small: 3_000,
  },
];
