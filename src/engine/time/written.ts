import { anyOf } from '../text/alternation.js';
import { ORDINAL_SOURCE, parseOrdinal } from './numbers.js';

/**
 * What a year is, and what a day is: the rule that a date holds only what its words show.
 *
 * chrono-node fills whatever a phrase leaves out from its reference date, reads a number after a
 * month as whatever fits ("Oct. 28, 13 miners" as 2013, "Feb 32.9" as February 2032, "April - 23"
 * as April 2023) and reads relative phrases as dates ("the week to ...", "June 2 - Six months").
 * So a component of a date counts only when it is written:
 *
 * - a **year** is four digits ("1987"), an apostrophe year ("'87") or the year of an ISO date; a
 *   one- or two-digit number after a month is a day or a count, never a year;
 * - a **month** is its name (or the month of an ISO date), and must be the month chrono-node read;
 * - a **day** is a number of one or two digits (or an ordinal word), not the start of a decimal or
 *   of a larger figure ("Mar 6.8" is a price, "March 3,500" a count);
 * - four digits before a clock word are a time of day ("at 2000 GMT", "from 1800 local time");
 * - four digits with a plural "s" are a decade ("the 1950s", "the mid-1990s"): no one year.
 */

export type Component = 'year' | 'month' | 'day' | 'weekday';
export type Components = Partial<Record<Component, number>>;

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORDS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/g;
const APOSTROPHE_YEAR = /['’](\d{2})(?!\d)/g;
/**
 * A day: one or two digits ("3rd" too: a letter after them ends them), not part of a decimal, a larger
 * figure or a time.
 */
const DAY_NUMBER = /(?<![\d.,:])(\d{1,2})(?!\d|[.,:]\d)/g;
/** A day in words: "the first of June", "March twenty-first". */
const DAY_WORD = new RegExp(String.raw`\b${ORDINAL_SOURCE}\b`, 'gi');

function yearWritten(text: string, year: number): boolean {
  for (const m of text.matchAll(FOUR_DIGITS)) if (Number(m[0]) === year) return true;
  for (const m of text.matchAll(APOSTROPHE_YEAR)) if (Number(m[1]) === year % 100) return true;
  return false;
}

function monthWritten(text: string, month: number): boolean {
  const iso = ISO_DATE.exec(text);
  if (iso && Number(iso[2]) === month) return true;
  for (const m of text.matchAll(MONTH_WORDS)) {
    if (MONTH_PREFIXES.indexOf(m[1]!.toLowerCase()) + 1 === month) return true;
  }
  return false;
}

function dayWritten(text: string, day: number): boolean {
  const iso = ISO_DATE.exec(text);
  if (iso && Number(iso[3]) === day) return true;
  // The digits of a year are not a day ("2019" holds "20" and "19"): they are skipped whole.
  const withoutYears = text.replace(FOUR_DIGITS, ' ');
  for (const m of withoutYears.matchAll(DAY_NUMBER)) if (Number(m[1]) === day) return true;
  for (const m of text.matchAll(DAY_WORD)) if (parseOrdinal(m[0]) === day) return true;
  return false;
}

/**
 * The components of a date that `text` (the words chrono-node read them from) really writes; the
 * others are left out. `after` is what follows the words ("Mar 6" before ".8" is no day). The
 * weekday is chrono-node's own reading of a weekday name, kept as it is.
 */
export function writtenComponents(text: string, k: Components, after = ''): Components {
  const out: Components = {};
  if (k.month !== undefined && monthWritten(text, k.month)) out.month = k.month;
  if (out.month === undefined) return {};
  if (k.year !== undefined && yearWritten(text, k.year)) out.year = k.year;
  if (k.day !== undefined && dayWritten(text + after, k.day)) out.day = k.day;
  if (k.weekday !== undefined) out.weekday = k.weekday;
  return out;
}

/** True when a component chrono-node claimed to read is not in the words. */
export function claimsMore(k: Components, written: Components): boolean {
  return (['year', 'month', 'day'] as const).some((c) => k[c] !== undefined && written[c] === undefined);
}

/** Clock words after four digits: "2000 GMT", "1800 local time", "1430 hrs". */
const ZONES = [
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  'JST',
  'IST',
  'AEST',
  'AEDT',
];
const CLOCK_WORDS = [String.raw`Z\b`, String.raw`local\b`, String.raw`hours?\b`, String.raw`hrs?\b`, String.raw`h\b`];
const CLOCK_AFTER = new RegExp(String.raw`^\s*${anyOf([...ZONES, ...CLOCK_WORDS])}`);

/** "At 2000 GMT": four digits whose minutes are a clock's, before a clock word. */
export function isTimeOfDay(digits: string, after: string): boolean {
  return /^[0-2]\d[0-5]\d$/.test(digits) && Number(digits.slice(0, 2)) < 24 && CLOCK_AFTER.test(after);
}

/**
 * "The 1950s", "the 1990's": four digits and a plural "s" name ten years, not one. With an
 * apostrophe it is a decade only after "the" ("the 1990's"); "2020's election" is the year's.
 */
export function isDecade(before: string, digits: string, after: string): boolean {
  if (!digits.endsWith('0')) return false;
  return /^s\b/.test(after) || (/^['’]s\b/.test(after) && /\bthe\s+(?:(?:early|late|mid)[\s-]+)?$/i.test(before));
}
