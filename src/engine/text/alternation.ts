/**
 * A word list as a regular expression's alternation: `anyOf(['said', 'says'])` is `(?:said|says)`.
 * Each entry is a regular expression source ("called\\s+for"), so that long patterns are built from
 * named, documented lists rather than written on one line.
 */
export const anyOf = (sources: readonly string[]): string => `(?:${sources.join('|')})`;

/** A list written as words separated by white space, each a regular expression source: "bonds? notes? pct %". */
export const wordList = (list: string): string[] => list.trim().split(/\s+/);
