import { perObject } from '../text/memo.js';
import type { DateMention } from '../time/dates.js';
import type { Grammar } from './grammar.js';
import { anyOf, lookup, WORD_END, WORD_START } from './words.js';

/**
 * Absolute dates as a language writes them: "Dienstag, 12. Juni 2024", "le 1er mai 2019",
 * "18 de marzo de 2025", "20 февраля 2024 года", "12.06.2024", "im Jahr 2020". Our own grammar,
 * not chrono-node's parsers: they drop impossible dates silently (an impossible date is a finding
 * here), miss month-and-year forms ("im Februar 2022", "en février 2022") and read only the last
 * day of a list ("1. und 2. Juli"). Each day of a list is a date of its own, and a weekday belongs
 * only to the day it stands beside.
 */
interface Compiled {
  month: (word: string) => number | undefined;
  weekday: (word: string) => number | undefined;
  /** A day with its month, and the year when written: the core a list of days ends in. */
  dayMonth: RegExp;
  monthYear: RegExp;
  numeric: RegExp;
  year: RegExp;
  /** Before a date: its weekday, possibly in brackets. */
  weekdayBefore: RegExp;
  /** After a date: "(Mittwoch)". */
  weekdayAfter: RegExp;
  /** Before a day: an earlier day of the same list ("1. und ", "du 3 au "). */
  listItemBefore: RegExp;
}

const compiled = perObject<Grammar, Compiled>();

const YEAR = String.raw`(?:1[0-9]|20)\d\d`;

/** A grammar's patterns, built once per grammar. */
const compile = (g: Grammar): Compiled => compiled(g, () => build(g));

function build(g: Grammar): Compiled {
  const cal = g.calendar;
  const months = anyOf(cal.months.flat());
  const weekdays = anyOf(cal.weekdays.flat());
  const yearWord = cal.yearWordSource ? String.raw`(?:\s*(?<yw>${cal.yearWordSource})${WORD_END})?` : '';
  // A month written as an abbreviation ends in its dot, after which any letter may follow.
  const monthEnd = String.raw`(?:(?<=\.)|${WORD_END})`;
  const day = String.raw`(?<![\p{N}.,])${WORD_START}${cal.daySource}`;
  const monthIndex: Record<string, number> = {};
  cal.months.forEach((forms, i) => forms.forEach((f) => (monthIndex[f] = i + 1)));
  const weekdayIndex: Record<string, number> = {};
  cal.weekdays.forEach((forms, i) => forms.forEach((f) => (weekdayIndex[f] = i)));
  const c: Compiled = {
    month: lookup(monthIndex),
    weekday: lookup(weekdayIndex),
    dayMonth: new RegExp(
      String.raw`${day}${cal.dayToMonthSource}(?<month>${months})${monthEnd}(?:${cal.monthToYearSource}(?<year` +
        String.raw`>${YEAR})(?!\p{N})${yearWord})?`,
      'giu',
    ),
    monthYear: new RegExp(
      String.raw`${WORD_START}(?<month>${months})${monthEnd}${cal.monthToYearSource}(?<year>${YEAR})(?!\p{N}` +
        String.raw`)${yearWord}`,
      'giu',
    ),
    numeric: new RegExp(
      String.raw`(?<![\p{L}\p{N}.,/-])(?<day>\d{1,2})(?<sep>[./])(?<month>\d{1,2})\k<sep>(?<year>${YEAR})(?![\p{N` +
        String.raw`}]|[.,/]\p{N})${yearWord}`,
      'gu',
    ),
    year: new RegExp(
      String.raw`(?:(?<=${WORD_START}mi-)|(?<![\p{L}\p{N},.$€£#/-]))(?<year>1[6-9]\d\d|` +
        String.raw`20\d\d)(?:\s*[-–/]\s*(?<end>\d{4}|\d{2})(?!\p{N}))?(?![\p{N}]|[,.]\p{N}|\s*%)${yearWord}`,
      'gu',
    ),
    weekdayBefore: new RegExp(
      String.raw`${WORD_START}(?<weekday>${weekdays})(?:(?<bracket>\s*\(\s*)|${cal.weekdayToDateSource})$`,
      'iu',
    ),
    weekdayAfter: new RegExp(String.raw`^\s*\(\s*(?<weekday>${weekdays})\s*\)`, 'iu'),
    listItemBefore: new RegExp(
      String.raw`(?:${WORD_START}(?<weekday>${weekdays})${cal.weekdayToDateSource})?${day}${cal.dayListSource}$`,
      'iu',
    ),
  };
  return c;
}

