/**
 * How far back a test of the words before an offset reads (`tailOf`). Every such pattern is
 * anchored at the offset ($) and matches a few words; read from the sentence's start instead, a
 * sentence with a date every few words was read once per date (time in the square of its length).
 */
export const TAIL_CHARS = 256;

/**
 * The end of text[start, end) a pattern anchored at `end` needs: its last TAIL_CHARS characters,
 * from the start of a word, or all of it when shorter. A pattern whose matches are shorter than
 * TAIL_CHARS answers on this as on the whole, word boundaries included.
 */
export function tailOf(text: string, start: number, end: number, chars = TAIL_CHARS): string {
  let from = Math.max(start, end - chars);
  while (from > start && !/\s/.test(text[from - 1]!)) from--;
  return text.slice(from, end);
}
