import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/views/i18n/catalogue.js';
import { englishMessages } from '../../src/views/i18n/english.js';
import { UI_LANGUAGES } from '../../src/views/i18n/languages.js';

const en = CATALOGUES.en;
const names = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const others = UI_LANGUAGES.filter((l) => l !== 'en');

describe('the strings in _locales', () => {
  it('English stands as the checks write it (npx tsx scripts/locales.ts writes it)', () => {
    expect(en).toEqual(englishMessages());
  });

  it('every name is one the browser takes, and no two differ only in case', () => {
    const keys = Object.keys(en);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it.each(others)('%s has every English string and no other', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(others)('%s fills in the same names as English, each string', (language) => {
    for (const [key, { message }] of Object.entries(CATALOGUES[language])) {
      expect([key, names(message)]).toEqual([key, names(en[key]!.message)]);
    }
  });

  it.each(UI_LANGUAGES)('%s has no empty string and no "$", which the browser reads as a placeholder', (language) => {
    for (const [key, { message }] of Object.entries(CATALOGUES[language])) {
      expect([key, message.trim().length > 0, message.includes('$')]).toEqual([key, true, false]);
    }
  });

  it.each(others)('%s is a translation, not a copy of English', (language) => {
    // Strings made of names and signs alone may stand as they are ("{{title}} ({{id}})"), and so may words the
    // language shares with English.
    const shared = [
      'extName',
      'badgeUnread',
      'badgeTitleUnread',
      'severity_info',
      'severityHeading_info',
      'terminal_error',
    ];
    const same = Object.entries(CATALOGUES[language]).filter(
      ([key, { message }]) => message === en[key]!.message && !shared.includes(key),
    );
    const signs = /\{\{\w+\}\}|[\s():,]/g;
    for (const [key, { message }] of same) expect([key, message.replace(signs, '')]).toEqual([key, '']);
  });
});
