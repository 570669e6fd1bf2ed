import { perObject } from '../text/memo.js';

/**
 * Building patterns from word lists. JavaScript's `\b` and `\w` know ASCII letters only, so a word's
 * edges are Unicode lookarounds here; an apostrophe matches every way it is typed ("п'ять", "п’ять").
 */
export const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}_])`;

const APOSTROPHES = /['’ʼ]/g;
const APOSTROPHE_CLASS = "['’ʼ]";

/**
 * One literal word or phrase as a pattern: its spaces stand for any white space, its apostrophes for any apostrophe.
 */
export function literal(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, String.raw`\s+`)
    .replace(APOSTROPHES, APOSTROPHE_CLASS);
}

/** Any of the words, the longest first (so that "mehr als" wins over "mehr"), as one group. */
export function anyOf(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${list.map(literal).join('|')})`;
}

/** Any of the words, standing as whole words. */
export function wholeWords(words: Iterable<string>): string {
  return `${WORD_START}${anyOf(words)}${WORD_END}`;
}

/** How a matched word is looked up in a list: lower case, one space, one apostrophe. */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(APOSTROPHES, "'").trim();
}

/** A lookup that forgives case, spacing and the kind of apostrophe. */
export function lookup<T>(table: Readonly<Record<string, T>>): (text: string) => T | undefined {
  const index = new Map(Object.entries(table).map(([k, v]) => [keyOf(k), v] as const));
  return (text) => index.get(keyOf(text));
}

/** Words separated by white space, as the data files list single words. */
export function wordList(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Phrases separated by "|", as the data files list words that may hold spaces. */
export function phraseList(text: string): string[] {
  return text
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/**
 * Words that may open a sentence, for a pattern that is otherwise case-sensitive: a pattern that
 * reads the shape of lower-case words ("\p{Ll}+era" for the French future) cannot take the "i" flag,
 * under which it would read "Carrera" too.
 */
export function anyCase(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${list.map((w) => literal(w).replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`)).join('|')})`;
}

/**
 * How much of a sentence before a date is read for its clause and its markers: a clause is shorter,
 * and reading the whole sentence again for each of its dates would grow with their product.
 */
export const REACH = 300;

const global = perObject<RegExp, RegExp>();
/** The same pattern with the "g" flag, made once: `matchAll` needs it. */
export function globally(re: RegExp): RegExp {
  const g = global(re, () => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));
  g.lastIndex = 0;
  return g;
}
