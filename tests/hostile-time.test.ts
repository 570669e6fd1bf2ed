import { describe, expect, it } from 'vitest';
import { extractAny } from '../src/cli/extract-node.js';
import { parseDocument } from '../src/cli/dom.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../src/engine/text/sentences.js';
import { audit } from './helpers/audit.js';
import { growth, linearBound } from './helpers/growth.js';
import { HOSTILE, repeat } from './helpers/hostile.js';

/**
 * Inputs made to take time that grows faster than they do (issue 25): each is audited, from its
 * raw text or markup to the report, at two sizes eight times apart, and the larger may take at
 * most three times eight times as long (`growth`: the fastest of several runs, not a time limit).
 * Before the fixes, each of these grew with the square of its size or worse.
 */
const FACTOR = 8;

describe('hostile input takes time in proportion to its size', () => {
  it.each(HOSTILE)(
    '$name',
    ({ name, kind, make, small }) => {
      const inputs = new Map([small, small * FACTOR].map((n) => [n, make(n)]));
      const options = { knowledge: PACK, date: '2024-01-10' };
      const run = (n: number) => void audit(extractAny(inputs.get(n)!, name, kind), options);
      expect(growth(run, small, small * FACTOR, 3)).toBeLessThan(linearBound(small, small * FACTOR));
    },
    60_000,
  );
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
    const halfACharacter = /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/;
    expect(pieces.every((p) => p.text.length <= MAX_SENTENCE_CHARS && !halfACharacter.test(p.text))).toBe(true);
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
    expect(doc.body.textContent).toBe('deep');
  });
});
