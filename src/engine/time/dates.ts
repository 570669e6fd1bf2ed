import * as chrono from 'chrono-node/en';
import { dayOf, dayPeriod, isValidDate, monthPeriod, yearPeriod, type Day, type Period } from './calendar.js';
import { isAttributive } from './named-years.js';
import { claimsMore, isDecade, isTimeOfDay, writtenComponents, type Components } from './written.js';
import { anyOf, wordList } from '../text/alternation.js';

/**
 * Absolute dates as written: what the text states, before any year is inferred. chrono-node
 * reads the day-month and month-year forms; bare years and year ranges ("in 2019", "the 2023-24
 * season") are ours, because chrono-node does not read them.
 */
/** What chrono-node says the text wrote of a date, leaving out what it implied (`written.ts` checks its word). */
export function known(c: chrono.ParsedResult['start']): Components {
  const out: Components = {};
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
  /**
   * The date names a thing rather than dating an event: "the 2020 Sentra" (a model year), "the
   * 2020 primary", "the December 2019 issue", "Paris 2024". It still anchors a claim ("the 2019
   * takeover, agreed four months ago"), but nothing is narrated as happening then.
   */
  attributive?: boolean;
}

/**
 * chrono-node also reads relative phrases ("six months ago") and US-style numbers ("5/6/2023"); neither is a
 * date as written. The words are those its phrases are written with ("now" stands in "from now").
 */
const RELATIVE = /\b(?:ago|later|earlier|before|after|last|next|this|today|tonight|tomorrow|yesterday|now)\b/i;
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const ISO = /^\d{4}-\d{2}-\d{2}/;
/** The month names chrono-node reads (its MONTH_DICTIONARY), whole or cut short: "Jan", "Sept.", "September". */
const MONTH_NAMES = wordList(String.raw`
  jan(?:uary)? feb(?:ruary)? mar(?:ch)? apr(?:il)? may june? july? aug(?:ust)? sept?(?:ember)? oct(?:ober)?
  nov(?:ember)? dec(?:ember)?
`);
/**
 * Every date kept below holds a month name or an ISO date: a paragraph without one as a word is not
 * worth chrono-node's time. Letters inside other words ("market", "decided") are not a month.
 */
const MAY_HOLD_A_DATE = new RegExp(String.raw`\b${anyOf(MONTH_NAMES)}(?![a-z])|\d{4}-\d{2}-\d{2}`, 'i');
const YEAR = new RegExp(
  String.raw`(?<![\d,.$€£#/-])\b(1[6-9]\d\d|20\d\d)(?:\s*[-–/]\s*(\d{4}|\d{2})\b)?` +
    String.raw`(?!\d|,\d|\.\d|-(?:year|month|day|week|old)|\s*(?:%|percent))`,
  'g',
);
/** Plural nouns after a four-digit number make it a count ("2000 votes"), not a year. */
const COUNT_AFTER = /^\s+(?!(?:as|is|was|has|this|its|us|his|hers|ours|yours|less|unless|across|plus|thus)\b)[a-z]+s\b/;
/** Nouns of a quantity: "score", "population", "price". */
const MEASURES = wordList(String.raw`
  score[ds]? scoring total(?:l?ing|l?ed)? tally count sum rating points? votes? price[ds]?
  cost(?:s|ing)? population capacity attendance crowd average index mileage odometer number no\.
  figure height elevation altitude depth length distance weight speed rpm resolution rank(?:ed|ing)?
  size reading worth value[ds]? budget salary balance
`);
/** What joins a measure to its number: "of", "was", "stood at". */
const MEASURE_LINKS = wordList(String.raw`
  of was is at to reached hit stood\s+at stands\s+at by
`);
/** Hedges before a number: "about", "nearly". */
const APPROXIMATIONS = wordList(`
  just about around nearly over only some roughly a an
`);
/** A measure before it does too: "a total score of 2072", "a population of 1850", "ranked 1999th". */
const COUNT_BEFORE = new RegExp(
  String.raw`\b${anyOf(MEASURES)}\s+(?:${anyOf(MEASURE_LINKS)}\s+)?(?:${anyOf(APPROXIMATIONS)}\s+)?$`,
  'i',
);

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_WORD = String.raw`(sun|mon|tues|wednes|thurs|fri|satur)day`;
/** "on Tuesday (June 5, 2019)" and "June 5, 2019 (Tuesday)": chrono-node leaves a weekday in brackets out. */
const WEEKDAY_BEFORE_BRACKET = new RegExp(String.raw`\b${WEEKDAY_WORD}\s*\(\s*$`, 'i');
const WEEKDAY_IN_BRACKET_AFTER = new RegExp(String.raw`^\s*\(\s*${WEEKDAY_WORD}\s*\)`, 'i');

