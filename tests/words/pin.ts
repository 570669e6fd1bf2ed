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
  /** Alternative, as the source writes it → an example that needs it. */
  cases: Readonly<Record<string, string>>;
}

export const pin = (file: string, owner: string, holds: (example: string) => boolean,
  cases: Record<string, string>): Pinned => ({ file, owner, holds, cases });

/**
 * A reader of marked examples: "Output [will] rise." holds when `find` returns exactly "will"; an
 * example without brackets holds when it returns nothing.
 */
export function marks(find: (text: string) => string | null | undefined): (example: string) => boolean {
  return (example) => {
    const marked = /\[([^\]]*)\]/.exec(example)?.[1] ?? null;
    return (find(example.replace(/[[\]]/g, '')) ?? null) === marked;
  };
}

/** One example per word, the word itself: `same('a b')` is `{ a: 'a', b: 'b' }`. */
export const same = (list: string): Record<string, string> =>
  Object.fromEntries(list.trim().split(/\s+/).map((w) => [w, w]));
