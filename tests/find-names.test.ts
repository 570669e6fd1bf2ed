import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNames, indexPack, phraseKey } from '../src/engine/knowledge/index-pack.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import type { Pack } from '../src/engine/knowledge/schema.js';
import { fold, phraseSource } from '../src/engine/text/fold.js';

/** What findNames replaced: one pattern of every name, longest first, tried everywhere in the text. */
function onePattern(names: string[]): RegExp {
  const alternation = [...new Set(names.map(phraseKey))]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
}

const found = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);

/** A pack of our own with names that share first words, prefixes and hyphens. */
const people = [
  ['Ana Maria Costa', 'Ana Costa', 'Costa'],
  ['Ana-Lise Berg', 'Anab Oru'],
  ["Jean O'Dell", 'Jean'],
  ['Li Wei', 'Li'],
  ['Émile Dürr'],
];
const pack: Pack = {
  ...PACK,
  people: people.map((names, i) => ({ id: `p${i}`, wikipedia: `P${i}`, names })),
  offices: [],
};

describe('findNames', () => {
  it('finds what one pattern of every name finds, in the same places and order', () => {
    const k = indexPack(pack);
    const all = people.flat();
    const reference = onePattern(all);
    const piece = fc.oneof(
      fc.constantFrom(...all),
      fc.constantFrom(...all).map((n) => n.replace(/ /g, '-')),
      fc.constantFrom(' ', '  ', '-', ', ', '.', "'", 'x', 'é', '7', 'Ana', 'Li-', 'the ', '\n'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = fold(pieces.join(''));
        expect(found(findNames(text, k))).toEqual(found(text.matchAll(reference)));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the longest name a word starts, and goes on after it', () => {
    const k = indexPack(pack);
    const text = fold("Ana Maria Costa met Jean O'Dell; Costa and Li Wei, not Liwei nor Ana-Lise Berg's aide.");
    expect(found(findNames(text, k))).toEqual([
      '0:ana maria costa',
      "20:jean o'dell",
      '33:costa',
      '43:li wei',
      '65:ana-lise berg',
    ]);
  });

  it('finds in newswire-like text what one pattern of the real pack finds', () => {
    const k = indexPack(PACK);
    const reference = onePattern(PACK.people.flatMap((p) => p.names));
    const names = PACK.people.flatMap((p) => p.names).slice(0, 200);
    const text = fold(names.map((n, i) => (i % 3 ? `said ${n}, ` : `${n}'s aide, `)).join('and '));
    const expected = found(text.matchAll(reference));
    expect(expected.length).toBeGreaterThan(100);
    expect(found(findNames(text, k))).toEqual(expected);
  });
});
