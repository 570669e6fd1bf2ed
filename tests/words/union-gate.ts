import { unionGate } from '../../src/engine/text/union-gate.js';
import { pin, type Pinned } from './pin.js';

const F = 'text/union-gate.ts';
/**
 * "PATTERN ? TEXT": the union of the pattern and a second one says "search" for the text, which
 * holds no match of the second. A pattern left out of the union always says "search".
 */
const says = (example: string) => {
  const [source, text] = example.split(' ? ') as [string, string];
  const re = new RegExp(source);
  return unionGate([re, /never/]).mayMatch(re)(text);
};

export const UNION_GATE: Pinned[] = [
  pin(F, 'REFERS_TO_GROUPS', says, {
    '\\\\[1-9k]': String.raw`(\w)\1 ? a cat`,
    '\\(\\?<[A-Za-z]': String.raw`(?<first>x) ? nothing here`,
  }),
  // Joined without a bar, the two would be one pattern, which the text does not hold whole.
  pin(F, 'UNION', says, { '': 'cat ? a cat' }),
];
