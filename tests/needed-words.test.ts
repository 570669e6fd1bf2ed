import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEFTOVER_LEXICONS } from '../src/engine/lexicon/leftovers/index.js';
import { neededWords, prefilter } from '../src/engine/text/needed-words.js';

/** The pattern without word boundaries and lookarounds, which fast-check does not generate. */
function withoutAssertions(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      if (source[i + 1] !== 'b') out += source.slice(i, i + 2);
      i++;
    } else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      for (let depth = 0; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
    } else out += source[i];
  }
  return out;
}

describe('the strings a pattern cannot match without', () => {
  it('reads literal runs, groups of alternatives and what their quantifiers leave certain', () => {
    expect(neededWords(/\bas an? (?:AI|artificial intelligence)/i)).toEqual([['as a']]);
    const sets = neededWords(/\b(?:could|can|would) you (?:please )?(?:share|provide)\b/i)!;
    expect(sets).toContainEqual([' you ']);
    expect(sets).toContainEqual(['could', 'can', 'would']);
    expect(sets).toContainEqual(['share', 'provide']);
    expect(sets).not.toContainEqual(['please ']);
    expect(neededWords(/\bthe user(?:['’]s)? asked\b/i)).toContainEqual(['the user']);
    expect(neededWords(/Regenerate (?:response|draft)/)).toContainEqual(['Regenerate ']);
  });

  it('gives up rather than guess', () => {
    expect(neededWords(/(ab)c\1/)).toBeNull(); // a back-reference
    expect(neededWords(/\p{L}bcd/u)).toBeNull(); // flags that change what characters mean
    expect(neededWords(/ab|cdef/)).toBeNull(); // "ab" is in too many texts to help
    expect(neededWords(/(?:abc)?def?/)).toBeNull();
    expect(neededWords(/caf\u00e9s? open/i)).toBeNull(); // an escape it does not read
  });

  it('keeps each set of patterns apart: what one asks for is not sought for another', () => {
    const first = prefilter();
    const second = prefilter();
    const askFirst = first.mayMatch(/regenerate response/i);
    const askSecond = second.mayMatch(/knowledge cutoff/i);
    expect(askFirst('Click Regenerate Response below')).toBe(true);
    expect(askFirst('my knowledge cutoff is near')).toBe(false);
    expect(askSecond('my knowledge cutoff is near')).toBe(true);
    expect(askSecond('Click Regenerate Response below')).toBe(false);
  });

  // Every pattern of the leftover lexicons: generated matches (in mixed case) hold a string of each
  // set, and the one-pass search agrees with looking each string up.
  const patterns = Object.entries(LEFTOVER_LEXICONS).flatMap(([language, lexicon]) =>
    Object.entries(lexicon.signals).flatMap(([signal, list]) =>
      list.map((re) => ({ family: `${language} ${signal}`, re })),
    ),
  );
  // One prefilter for all of them, as a lexicon has one: the strings of many patterns sought together.
  const shared = prefilter();
  for (const { family, re } of patterns) {
    {
      const sets = neededWords(re);
      if (!sets) continue;
      it(`holds for ${family}: /${re.source.slice(0, 50)}…/`, () => {
        // fast-check generates for case-sensitive patterns without word boundaries or lookarounds; the
        // pattern itself then says where it matches.
        const generated = fc
          .stringMatching(new RegExp(withoutAssertions(re.source)))
          .chain((s) =>
            fc
              .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
              .map((upper) => [...s].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('')),
          );
        const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
        const ask = shared.mayMatch(re);
        fc.assert(
          fc.property(generated, fc.string({ maxLength: 8 }), (text, around) => {
            const whole = `${around}${text}${around}`;
            for (const m of whole.matchAll(global)) {
              const hay = re.flags.includes('i') ? m[0].toLowerCase() : m[0];
              expect(sets.every((set) => set.some((w) => hay.includes(w)))).toBe(true);
              expect(ask(whole)).toBe(true);
            }
          }),
          { numRuns: 100 },
        );
      });
    }
  }
});
