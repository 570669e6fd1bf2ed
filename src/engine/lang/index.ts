import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { Grammar } from './grammar.js';
import { ru } from './ru.js';
import { uk } from './uk.js';

/**
 * The languages the engine reads besides English (whose grammar is the original one, in
 * `src/engine/time` and `src/engine/text`). A check that reads one of these says so in its meta.
 */
export const GRAMMARS: Readonly<Record<string, Grammar>> = { de, fr, es, ru, uk };

/** The grammar of a language other than English, when the engine has one. */
export function grammarOf(language: string): Grammar | null {
  return GRAMMARS[language] ?? null;
}
