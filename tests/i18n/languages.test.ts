import { describe, expect, it } from 'vitest';
import { languageOfEnvironment } from '../../src/views/i18n/environment.js';
import { uiLanguageOf } from '../../src/views/i18n/languages.js';

describe("the reader's language", () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de_DE.UTF-8', 'de'],
    ['fr_CA', 'fr'],
    ['es-419', 'es'],
    ['ru_RU.KOI8-R', 'ru'],
    ['uk_UA@euro', 'uk'],
    ['EN-gb', 'en'],
    ['en', 'en'],
    [' uk ', 'uk'],
  ])('%s reads %s', (tag, language) => expect(uiLanguageOf(tag)).toBe(language));

  it.each([['pt-BR'], ['C'], ['POSIX'], ['C.UTF-8'], [''], ['deu'], ['d'], ['german']])('%s has no strings', (tag) => {
    expect(uiLanguageOf(tag)).toBeNull();
  });

  it.each([
    [{ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'ru_RU', LANG: 'de_DE.UTF-8' }, 'fr'],
    [{ LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'de_DE.UTF-8' }, 'ru'],
    [{ LANG: 'uk_UA.UTF-8' }, 'uk'],
    [{ LC_ALL: '', LANG: 'es_ES.UTF-8' }, 'es'],
    [{ LC_ALL: 'pt_BR.UTF-8', LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
  ])('the environment %o reads %s', (env, language) => expect(languageOfEnvironment(env)).toBe(language));
});
