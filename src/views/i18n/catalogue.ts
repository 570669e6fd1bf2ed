import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import ru from '../../../public/_locales/ru/messages.json';
import uk from '../../../public/_locales/uk/messages.json';
import type { UiLanguage } from './languages.js';

/** One language's strings in the browser's own format: a name, and its message. */
export type Messages = Readonly<Record<string, { message: string; description?: string }>>;

/**
 * Every language's strings, the files the browser reads (`public/_locales`) and the views read
 * alike. English is written by `scripts/locales.ts` from its two homes (the checks' metas, the
 * reader's table `src/views/strings.ts`); the other languages are translations of it.
 */
export const CATALOGUES: Readonly<Record<UiLanguage, Messages>> = { en, de, fr, es, ru, uk };

/** The language's own string for a name, or undefined where it has none (no English stands in). */
export function translationOf(language: UiLanguage, key: string): string | undefined {
  return CATALOGUES[language][key]?.message;
}
