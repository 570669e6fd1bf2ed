/** A word of a clause and where it stands. */
export interface Placed {
  text: string;
  start: number;
  end: number;
}

/** The words of a clause, with their offsets: letters, apostrophes and hyphens inside a word. */
export function clausePositions(clause: string): Placed[] {
  return [...clause.matchAll(/\p{L}[\p{L}\p{M}'’ʼ-]*/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
