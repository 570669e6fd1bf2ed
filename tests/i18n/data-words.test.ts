import { describe, expect, it } from 'vitest';
import { localizeData, localizeValue } from '../../src/views/i18n/data-words.js';
import type { UiLanguage } from '../../src/views/i18n/languages.js';

/** Each form the engine writes a value in, said in each language. */
const SAID: Array<[string, Record<Exclude<UiLanguage, 'en'>, string>]> = [
  [
    'June 12, 2024',
    {
      de: '12. Juni 2024',
      fr: '12 juin 2024',
      es: '12 de junio de 2024',
      ru: '12 июня 2024 г.',
      uk: '12 червня 2024 р.',
    },
  ],
  [
    'February 2022',
    { de: 'Februar 2022', fr: 'février 2022', es: 'febrero de 2022', ru: 'февраль 2022 г.', uk: 'лютий 2022 р.' },
  ],
  ['March 3', { de: '3. März', fr: '3 mars', es: '3 de marzo', ru: '3 марта', uk: '3 березня' }],
  ['April', { de: 'April', fr: 'avril', es: 'abril', ru: 'апрель', uk: 'квітень' }],
  ['Tuesday', { de: 'Dienstag', fr: 'mardi', es: 'martes', ru: 'вторник', uk: 'вівторок' }],
  ['Sunday', { de: 'Sonntag', fr: 'dimanche', es: 'domingo', ru: 'воскресенье', uk: 'неділя' }],
  ['11 months', { de: '11 Monate', fr: '11 mois', es: '11 meses', ru: '11 месяцев', uk: '11 місяців' }],
  [
    '22 to 23 months',
    { de: '22–23 Monate', fr: '22–23 mois', es: '22–23 meses', ru: '22–23 месяца', uk: '22–23 місяці' },
  ],
  ['1 year', { de: '1 Jahr', fr: '1 an', es: '1 año', ru: '1 год', uk: '1 рік' }],
  ['5 days', { de: '5 Tage', fr: '5 jours', es: '5 días', ru: '5 дней', uk: '5 днів' }],
  ['3 weeks', { de: '3 Wochen', fr: '3 semaines', es: '3 semanas', ru: '3 недели', uk: '3 тижні' }],
  ['1 fortnight', { de: '2 Wochen', fr: '2 semaines', es: '2 semanas', ru: '2 недели', uk: '2 тижні' }],
  ['2 decades', { de: '2 Jahrzehnte', fr: '2 décennies', es: '2 décadas', ru: '2 десятилетия', uk: '2 десятиліття' }],
  ['5 decades', { de: '5 Jahrzehnte', fr: '5 décennies', es: '5 décadas', ru: '5 десятилетий', uk: '5 десятиліть' }],
  ['1 century', { de: '1 Jahrhundert', fr: '1 siècle', es: '1 siglo', ru: '1 век', uk: '1 століття' }],
  ['2 centuries', { de: '2 Jahrhunderte', fr: '2 siècles', es: '2 siglos', ru: '2 века', uk: '2 століття' }],
  [
    '2023 or 2024',
    { de: '2023 oder 2024', fr: '2023 ou 2024', es: '2023 o 2024', ru: '2023 или 2024', uk: '2023 або 2024' },
  ],
  [
    'Tuesday or Wednesday or Thursday',
    {
      de: 'Dienstag, Mittwoch oder Donnerstag',
      fr: 'mardi, mercredi ou jeudi',
      es: 'martes, miércoles o jueves',
      ru: 'вторник, среда или четверг',
      uk: 'вівторок, середа або четвер',
    },
  ],
  ['the headline', { de: 'die Überschrift', fr: 'le titre', es: 'el titular', ru: 'заголовок', uk: 'заголовок' }],
  ['the text', { de: 'der Text', fr: 'le texte', es: 'el texto', ru: 'текст', uk: 'текст' }],
  [
    'between December 2019 and March 11, 2020',
    {
      de: 'zwischen Dezember 2019 und 11. März 2020',
      fr: 'entre décembre 2019 et 11 mars 2020',
      es: 'entre diciembre de 2019 y 11 de marzo de 2020',
      ru: 'декабрь 2019 г. — 11 марта 2020 г.',
      uk: 'грудень 2019 р. — 11 березня 2020 р.',
    },
  ],
  [
    'March 2023 – June 2023',
    {
      de: 'März 2023 – Juni 2023',
      fr: 'mars 2023 – juin 2023',
      es: 'marzo de 2023 – junio de 2023',
      ru: 'март 2023 г. – июнь 2023 г.',
      uk: 'березень 2023 р. – червень 2023 р.',
    },
  ],
  [
    'the Einmarsch to February 2022',
    {
      de: 'für „Einmarsch“ das Datum Februar 2022',
      fr: 'la date de février 2022 pour « Einmarsch »',
      es: 'la fecha febrero de 2022 para «Einmarsch»',
      ru: 'февраль 2022 г. («Einmarsch»)',
      uk: 'лютий 2022 р. («Einmarsch»)',
    },
  ],
  ['30th', { de: '30', fr: '30', es: '30', ru: '30', uk: '30' }],
  [
    'June 11, 2024 (dateline) and June 14, 2024 (json-ld)',
    {
      de: '11. Juni 2024 (dateline) und 14. Juni 2024 (json-ld)',
      fr: '11 juin 2024 (dateline) et 14 juin 2024 (json-ld)',
      es: '11 de junio de 2024 (dateline) y 14 de junio de 2024 (json-ld)',
      ru: '11 июня 2024 г. (dateline) и 14 июня 2024 г. (json-ld)',
      uk: '11 червня 2024 р. (dateline) і 14 червня 2024 р. (json-ld)',
    },
  ],
];

/** Words that are no form of the engine's own: the article's words, names, anything else. */
const KEPT = [
  'vor elf Monaten',
  'Einmarsch',
  'Anna Weber',
  'the week of June 3, 2024 to June 9, 2024',
  'June 31, 2024 and more',
  'Marchers',
  'a year',
  '2024',
  'between friends and family',
  'the army to February 2022 or so',
];

describe("data said in the reader's language", () => {
  for (const [value, said] of SAID) {
    it.each(Object.entries(said))(`"${value}" in %s is %s`, (language, words) => {
      expect(localizeValue(value, language as UiLanguage).replace(/\u202f|\u00a0/g, ' ')).toBe(words);
    });
  }

  it.each(KEPT)('"%s" stays as written', (value) => {
    for (const language of ['de', 'fr', 'es', 'ru', 'uk'] as const) expect(localizeValue(value, language)).toBe(value);
  });

  it('English data and numbers are left alone', () => {
    expect(localizeData({ date: 'June 12, 2024', days: 30 }, 'en')).toEqual({ date: 'June 12, 2024', days: 30 });
    expect(localizeData({ date: 'June 12, 2024', days: 30 }, 'de')).toEqual({ date: '12. Juni 2024', days: 30 });
  });
});
