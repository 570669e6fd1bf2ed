import { WORD_END, WORD_START } from '../../lang/words.js';
import { EN } from './en.js';
import type { LeftoverLexicon, Signal } from './types.js';

/**
 * What the languages read besides English share: Unicode word edges (`\b` knows ASCII letters
 * only), and the signs that are no language's words (an API's error payload, a code fence, a
 * think tag, "{{keyword}}", a snake-case "[main_keyword]", a citation numbered from zero), taken
 * from the English lexicon as they are.
 */
export const W = WORD_START;
export const E = WORD_END;

/** A case-insensitive Unicode pattern from parts. */
export const re = (source: string, flags = 'iu'): RegExp => new RegExp(source, flags);

/** Alternatives from a list separated by "|": each may hold spaces, which stand for any white space. */
export const words = (list: string): string =>
  `(?:${list
    .trim()
    .split(/\s*\|\s*/)
    .map((w) => w.replace(/ /g, String.raw`\s+`))
    .join('|')})`;

/** English patterns that read no English words, by their place in the English lexicon. */
const NEUTRAL: Partial<Record<Signal, readonly number[]>> = {
  residue: [0, 1, 2, 3, 4],
  placeholder: [1, 5],
  citation: [0],
};

export function languageNeutral(signal: Signal): RegExp[] {
  return (NEUTRAL[signal] ?? []).map((i) => EN.signals[signal][i]!);
}

/** A lexicon with every sign: those a language gives, and the language-neutral ones. */
export function lexicon(
  own: Partial<Record<Signal, readonly RegExp[]>>,
  rest: Omit<LeftoverLexicon, 'signals'>,
): LeftoverLexicon {
  const signals = {} as Record<Signal, readonly RegExp[]>;
  for (const signal of Object.keys(EN.signals) as Signal[]) {
    signals[signal] = [...languageNeutral(signal), ...(own[signal] ?? [])];
  }
  return { signals, ...rest };
}
