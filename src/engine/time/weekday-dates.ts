import type { Article } from '../article.js';
import { dayOf, isValidDate, weekdayOf, type Day } from './calendar.js';
import type { DateMention } from './dates.js';

/** The years a weekday beside a yearless date is sought in: wide enough for any news text. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2099;

/**
 * "On Tuesday, March 3": a date written without its year, beside the weekday it fell on. Only a
 * few years fit (March 3 is a Tuesday about once in seven), and a second such pair usually leaves
 * one. Each fitting year's date is returned, in order.
 */
export interface WeekdayDate {
  mention: DateMention;
  days: Day[];
}

export function weekdayDates(article: Article): WeekdayDate[] {
  const out: WeekdayDate[] = [];
  for (const m of article.dateMentions) {
    if (m.year !== undefined || m.weekday === undefined || m.month === undefined || m.day === undefined) continue;
    const days = fittingDays(m.month, m.day, m.weekday);
    if (days.length) out.push({ mention: m, days });
  }
  return out;
}

export function fittingDays(month: number, day: number, weekday: number): Day[] {
  const days: Day[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    if (!isValidDate(y, month, day)) continue;
    const d = dayOf(y, month, day);
    if (weekdayOf(d) === weekday) days.push(d);
  }
  return days;
}
