import { describe, expect, it } from 'vitest';
import { MODIFIED_LABELS, PUBLISHED_LABELS, parseForeignDateline } from '../src/engine/time/foreign-dateline.js';
import { lenientJson } from '../src/extract/jsonld.js';

const read = (line: string, lang: string | null = 'de') =>
  parseForeignDateline(line, 'dateline', lang).map((d) => `${d.value} ${d.kind}`);

/** Each name written out again here, so that a name dropped from the source fails its own case. */
const MONTHS: Array<[string, string]> = [
  ['de', 'januar februar märz april mai juni juli august september oktober november dezember'],
  ['fr', 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'],
  ['es', 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'],
  ['it', 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'],
  ['pt', 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'],
  ['nl', 'januari februari maart april mei juni juli augustus september oktober november december'],
  ['ru', 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'],
  ['uk', 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'],
  ['pl', 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'],
  ['tr', 'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık'],
];
const WEEKDAYS: Array<[string, string]> = [
  ['de', 'montag dienstag mittwoch donnerstag freitag samstag sonntag'],
  ['fr', 'lundi mardi mercredi jeudi vendredi samedi dimanche'],
  ['es', 'lunes martes miércoles jueves viernes sábado domingo'],
  ['it', 'lunedì martedì mercoledì giovedì venerdì sabato domenica'],
  ['pt', 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'],
  ['nl', 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'],
  ['ru', 'понедельник вторник среда четверг пятница суббота воскресенье'],
  ['uk', "понеділок вівторок середа четвер п'ятниця субота неділя"],
  ['pl', 'poniedziałek wtorek środa czwartek piątek sobota niedziela'],
  ['tr', 'pazartesi salı çarşamba perşembe cuma cumartesi pazar'],
];

describe('datelines in the forms of other languages', () => {
  const months = MONTHS.flatMap(([lang, names]) => names.split(' ').map((name, i) => [lang, name, i + 1] as const));
  it.each(months)('%s month %s', (lang, name, month) => {
    const capital = name[0]!.toUpperCase() + name.slice(1);
    expect(read(`5 ${capital} 2024`, lang)).toEqual([`2024-${String(month).padStart(2, '0')}-05 published`]);
  });

  const weekdays = WEEKDAYS.flatMap(([lang, names]) => names.split(' ').map((name) => [lang, name] as const));
  it.each(weekdays)('%s weekday %s before the date', (lang, name) => {
    expect(read(`${name}, 12.06.2024`, lang)).toEqual(['2024-06-12 published']);
  });
  it('a word that is no weekday makes the line more than a dateline', () => {
    expect(read('Hafenfest, 12.06.2024')).toEqual([]);
  });

  it.each(PUBLISHED_LABELS)('published label "%s"', (label) => {
    expect(read(`${label}: 12.06.2024`)).toEqual(['2024-06-12 published']);
  });
  it.each(MODIFIED_LABELS)('update label "%s"', (label) => {
    expect(read(`12.06.2024 ${label}: 14.06.2024`)).toEqual(['2024-06-12 published', '2024-06-14 modified']);
  });

  it.each(['Uhr', 'h', 'ч', 'MSK', 'CET', 'CEST', 'MEZ', 'MESZ', 'UTC', 'GMT'])('a time with its unit "%s"', (unit) => {
    expect(read(`12.06.2024, 09:15 ${unit}`)).toEqual(['2024-06-12 published']);
  });
  it.each(['г.', 'р.', 'года', 'року', 'roku'])('a year with its word "%s"', (word) => {
    expect(read(`3 марта 2024 ${word}`, 'ru')).toEqual(['2024-03-03 published']);
  });
  it('"de" between day, month and year', () => {
    expect(read('5 de abril de 2024', 'es')).toEqual(['2024-04-05 published']);
  });
  it('two figures of a year, in the century they most likely mean', () => {
    expect(read('Mi 12.06.24 | 09:15 Uhr')).toEqual(['2024-06-12 published']);
    expect(read('Mo 12.06.98')).toEqual(['1998-06-12 published']);
  });
  it('slashes in the order of the page language, and no date when it does not say', () => {
    expect(read('03/04/2024', 'en-US')).toEqual(['2024-03-04 published']);
    expect(read('03/04/2024', 'en-GB')).toEqual(['2024-04-03 published']);
    expect(read('03/04/2024', 'en')).toEqual([]);
    expect(read('03/04/2024', null)).toEqual([]);
    expect(read('13/04/2024', null)).toEqual(['2024-04-13 published']);
  });
  it('an impossible date and prose are no datelines', () => {
    expect(read('31.02.2024')).toEqual([]);
    expect(read('Der Hafen wurde am 12.06.2024 eröffnet')).toEqual([]);
  });
});

describe('JSON as pages write it in a script', () => {
  it.each([
    ['a CDATA section after //', '//<![CDATA[\n{"a":1}\n//]]>'],
    ['a CDATA section in /* */', '/*<![CDATA[*/{"a":1}/*]]>*/'],
    ['a bare CDATA section', '<![CDATA[{"a":1}]]>'],
    ['an HTML comment', '<!-- {"a":1} -->'],
    ['a comma before a closing brace', '{"a":1,}'],
  ])('%s', (_, text) => {
    expect(lenientJson(text)).toEqual({ a: 1 });
  });
  it('is undefined for what is not JSON even then', () => {
    expect(lenientJson('{a: 1')).toBeUndefined();
  });
});
