import type { Grammar } from './grammar.js';

/** A word of a clause and where it stands. */
export interface Placed {
  text: string;
  start: number;
  end: number;
}

/** The words of a clause, with their offsets: letters, apostrophes and hyphens inside a word. */
export function clausePositions(clause: string): Placed[] {
  return [...clause.matchAll(/\p{L}[\p{L}\p{M}'’ʼ-]*/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** The future or an expectation in the text: "wird", "sera", "будет". */
export const hasFutureIn = (g: Grammar, text: string): boolean => g.tense.future.test(text);

/** A condition or a possibility: "wenn", "si", "бы". */
export const isConditionalIn = (g: Grammar, text: string): boolean => g.tense.conditional.test(text);

/** A sentence that tells of the past: a clear past form in it, and no future. */
export function tellsOfThePastIn(g: Grammar, sentence: string): boolean {
  return !hasFutureIn(g, sentence) && g.tense.pastForms(sentence).length > 0;
}
