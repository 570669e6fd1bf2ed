/**
 * Characters that show nothing: the soft hyphen, zero-width space, non-joiner and joiner, word
 * joiner and invisible operators, directional marks, embeddings, overrides and isolates, the
 * Mongolian vowel separator. One inside a date ("March<U+200B> 7, 2023") hid it from every check
 * while the reader saw an ordinary date. The zero-width no-break space (U+FEFF) is not among
 * them: to JavaScript it is white space, and the article's layout (`layOut`), like extraction's,
 * folds it into a space before anything reads the text.
 */
export const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** A text with its invisible characters taken out, and the way back from its offsets to the original's. */
export interface Visible {
  text: string;
  /** The original offset of the character at `at`. */
  start(at: number): number;
  /** The original offset just after the character before `at`: the end of a span that ends at `at`. */
  end(at: number): number;
}

/** The text as the reader sees it, or null when nothing in it is invisible (the text is then read as it is). */
export function visibleText(text: string): Visible | null {
  if (!INVISIBLE.test(text)) return null;
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) if (!INVISIBLE.test(text[i]!)) kept.push(i);
  return {
    text: text.replace(INVISIBLE_ALL, ''),
    start: (at) => (at < kept.length ? kept[at]! : text.length),
    end: (at) => (at > 0 ? kept[at - 1]! + 1 : 0),
  };
}

/**
 * What `read` finds in `text` (found at offsets into the text it is given), read as the reader
 * sees the text: invisible characters left out, and the spans found placed back on the original.
 */
export function readVisibly<T extends { start: number; end: number }>(
  text: string,
  read: (text: string) => T[],
  place: (found: T, visible: Visible) => T,
): T[] {
  const visible = visibleText(text);
  return visible ? read(visible.text).map((found) => place(found, visible)) : read(text);
}
