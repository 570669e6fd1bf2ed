/**
 * A word list pinned by examples: for each alternative of a list or pattern part (as
 * `alternatives.ts` reads them from the source), an example of our own that the public function
 * reading the list gets right, and would get wrong without that alternative.
 * `tests/words.test.ts` runs every table and checks that each alternative has its example;
 * `scripts/mutate-words.ts` removes each alternative in turn and checks that an example fails.
 */
export interface Pinned {
  /** The source file, from `src/engine/`: "text/tense.ts". */
  file: string;
  /** The constant the alternatives stand in: "MODALS". */
  owner: string;
  /** True when the function reads the example as the alternative means it. */
  holds: (example: string) => boolean;
  /** Alternative, as the source writes it → an example that needs it (one for each place it stands in). */
  cases: Readonly<Record<string, string | readonly string[]>>;
}

export const pin = (
  file: string,
  owner: string,
  holds: (example: string) => boolean,
  cases: Record<string, string | readonly string[]>,
): Pinned => ({ file, owner, holds, cases });

/** The examples of a table, one row each. */
export const rows = (t: Pinned): Array<[string, string]> =>
  Object.entries(t.cases).flatMap(([alt, e]) =>
    (typeof e === 'string' ? [e] : e).map((x): [string, string] => [alt, x]),
  );

/**
 * A reader of marked examples: "Output [will] rise." holds when `find` returns exactly "will" (several
 * marks: joined by " | "); an example without brackets holds when it returns nothing.
 */
export function marks(find: (text: string) => string | null | undefined): (example: string) => boolean {
  return (example) => {
    const marked = [...example.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]).join(' | ') || null;
    return (find(example.replace(/[[\]]/g, '')) ?? null) === marked;
  };
}

/** One example per word, the word itself: `same('a b')` is `{ a: 'a', b: 'b' }`. */
export const same = (list: string): Record<string, string> =>
  Object.fromEntries(
    list
      .trim()
      .split(/\s+/)
      .map((w) => [w, w]),
  );
