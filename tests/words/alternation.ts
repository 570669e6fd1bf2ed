import { anyOf } from '../../src/engine/text/alternation.js';
import { pin, type Pinned } from './pin.js';

const F = 'text/alternation.ts';
/** Each word of a list, alone, is matched by the list's alternation: "said says". */
const eachMatched = (example: string) => {
  const words = example.split(' ');
  const re = new RegExp(`^${anyOf(words)}$`);
  return words.every((w) => re.test(w));
};

export const ALTERNATION: Pinned[] = [pin(F, 'anyOf', eachMatched, { '': 'said says' })];
