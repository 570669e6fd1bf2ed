import type { Clock } from '../engine/report/schema.js';
import { dayOf, daysInMonth, formatDay, monthName, parseISODay, ymd, type Day } from '../engine/time/calendar.js';

/** The stretch of time a timeline draws, from 1 January of its first year to 31 December of its last. */
export interface Domain {
  from: Day;
  to: Day;
}

/** Dates this far outside the claims still fit on the line; older history is clamped to an edge. */
const REACH_YEARS = 3;

const dayOfIso = (iso: string): Day => parseISODay(iso) ?? 0;
export const pointDays = (p: { from: string; to: string }): Domain => ({ from: dayOfIso(p.from), to: dayOfIso(p.to) });

/**
 * What to draw: the publication dates, the claims and the estimate, with the plain dates around
 * them. A bridge opened in 1932 must not squash 2023 and 2024 into one pixel, so dates far from
 * the claims are clamped to the edge (and drawn as lying beyond it). Null when there is nothing.
 */
export function domainOf(clock: Clock): Domain | null {
  // A term of office spans years: like a plain date, it widens the line only as far as the claims reach.
  const context = (p: Clock['points'][number]) => p.kind === 'date' || p.kind === 'office';
  const focus: Day[] = [];
  for (const p of clock.points) {
    if (context(p)) continue;
    const d = pointDays(p);
    focus.push(d.from, d.to);
    if (p.anchor) focus.push(dayOfIso(p.anchor.from), dayOfIso(p.anchor.to));
  }
  if (clock.estimated) focus.push(dayOfIso(clock.estimated.from), dayOfIso(clock.estimated.to));
  const dates = clock.points.filter(context).map(pointDays);
  let from = Math.min(...focus);
  let to = Math.max(...focus);
  if (!focus.length) {
    if (!dates.length) return null;
    from = Math.min(...dates.map((d) => d.from));
    to = Math.max(...dates.map((d) => d.to));
  }
  const reach = REACH_YEARS * 365;
  for (const d of dates) {
    if (d.from >= from - reach) from = Math.min(from, d.from);
    if (d.to <= to + reach) to = Math.max(to, d.to);
  }
  return { from: dayOf(ymd(from).year, 1, 1), to: dayOf(ymd(to).year, 12, 31) };
}

/** Where a day falls on a line of `width` units, clamped to it. */
export function position(day: Day, domain: Domain, width: number): number {
  const x = ((day - domain.from) / (domain.to + 1 - domain.from)) * width;
  return Math.min(width, Math.max(0, x));
}

/** The years to label along the axis: every one when few, fewer as the span grows. */
export function yearTicks(domain: Domain, most: number): number[] {
  const first = ymd(domain.from).year;
  const last = ymd(domain.to).year + 1;
  const step = Math.max(1, Math.ceil((last - first) / most));
  const out: number[] = [];
  for (let y = first; y <= last; y += step) out.push(y);
  return out;
}

/** "2023", "2023-02", "2023-02-14", or "2022-12-02 – 2023-03-01": as precise as the span is. */
export function formatSpanOfDays(fromIso: string, toIso: string): string {
  if (fromIso === toIso) return fromIso;
  const from = ymd(dayOfIso(fromIso));
  const to = ymd(dayOfIso(toIso));
  if (from.year === to.year && from.month === 1 && from.day === 1 && to.month === 12 && to.day === 31)
    return String(from.year);
  if (from.year === to.year && from.month === to.month && from.day === 1 && to.day === daysInMonth(to.year, to.month))
    return fromIso.slice(0, 7);
  return `${fromIso} – ${toIso}`;
}

/**
 * The same span in the words every view uses for days: "2023", "February 2023", or "October 31,
 * 2022 – January 30, 2023".
 */
export function formatSpanInWords(fromIso: string, toIso: string): string {
  const short = formatSpanOfDays(fromIso, toIso);
  if (/^\d{4}$/.test(short)) return short;
  if (/^\d{4}-\d{2}$/.test(short)) return `${monthName(Number(short.slice(5, 7)))} ${short.slice(0, 4)}`;
  const words = (iso: string) => formatDay(dayOfIso(iso));
  return fromIso === toIso ? words(fromIso) : `${words(fromIso)} – ${words(toIso)}`;
}
