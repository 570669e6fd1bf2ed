import { wordList } from './words.js';

/**
 * "X de 2017" in French and Spanish: a year after "de" and a noun belongs to the noun ("l'élection de
 * 2017", "la crisis de 2008"), unless the noun is a word of time or a preposition's ("à partir de",
 * "a finales de").
 */
export function afterDe(notNouns: string): (before: string) => boolean {
  const skip = new Set(wordList(notNouns));
  return (before) => {
    const m = /(\p{L}{3,})\s+(?:de|du|des|del)\s+$/u.exec(before);
    return m !== null && !skip.has(m[1]!.toLowerCase());
  };
}

/**
 * A Russian or Ukrainian year in the genitive with no preposition before it belongs to the noun it
 * follows ("выборы 2021 года"); "в 2021 году" and "до конца 2021 года" date an event.
 */
export function genitiveOfANoun(
  genitive: string,
  governing: string,
): (before: string, yearWord: string | undefined) => boolean {
  const gen = new Set(wordList(genitive));
  const prepositions = new Set(wordList(governing));
  return (before, yearWord) => {
    if (yearWord === undefined || !gen.has(yearWord.toLowerCase())) return false;
    const word = /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase();
    return word !== undefined && !prepositions.has(word);
  };
}
