import { neededWords, prefilter } from '../../src/engine/text/needed-words.js';
import { pin, type Pinned } from './pin.js';

const F = 'text/needed-words.ts';
/** "PATTERN ? TEXT": the first question lets through a text that holds a match of the pattern. */
const letThrough = (example: string) => {
  const [source, text] = example.split(' ? ') as [string, string];
  const re = new RegExp(source);
  return re.test(text) && prefilter().mayMatch(re)(text);
};
/** "PATTERN ⇒ could would; you": the sets of strings the pattern cannot match without, rarest first. */
const needs = (example: string) => {
  const [source, sets] = example.split(' ⇒ ') as [string, string];
  const expected = sets.split('; ').map((set) => set.split(' '));
  return JSON.stringify(neededWords(new RegExp(source))) === JSON.stringify(expected);
};

export const NEEDED_WORDS: Pinned[] = [
  // The strings of a set are sought as one alternation, each on its own.
  pin(F, 'scannerOf', letThrough, { '': '(?:said|wrote) ? she wrote' }),
  // Where the reader of a pattern's source meets a bar: at the top, inside a group, at a sequence's end.
  pin(F, 'best', needs, {
    '': [
      String.raw`said|wrote ⇒ said wrote`,
      String.raw`(?:could|would)\s+you ⇒ could would; you`,
      String.raw`said\s+that|wrote ⇒ said wrote`,
    ],
  }),
];
