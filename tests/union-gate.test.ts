import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unionGate } from '../src/engine/text/union-gate.js';

describe('unionGate', () => {
  const opening = /^(?:sure|okay)\s*!/;
  const yours = /\bfor\s+your\s+(?:readers|post)\b/i;
  const gate = unionGate([opening, yours]);

  it('answers no for a text that holds none of the patterns', () => {
    expect(gate.mayMatch(yours)('The council met on Tuesday.')).toBe(false);
    expect(gate.mayMatch(opening)('The council met on Tuesday.')).toBe(false);
  });

  it('answers yes for a text that holds any of them, asked about any of them', () => {
    expect(gate.mayMatch(opening)('Here it is for your readers.')).toBe(true);
  });

  it('widens each pattern, never narrows it: a later line, another case', () => {
    expect(gate.mayMatch(opening)('Headline\nSure! Here is the piece.')).toBe(true);
    expect(gate.mayMatch(opening)('SURE! Here is the piece.')).toBe(true);
  });

  it('leaves out, and always searches with, a pattern whose flags or groups it cannot join', () => {
    const letters = /\p{Lu}{3}/u;
    const repeated = /(\w+) \1/;
    const mixed = unionGate([letters, repeated, yours]);
    expect(mixed.mayMatch(letters)('nothing here')).toBe(true);
    expect(mixed.mayMatch(repeated)('nothing here')).toBe(true);
    expect(mixed.mayMatch(yours)('nothing here')).toBe(false);
  });

  it('asked about a pattern it was not given, always says search', () => {
    expect(gate.mayMatch(/council/)('The council met.')).toBe(true);
  });

  // The promise the leftovers check relies on: "no" only where no pattern matches.
  it('never answers no where one of its patterns matches', () => {
    const word = fc.constantFrom('sure', 'Sure', 'okay', 'for', 'your', 'readers', 'post', '!', ' ', '\n', 'x');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join('');
        const g = unionGate([opening, yours]);
        for (const re of [opening, yours]) if (re.test(text)) expect(g.mayMatch(re)(text)).toBe(true);
      }),
    );
  });
});
