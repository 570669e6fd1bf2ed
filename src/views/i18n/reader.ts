import { uiLanguageOf, type UiLanguage } from './languages.js';

/**
 * The language the reader's strings are said in, by default: English until the page that shows
 * them says otherwise (the popup, the options page, the card and the toolbar take the browser's
 * language, `browser.i18n.getUILanguage()`). The terminal passes its language (`--lang`) explicitly.
 */
let current: UiLanguage = 'en';

export function readerLanguage(): UiLanguage {
  return current;
}

/** Said from a language tag ("de-AT", "pt-BR"); a language without strings is English. */
export function setReaderLanguage(tag: string | null | undefined): UiLanguage {
  current = uiLanguageOf(tag) ?? 'en';
  return current;
}
