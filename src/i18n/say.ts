import { renderMessage } from '../engine/check-kit/types.js';
import type { MessageData } from '../engine/report/schema.js';
import { CATALOGUES, translationOf, type StringKey } from './catalogue.js';
import type { UiLanguage } from './languages.js';

/** One of the reader's strings in the language (English where it has none), `{{name}}` filled. */
export function say(language: UiLanguage, key: StringKey, data: MessageData = {}): string {
  return renderMessage(translationOf(language, key) ?? CATALOGUES.en[key]!.message, data);
}