/** The dates a paragraph writes, in text order; offsets are moved by `offset`. */
export function findDatesIn(g: Grammar, text: string, offset = 0): DateMention[] {
  if (!/\d/.test(text)) return [];
  const c = compile(g);
  const out: DateMention[] = [];
  // Which characters a date already holds: a later, shorter reading of them is no date of its own.
  const taken = new Uint8Array(text.length);
  const isTaken = (at: number) => taken[at] === 1;
  const push = (m: DateMention, from: number, to: number) => {
    out.push(m);
    taken.fill(1, from, to);
  };

  for (const x of text.matchAll(c.dayMonth)) {
    const g2 = x.groups!;
    const month = c.month(g2.month!);
    if (month === undefined) continue;
    const end = x.index + x[0].length;
    const year = g2.year ? Number(g2.year) : undefined;
    // The days of a list before this one, each a date of its own, latest first as found.
    const items: Array<{ start: number; day: number; weekday?: string }> = [{ start: x.index, day: Number(g2.day) }];
    // The days of a list stand close before it: a bounded look back, however long the paragraph.
    const base = Math.max(0, x.index - 300);
    for (let before = text.slice(base, x.index); ;) {
      const item = c.listItemBefore.exec(before.slice(-60));
      if (!item) break;
      const at = before.length - item[0].length;
      // "von Donnerstag bis Sonntag, 24. bis 27. Dezember": a weekday that ends a range of weekdays is no one day's.
      const own = item.groups!.weekday && !g.calendar.weekdayListBefore.test(before.slice(Math.max(0, at - 30), at));
      const day = Number(item.groups!.day);
      items.unshift({ start: base + at, day, ...(own ? { weekday: item.groups!.weekday! } : {}) });
      before = before.slice(0, at);
      // A weekday opens an item and ends the search: what stands before it belongs to the first day.
      if (item.groups!.weekday) break;
    }
    let close = end;
    const first = items[0]!;
    const lead = first.weekday ? null : weekdayBeforeAt(c, g, text, first.start);
    if (lead) {
      first.weekday = lead.weekday;
      first.start = lead.start;
      // "am Dienstag (12. Juni)": the bracket closes after the date.
      if (lead.bracket) {
        const closing = /^\s*\)/.exec(text.slice(end, end + 3));
        if (!closing) {
          delete first.weekday;
          first.start = lead.dayStart;
        } else if (items.length === 1) close = end + closing[0].length;
      }
    }
    const after = items.length === 1 && !first.weekday ? c.weekdayAfter.exec(text.slice(end, end + 24)) : null;
    if (after) {
      first.weekday = after.groups!.weekday!;
      close = end + after[0].length;
    }
    for (const item of items) {
      const m: DateMention = {
        start: offset + item.start,
        end: offset + close,
        text: text.slice(item.start, close),
        month,
        day: item.day,
      };
      if (year !== undefined) m.year = year;
      if (item.weekday !== undefined) nameWeekday(c, m, item.weekday);
      push(m, item.start, close);
    }
  }

  for (const x of text.matchAll(c.numeric)) {
    if (isTaken(x.index)) continue;
    const day = Number(x.groups!.day);
    const month = Number(x.groups!.month);
    // "13.13.2020" is a version or a code, not a date; "31.04.2023" is a date that does not exist, and says so.
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    let start = x.index;
    let end = start + x[0].length;
    const m: DateMention = { start: 0, end: 0, text: '', year: Number(x.groups!.year), month, day };
    const lead = weekdayBeforeAt(c, g, text, start);
    if (lead && !lead.bracket) {
      nameWeekday(c, m, lead.weekday);
      start = lead.start;
    } else {
      const after = c.weekdayAfter.exec(text.slice(end, end + 24));
      if (after) {
        nameWeekday(c, m, after.groups!.weekday!);
        end += after[0].length;
      }
    }
    Object.assign(m, { start: offset + start, end: offset + end, text: text.slice(start, end) });
    push(m, start, end);
  }

  for (const x of text.matchAll(c.monthYear)) {
    if (isTaken(x.index)) continue;
    const month = c.month(x.groups!.month!);
    if (month === undefined) continue;
    const start = x.index;
    const end = start + x[0].length;
    push({ start: offset + start, end: offset + end, text: x[0], month, year: Number(x.groups!.year) }, start, end);
  }

  for (const x of text.matchAll(c.year)) {
    const start = x.index;
    if (isTaken(start)) continue;
    const end = start + x[0].length;
    if (!isAYear(g, text, start, start + x.groups!.year!.length, x.groups!.yw !== undefined)) continue;
    const year = Number(x.groups!.year);
    const m: DateMention = { start: offset + start, end: offset + end, text: x[0], year };
    const tail = x.groups!.end;
    if (tail) {
      const endYear = tail.length === 2 ? Math.floor(year / 100) * 100 + Number(tail) : Number(tail);
      if (endYear === year + 1 || (endYear > year && endYear - year < 10 && tail.length === 4)) m.endYear = endYear;
      else continue; // "2019/20xx" noise, a page range, a phone number
    }
    if (g.calendar.ofANoun?.(text.slice(Math.max(0, start - 40), start), x.groups!.yw)) m.attributive = true;
    push(m, start, end);
  }
  return out.sort((a, b) => a.start - b.start);
}

function nameWeekday(c: Compiled, m: DateMention, word: string): void {
  const w = c.weekday(word);
  if (w === undefined) return;
  m.weekday = w;
  m.weekdayText = word;
}

/**
 * The weekday written right before a day ("Dienstag, 12.", "mardi 8", "во вторник, 20"), unless it ends a list of
 * weekdays.
 */
function weekdayBeforeAt(
  c: Compiled,
  g: Grammar,
  text: string,
  dayStart: number,
): { weekday: string; start: number; dayStart: number; bracket: boolean } | null {
  const before = text.slice(Math.max(0, dayStart - 40), dayStart);
  const w = c.weekdayBefore.exec(before);
  if (!w) return null;
  const start = dayStart - before.length + w.index;
  if (g.calendar.weekdayListBefore.test(text.slice(Math.max(0, start - 30), start))) return null;
  return { weekday: w.groups!.weekday!, start, dayStart, bracket: w.groups!.bracket !== undefined };
}

/**
 * A bare four-digit number is a year when the words say so: a year word after it ("2020 года"),
 * a preposition that only dates before it ("seit 2015", "im Jahr 2020"), or one that also counts
 * ("bis 2030", "jusqu'à 2000") with no count after it ("bis 2000 Menschen").
 */
function isAYear(g: Grammar, text: string, start: number, end: number, yearWord: boolean): boolean {
  if (yearWord) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  if (g.calendar.yearBefore.test(before)) return true;
  return g.calendar.yearMaybeBefore.test(before) && !g.calendar.countAfter.test(text.slice(end, end + 30));
}
