import { CATALOGUE } from '../../engine/catalogue.js';
import { renderMessage } from '../../engine/check-kit/types.js';
import type { CheckId, Finding } from '../../engine/report/schema.js';
import { translationOf } from './catalogue.js';
import { localizeData } from './data-words.js';
import { checkDescriptionKey, checkMessageKey, checkTitleKey } from './keys.js';
import type { UiLanguage } from './languages.js';
import { readerLanguage } from './reader.js';

/** A check's name in the language, or in English where it has none. */
export function checkTitle(id: CheckId, language: UiLanguage = readerLanguage()): string {
  return translationOf(language, checkTitleKey(id)) ?? CATALOGUE[id].title;
}

/** What a check looks for, in the language, or in English where it has none. */
export function checkDescription(id: CheckId, language: UiLanguage = readerLanguage()): string {
  return translationOf(language, checkDescriptionKey(id)) ?? CATALOGUE[id].description;
}

/**
 * A finding's message in the language: its check's template for the message, filled with the
 * finding's data said in that language. Where the language has no template, the English message
 * the report carries, whole (never an English sentence with dates in another language).
 */
export function findingMessage(
  f: Pick<Finding, 'check' | 'messageId' | 'data' | 'message'>,
  language: UiLanguage = readerLanguage(),
): string {
  if (language === 'en') return f.message;
  const template = translationOf(language, checkMessageKey(f.check, f.messageId));
  return template === undefined ? f.message : renderMessage(template, localizeData(f.data, language));
}
