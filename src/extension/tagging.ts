import type { Tagger } from '../engine/text/tense.js';
import type { Tagged } from './messages.js';

/**
 * The tagger (compromise) is most of the engine's weight and few pages need it, so the content
 * script goes without: it audits with the readings the popup sends (`tagged`), and names the
 * clauses it had no reading for. The popup, which loads the tagger only then, reads those
 * (`tagClauses`) and asks again. Nothing is shared through the page's window or any other global.
 */
export function taggerFrom(tagged: Tagged | undefined): { tagger: Tagger; missing: Set<string> } {
  const known = new Map(tagged ?? []);
  const missing = new Set<string>();
  return {
    tagger: (clause) => {
      const verbs = known.get(clause);
      if (!verbs) missing.add(clause);
      return verbs;
    },
    missing,
  };
}

/** The tagger's readings of the clauses the content script named, as the request carries them. */
export function tagClauses(clauses: readonly string[], tagger: (clause: string) => string[]): Tagged {
  return clauses.map((c) => [c, tagger(c)]);
}