/** Reads the bracketed weekday into the mention, which then spans it: the words the reader sees side by side. */
function bracketedWeekday(text: string, start: number, end: number, m: DateMention, offset: number): void {
  const before = WEEKDAY_BEFORE_BRACKET.exec(text.slice(Math.max(0, start - 16), start));
  const closes = /^\s*\)/.exec(text.slice(end, end + 3));
  if (before && closes) {
    m.weekday = WEEKDAY_NAMES.indexOf(`${before[1]!.toLowerCase()}day`);
    m.weekdayText = before[0].replace(/[\s(]+$/, '');
    m.start = offset + start - before[0].length;
    m.end = offset + end + closes[0].length;
  } else {
    const after = WEEKDAY_IN_BRACKET_AFTER.exec(text.slice(end, end + 16));
    if (!after) return;
    m.weekday = WEEKDAY_NAMES.indexOf(`${after[1]!.toLowerCase()}day`);
    m.weekdayText = after[0].replace(/[\s()]+/g, '');
    m.end = offset + end + after[0].length;
  }
  m.text = text.slice(m.start - offset, m.end - offset);
}

/** A reading of chrono-node's, cut to what its words write (`written.ts`): where it stands, and its start and end. */
interface Reading {
  index: number;
  text: string;
  k: Components;
  end?: { text: string; k: Components };
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** Where the end of a range starts: "August 1 to August 3", "June 2 - ...". */
const RANGE_JOIN = /\b(?:to|until|through|till|and)\b|[-–]/;

/**
 * chrono-node's result as written. A start that claims more than its words ("end of the February
 * 22" read as February 28, 2022; "June 2 - Six months") is read again from its month name up to
 * the next dash or "to"; a range whose start is no date as written ("the week to Wednesday March
 * 18") keeps its end alone.
 */
function readingsOf(r: chrono.ParsedResult, after: string): Reading[] {
  const join = r.end ? r.text.search(RANGE_JOIN) : -1;
  const startText = join > 0 ? r.text.slice(0, join) : r.text;
  const claimed = known(r.start);
  const k = writtenComponents(startText, claimed, join > 0 ? '' : after);
  let start: Reading | null = { index: r.index, text: r.text, k };
  if (claimsMore(claimed, k)) {
    start = rereadFromMonth(r.index, startText, after) ?? { ...start, text: withoutCount(r.text, claimed, k) };
  }
  if (start.k.month === undefined) start = null;
  const endText = join > 0 ? r.text.slice(join) : '';
  const end = r.end && endText ? writtenComponents(endText, known(r.end), after) : {};
  if (!start) return end.month !== undefined ? [{ index: r.index + join, text: endText, k: end }] : [];
  if (end.month !== undefined) start.end = { text: endText, k: end };
  return [start];
}

function rereadFromMonth(index: number, text: string, after: string): Reading | null {
  const from = text.search(MONTH_WORD);
  if (from === -1) return null;
  const rest = text.slice(from);
  const join = rest.slice(1).search(RANGE_JOIN);
  const again = chrono.parse(join === -1 ? rest : rest.slice(0, join + 1), REFERENCE)[0];
  if (!again || again.index !== 0) return null;
  const claimed = known(again.start);
  const k = writtenComponents(again.text, claimed, join === -1 ? after : '');
  if (claimsMore(claimed, k) || k.month === undefined) return null;
  return { index: index + from, text: again.text.trimEnd(), k };
}

/** "Oct. 28, 13 miners": a two-digit count chrono-node took for the year is not part of the date's words. */
function withoutCount(text: string, claimed: Components, k: Components): string {
  return claimed.year !== undefined && k.year === undefined ? text.replace(/[\s,'’-]+\d{1,2}\s*$/, '') : text;
}

export function findDates(text: string, offset = 0): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const raw of MAY_HOLD_A_DATE.test(text) ? chrono.parse(text, REFERENCE) : []) {
    if (RELATIVE.test(raw.text) || !(MONTH_WORD.test(raw.text) || ISO.test(raw.text))) continue;
    for (const r of readingsOf(raw, text.slice(raw.index + raw.text.length, raw.index + raw.text.length + 2))) {
      const k = r.k;
      // "August 1 to August 3, 2025": the start takes the year written at the end.
      const year = k.year ?? r.end?.k.year;
      if (k.month === undefined || (k.day === undefined && year === undefined)) continue;
      // chrono-node keeps a leading preposition ("On Monday, March 5", "at 5pm March 5"); the date is what follows it.
      const lead = /^(?:on|at)\s+/i.exec(r.text)?.[0].length ?? 0;
      const [from, to] = [r.index + lead, r.index + r.text.length];
      const m: DateMention = { start: offset + from, end: offset + to, text: r.text.slice(lead), month: k.month };
      if (year !== undefined) m.year = year;
      if (k.day !== undefined) m.day = k.day;
      if (year !== undefined && isAttributive(text, from, to, k.day !== undefined)) m.attributive = true;
      if (k.weekday !== undefined) {
        m.weekday = k.weekday;
        const w = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)[a-z]*\.?/i.exec(r.text);
        if (w) m.weekdayText = w[0];
      } else if (k.day !== undefined) {
        bracketedWeekday(text, m.start - offset, m.end - offset, m, offset);
      }
      out.push(m);
      taken.push([raw.index, raw.index + raw.text.length]);
      const ek = r.end?.k;
      if (ek && (ek.day !== undefined || ek.year !== undefined)) {
        // The end of a range ("August 1 to August 3, 2025") is a date of its own.
        const endText = r.end!.text;
        const e: DateMention = { start: m.end - endText.length, end: m.end, text: endText, month: ek.month! };
        if (ek.year !== undefined) e.year = ek.year;
        if (ek.day !== undefined) e.day = ek.day;
        out.push(e);
      }
    }
  }
  for (const y of /1[6-9]\d\d|20\d\d/.test(text) ? text.matchAll(YEAR) : []) {
    const s = y.index;
    if (taken.some(([a, b]) => s >= a && s < b)) continue;
    if (COUNT_AFTER.test(text.slice(s + y[0].length, s + y[0].length + 24))) continue;
    if (COUNT_BEFORE.test(text.slice(Math.max(0, s - 40), s))) continue;
    const after = text.slice(s + y[0].length, s + y[0].length + 12);
    if (!y[2] && (isTimeOfDay(y[1]!, after) || isDecade(text.slice(Math.max(0, s - 16), s), y[1]!, after))) continue;
    const year = Number(y[1]);
    const m: DateMention = { start: offset + s, end: offset + s + y[0].length, text: y[0], year };
    if (isAttributive(text, s, s + y[0].length)) m.attributive = true;
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
  const period =
    m.day === undefined ? monthPeriod(year, m.month) : candidate(year) === null ? null : dayPeriod(year, m.month, day);
  return period ? { period, yearInferred: true } : null;
}
