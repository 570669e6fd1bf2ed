import { EN } from './en.js';
import type { LeftoverLexicon } from './types.js';

/** The leftover words of each language the leftover checks read (ISO 639-1). */
export const LEFTOVER_LEXICONS: Readonly<Record<string, LeftoverLexicon>> = { en: EN };

export const LEFTOVER_LANGUAGES: readonly string[] = Object.keys(LEFTOVER_LEXICONS);
