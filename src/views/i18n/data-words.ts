import type { MessageData } from '../../engine/report/schema.js';
import { dayOf, monthName, weekdayName } from '../../engine/time/calendar.js';
import { translationOf } from './catalogue.js';
import type { UiLanguage } from './languages.js';

/**
 * A finding's data says dates, weekdays and spans of time in English ("June 12, 2024", "Tuesday",
 * "11 months"), the way the engine writes them into its English messages. A message in another
 * language says them in that language: each value the engine writes in one of its own forms is
 * read back and said again with the runtime's calendar words (Intl). Anything else (the article's
 * own words, a name, a number) is left as it is.
 */
export function localizeData(data: MessageData, language: UiLanguage): MessageData {
  if (language === 'en') return data;
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? localizeValue(v, language) : v]),
  );
}

const MONTHS = Array.from({ length: 12 }, (_, i) => monthName(i + 1));
const WEEKDAYS = Array.from({ length: 7 }, (_, i) => weekdayName(i));
const MONTH = `(${MONTHS.join('|')})`;
const FULL_DATE = new RegExp(String.raw`^${MONTH} (\d{1,2}), (\d{1,4})$`);
const MONTH_YEAR = new RegExp(String.raw`^${MONTH} (\d{3,4})$`);
const MONTH_DAY = new RegExp(String.raw`^${MONTH} (\d{1,2})$`);
const SPAN = /^(\d+)(?: to (\d+))? (day|week|fortnight|month|year|decade|century)(?:s)?$/;
const CENTURIES = /^(\d+)(?: to (\d+))? centuries$/;
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
const DATED_SOURCE = /^(.+) \(([^()]+)\)$/;
const BETWEEN = /^between (.+) and (.+)$/;
const RANGE = /^(.+) – (.+)$/;
const EVENT_DATED = /^the (\p{L}[\p{L}-]*) to (.+)$/u;

/** One value in the language, or the value as given when it is none of the engine's forms. */
export function localizeValue(value: string, language: UiLanguage): string {
  const simple = calendarWords(value, language);
  if (simple !== null) return simple;
  const template = (key: string, data: Record<string, string>) => {
    const t = translationOf(language, key);
    return t ? t.replace(/\{\{(\w+)\}\}/g, (all, name: string) => data[name] ?? all) : value;
  };
  const ordinal = ORDINAL.exec(value);
  if (ordinal) return ordinal[1]!;
  if (value === 'the headline') return translationOf(language, 'data_headline') ?? value;
  if (value === 'the text') return translationOf(language, 'data_text') ?? value;
  let m = BETWEEN.exec(value);
  if (m) {
    const [from, to] = [calendarWords(m[1]!, language), calendarWords(m[2]!, language)];
    if (from !== null && to !== null) return template('data_between', { from, to });
  }
  m = RANGE.exec(value);
  if (m) {
    const [from, to] = [calendarWords(m[1]!, language), calendarWords(m[2]!, language)];
    if (from !== null && to !== null) return `${from} – ${to}`;
  }
  // "June 12, 2024 (meta:article:published_time) and June 20, 2024 (the page's dateline)".
  const dated = value.split(/(?<=\)) and /).map((part) => DATED_SOURCE.exec(part));
  if (dated.length > 1 && dated.every((d) => d !== null && calendarWords(d[1]!, language) !== null)) {
    const said = dated.map((d) => `${calendarWords(d![1]!, language)!} (${d![2]!})`);
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(said);
  }
  m = EVENT_DATED.exec(value);
  if (m) {
    const date = calendarWords(m[2]!, language);
    if (date !== null) return template('data_eventDated', { event: m[1]!, date });
  }
  return value;
}

/** A date, a month, a weekday, a span or a choice of years, said in the language; null for anything else. */
function calendarWords(value: string, language: UiLanguage): string | null {
  const month = (name: string) => MONTHS.indexOf(name) + 1;
  let m = FULL_DATE.exec(value);
  if (m) {
    const long = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    return dateIn(language, Number(m[3]), month(m[1]!), Number(m[2]), long);
  }
  m = MONTH_YEAR.exec(value);
  if (m) return dateIn(language, Number(m[2]), month(m[1]!), 1, { month: 'long', year: 'numeric' });
  m = MONTH_DAY.exec(value);
  if (m) return dateIn(language, 2000, month(m[1]!), Number(m[2]), { day: 'numeric', month: 'long' });
  if (MONTHS.includes(value)) return dateIn(language, 2000, month(value), 1, { month: 'long' });
  const weekday = WEEKDAYS.indexOf(value);
  // 2000-01-02 was a Sunday: the weekday's date that year counts from it.
  if (weekday >= 0) return dateIn(language, 2000, 1, 2 + weekday, { weekday: 'long' });
  m = SPAN.exec(value) ?? CENTURIES.exec(value);
  if (m) {
    const unit = (m[3] ?? 'century') as SpanUnit;
    return spanIn(language, Number(m[1]), m[2] === undefined ? null : Number(m[2]), unit);
  }
  // "2023 or 2024", "Tuesday or Wednesday": a choice, said as the language says one.
  const choices = value.split(' or ');
  if (choices.length > 1) {
    const said = choices.map((c) => (/^\d{1,4}$/.test(c) ? c : calendarWords(c, language)));
    if (said.every((c) => c !== null)) return new Intl.ListFormat(language, { type: 'disjunction' }).format(said);
  }
  return null;
}

function dateIn(language: UiLanguage, year: number, month: number, day: number, options: Intl.DateTimeFormatOptions) {
  const date = new Date(dayOf(year, month, day) * 86_400_000);
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(date);
}

type SpanUnit = 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'century';

/** Units the runtime has no name for, by plural category ("2 Jahrzehnte", "5 десятилетий"). */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>>;
const LONG_UNITS: Record<Exclude<UiLanguage, 'en'>, Record<'decade' | 'century', Forms>> = {
  de: { decade: { one: 'Jahrzehnt', other: 'Jahrzehnte' }, century: { one: 'Jahrhundert', other: 'Jahrhunderte' } },
  fr: { decade: { one: 'décennie', other: 'décennies' }, century: { one: 'siècle', other: 'siècles' } },
  es: { decade: { one: 'década', other: 'décadas' }, century: { one: 'siglo', other: 'siglos' } },
  ru: {
    decade: { one: 'десятилетие', few: 'десятилетия', many: 'десятилетий', other: 'десятилетия' },
    century: { one: 'век', few: 'века', many: 'веков', other: 'века' },
  },
  uk: {
    decade: { one: 'десятиліття', few: 'десятиліття', many: 'десятиліть', other: 'десятиліття' },
    century: { one: 'століття', few: 'століття', many: 'століть', other: 'століття' },
  },
};

function spanIn(language: UiLanguage, lo: number, hi: number | null, unit: SpanUnit): string | null {
  if (unit === 'fortnight') return spanIn(language, lo * 2, hi === null ? null : hi * 2, 'week');
  const range = (n: number, m: number | null, say: (x: number) => string) => (m === null ? say(n) : `${n}–${say(m)}`);
  if (unit === 'decade' || unit === 'century') {
    if (language === 'en') return null;
    const forms = LONG_UNITS[language][unit];
    const plural = new Intl.PluralRules(language);
    return range(lo, hi, (x) => `${x} ${forms[plural.select(x)] ?? forms.other}`);
  }
  const format = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' });
  return range(lo, hi, (x) => format.format(x));
}
