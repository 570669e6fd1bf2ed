import { describe, expect, it } from 'vitest';
import { extractAny } from '../src/cli/extract-node.js';
import { parseDocument } from '../src/cli/dom.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../src/engine/text/sentences.js';
import { audit } from './helpers/audit.js';
import { growth, linearBound } from './helpers/growth.js';

/**
 * Inputs made to take time that grows faster than they do (issue 25): each is audited, from its
 * raw text or markup to the report, at two sizes eight times apart, and the larger may take at
 * most twice eight times as long (`growth`: the fastest of several runs, not a time limit).
 * Before the fixes, each of these grew with the square of its size or worse.
 */
const page = (body: string, head = '') => `<html><head>${head}</head><body><article><h1>A headline for the page</h1>${body}</article></body></html>`;
const PROSE = '<p>The council met on Tuesday and approved the plan for the new bridge over the river, officials said.</p>';
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

interface Hostile {
  name: string;
  kind: 'html' | 'text';
  make: (size: number) => string;
  small: number;
}

export const HOSTILE: Hostile[] = [
  {
    name: 'a plain-text line "by", a run of spaces and a long word (the byline pattern)',
    kind: 'text',
    make: (n) => `by${' '.repeat(n)}${'x'.repeat(100)}\n\nThe council met on Tuesday and approved the plan for the bridge.`,
    small: 2_500,
  },
  {
    name: 'an inline style with a run of spaces in its value (the !important pattern)',
    kind: 'html',
    make: (n) => page(`<p style="display:x${' '.repeat(n)}y">The council met on Tuesday and approved the plan.</p>${PROSE}`),
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
    make: (n) => `${repeat('on March 3, 2021 the council met and talked about many things at length with the residents of the town, and then they ', n)}end.`,
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
    make: (n) => `The initial invasion in February 2022 changed everything. ${repeat('Since the invasion 11 months ago, the town, hit in March 2022, ', n)}waits.`,
    small: 2_500,
  },
  {
    name: 'markup nested thousands deep',
    kind: 'html',
    make: (n) => `<html><body>${'<div>'.repeat(n / 5)}${PROSE}${'</div>'.repeat(n / 5)}</body></html>`,
    small: 3_000,
  },
];

const FACTOR = 8;

describe('hostile input takes time in proportion to its size', () => {
  it.each(HOSTILE)('$name', ({ name, kind, make, small }) => {
    const inputs = new Map([small, small * FACTOR].map((n) => [n, make(n)]));
    const run = (n: number) => void audit(extractAny(inputs.get(n)!, name, kind), { knowledge: PACK, date: '2024-01-10' });
    expect(growth(run, small, small * FACTOR, 3)).toBeLessThan(linearBound(small, small * FACTOR));
  }, 60_000);
});

describe('what the limits leave', () => {
  it('reads a sentence longer than the limit in pieces, each within it, cut at a clause break', () => {
    const text = repeat('the council met again and again, ', 20_000);
    const pieces = splitSentences(text, 0, 0);
    expect(pieces.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    expect(pieces.slice(0, -1).every((p) => p.text.endsWith(','))).toBe(true);
  });

  it('cuts a sentence with no break and no space in it within the limit, never inside a character', () => {
    const pieces = splitSentences('😀'.repeat(MAX_SENTENCE_CHARS), 0, 0);
    expect(pieces.map((p) => p.text).join('')).toBe('😀'.repeat(MAX_SENTENCE_CHARS));
    expect(pieces.every((p) => p.text.length <= MAX_SENTENCE_CHARS && !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p.text))).toBe(true);
  });

  it('parses 10,000 nested elements as a browser does: no deeper than 512, the rest beside the deepest', () => {
    const doc = parseDocument(`<html><body>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</body></html>`);
    let depth = 0;
    let widest = 0;
    const stack: Array<[Element, number]> = [[doc.documentElement, 1]];
    while (stack.length) {
      const [el, d] = stack.pop()!;
      depth = Math.max(depth, d);
      widest = Math.max(widest, el.children.length);
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
    }
    expect(depth).toBe(513);
    expect(widest).toBe(10_000 - 510);
    expect(doc.body!.textContent).toBe('deep');
  });
});
