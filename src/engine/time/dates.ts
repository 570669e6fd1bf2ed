import * as chrono from 'chrono-node/en';
import { dayOf, dayPeriod, isValidDate, monthPeriod, yearPeriod, type Day, type Period } from './calendar.js';

/**
 * Absolute dates as written: what the text states, before any year is inferred. chrono-node
 * reads the day-month and month-year forms; bare years and year ranges ("in 2019", "the 2023-24
 * season") are ours, because chrono-node does not read them.
 */
type Component = 'year' | 'month' | 'day' | 'weekday';

/** What the text wrote of a date, leaving out what chrono-node implied. */
export function known(c: chrono.ParsedResult['start']): Partial<Record<Component, number>> {
  const out: Partial<Record<Component, number>> = {};
  for (const key of ['year', 'month', 'day', 'weekday'] as const) {
    const v = c.isCertain(key) ? c.get(key) : null;
    if (v !== null && v !== undefined) out[key] = v;
  }
  return out;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  year?: number;
  /** The end year of a range such as "2023-24". */
  endYear?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Where the weekday is written, when it is. */
  weekdayText?: string;
}

/** chrono-node also reads relative phrases ("six months ago") and US-style numbers ("5/6/2023"); neither is a date as written. */
const RELATIVE = /\b(?:ago|later|earlier|from\s+now|hence|since|before|after|last|next|this|today|tonight|tomorrow|yesterday|now)\b/i;
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const ISO = /^\d{4}-\d{2}-\d{2}/;
/** Every date kept below holds MONTH_WORD or ISO: a text without their letters is not worth chrono-node's time. */
const MAY_HOLD_A_DATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}-\d{2}-\d{2}/i;
const YEAR = /(?<![\d,.$€£#/-])\b(1[6-9]\d\d|20\d\d)(?:\s*[-–/]\s*(\d{4}|\d{2})\b)?(?!\d|,\d|\.\d|-(?:year|month|day|week|old)|\s*(?:%|percent))/g;
/** Plural nouns after a four-digit number make it a count ("2000 votes"), not a year. */
const COUNT_AFTER = /^\s+(?!(?:as|is|was|has|this|its|us|his|hers|ours|yours|less|unless|across|plus|thus)\b)[a-z]+s\b/;

export function findDates(text: string, offset = 0): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const r of MAY_HOLD_A_DATE.test(text) ? chrono.parse(text, new Date(Date.UTC(2000, 0, 1))) : []) {
    const k = known(r.start);
    if (k.month === undefined || (k.day === undefined && k.year === undefined)) continue;
    if (RELATIVE.test(r.text) || !(MONTH_WORD.test(r.text) || ISO.test(r.text))) continue;
    // "August 1 to August 3, 2025": the start takes the year written at the end.
    const year = k.year ?? (r.end ? known(r.end).year : undefined);
    // chrono-node keeps a leading preposition ("On Monday, March 5"); the date is what follows it.
    const lead = /^(?:on|in|at|the)\s+/i.exec(r.text)?.[0].length ?? 0;
    const m: DateMention = { start: offset + r.index + lead, end: offset + r.index + r.text.length, text: r.text.slice(lead), month: k.month };
    if (year !== undefined) m.year = year;
    if (k.day !== undefined) m.day = k.day;
    if (k.weekday !== undefined) {
      m.weekday = k.weekday;
      const w = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)[a-z]*\.?/i.exec(r.text);
      if (w) m.weekdayText = w[0];
    }
    out.push(m);
    taken.push([r.index, r.index + r.text.length]);
    const ek = r.end ? known(r.end) : {};
    if (ek.month !== undefined) {
      // The end of a range ("August 1 to August 3, 2025") is a date of its own.
      const endText = r.text.slice(r.text.search(/\b(?:to|until|through|till|and|[-–])\b|[-–]/));
      const e: DateMention = { start: m.end - endText.length, end: m.end, text: endText, month: ek.month };
      if (ek.year !== undefined) e.year = ek.year;
      if (ek.day !== undefined) e.day = ek.day;
      out.push(e);
    }
  }
  for (const y of /1[6-9]\d\d|20\d\d/.test(text) ? text.matchAll(YEAR) : []) {
    const s = y.index!;
    if (taken.some(([a, b]) => s >= a && s < b)) continue;
    if (COUNT_AFTER.test(text.slice(s + y[0].length, s + y[0].length + 24))) continue;
    const year = Number(y[1]);
    const m: DateMention = { start: offset + s, end: offset + s + y[0].length, text: y[0], year };
    if (y[2]) {
      const tail = y[2].length === 2 ? Math.floor(year / 100) * 100 + Number(y[2]) : Number(y[2]);
      if (tail === year + 1 || (tail > year && tail - year < 10 && y[2].length === 4)) m.endYear = tail;
      else if (y[0].includes('/') || y[0].includes('-')) continue; // "2019/20xx" noise, a page range, a phone number
    }
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface ResolvedDate {
  period: Period;
  /** True when the year was not written and came from the publication date. */
  yearInferred: boolean;
}

/**
 * Turns a mention into days. A missing year is taken from the reference (the publication date):
 * the most recent such date not after it, or the next one when the sentence speaks of the future.
 */
export function resolveDate(m: DateMention, reference: Day | null, future: boolean): ResolvedDate | null {
  if (m.year !== undefined) {
    if (m.month === undefined) {
      const p = yearPeriod(m.year);
      if (m.endYear !== undefined) p.to = yearPeriod(m.endYear).to;
      return { period: p, yearInferred: false };
    }
    if (m.day === undefined) return { period: monthPeriod(m.year, m.month), yearInferred: false };
    if (!isValidDate(m.year, m.month, m.day)) return null;
    return { period: dayPeriod(m.year, m.month, m.day), yearInferred: false };
  }
  if (reference === null || m.month === undefined) return null;
  const refYear = new Date(reference * 86_400_000).getUTCFullYear();
  const day = m.day ?? 1;
  const candidate = (y: number) => (isValidDate(y, m.month!, day) ? dayOf(y, m.month!, day) : null);
  let year = refYear;
  const same = candidate(refYear);
  if (same === null) return null;
  if (!future && same > reference + 1) year = refYear - 1;
  if (future && same < reference - 1) year = refYear + 1;
  const period = m.day === undefined ? monthPeriod(year, m.month) : candidate(year) === null ? null : dayPeriod(year, m.month, day);
  return period ? { period, yearInferred: true } : null;
}
