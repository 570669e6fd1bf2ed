import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { RU } from './ru.js';
import type { LeftoverLexicon } from './types.js';
import { UK } from './uk.js';

/** The leftover words of each language the leftover checks read (ISO 639-1). */
export const LEFTOVER_LEXICONS: Readonly<Record<string, LeftoverLexicon>> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  ru: RU,
  uk: UK,
};

export const LEFTOVER_LANGUAGES: readonly string[] = Object.keys(LEFTOVER_LEXICONS);
