/**
 * Day-precision calendar arithmetic on whole UTC days, so that no time zone or clock can move a
 * date. A Period is an inclusive range of days: "2019" is Jan 1 – Dec 31, "February 2022" its 28 days.
 */
export type Day = number;

export interface Period {
  from: Day;
  to: Day;
  precision: 'day' | 'month' | 'year';
}

export const DAYS_PER = {
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30.44,
  year: 365.25,
  decade: 3652.5,
  century: 36525,
} as const;
export type Unit = keyof typeof DAYS_PER;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function dayOf(year: number, month: number, day: number): Day {
  // Date.UTC reads the years 0 to 99 as 1900 to 1999; setUTCFullYear takes the year as given.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / 86_400_000);
}

export function ymd(d: Day): { year: number; month: number; day: number } {
  const date = new Date(d * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function yearOf(d: Day): number {
  return ymd(d).year;
}

export function daysInMonth(year: number, month: number): number {
  return ymd(dayOf(year, month + 1, 0)).day;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function weekdayOf(d: Day): number {
  return new Date(d * 86_400_000).getUTCDay();
}

export function weekdayName(w: number): string {
  return WEEKDAYS[w] ?? '?';
}

export function monthName(m: number): string {
  return MONTHS[m - 1] ?? '?';
}

export function dayPeriod(year: number, month: number, day: number): Period {
  const d = dayOf(year, month, day);
  return { from: d, to: d, precision: 'day' };
}

export function monthPeriod(year: number, month: number): Period {
  return { from: dayOf(year, month, 1), to: dayOf(year, month, daysInMonth(year, month)), precision: 'month' };
}

export function yearPeriod(year: number): Period {
  return { from: dayOf(year, 1, 1), to: dayOf(year, 12, 31), precision: 'year' };
}

export function toISO(d: Day): string {
  const { year, month, day } = ymd(d);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Parses the date part of an ISO 8601 value ("2024-01-01", "2015-07-24T05:36:09+01:00") as written, ignoring
 * the zone.
 */
export function parseISODay(value: string): Day | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayOf(y, mo, d) : null;
}

export function formatDay(d: Day): string {
  const { year, month, day } = ymd(d);
  return `${monthName(month)} ${day}, ${year}`;
}

export function formatPeriod(p: Period): string {
  const a = ymd(p.from);
  if (p.precision === 'year') return String(a.year);
  if (p.precision === 'month') return `${monthName(a.month)} ${a.year}`;
  return formatDay(p.from);
}

const SMALLER: Partial<Record<Unit, Unit>> = {
  century: 'decade',
  decade: 'year',
  year: 'month',
  month: 'week',
  fortnight: 'day',
  week: 'day',
};

/** Says a span of days in the unit a claim used, as a range when the ends round differently ("22 to 23 months"). */
export function formatSpan(minDays: number, maxDays: number, unit: Unit): string {
  // "7 months", not "1 year", when the claim said two years: a span well short of one of the claim's units is
  // said in smaller ones.
  const smaller = SMALLER[unit];
  if (smaller && maxDays >= 0 && maxDays < 0.9 * DAYS_PER[unit]) return formatSpan(minDays, maxDays, smaller);
  const per = DAYS_PER[unit];
  const lo = Math.round(minDays / per);
  const hi = Math.round(maxDays / per);
  const name = (n: number) =>
    `${unit}${n === 1 ? '' : unit === 'century' ? '' : 's'}`.replace(/centurys?$/, n === 1 ? 'century' : 'centuries');
  return lo === hi ? `${lo} ${name(lo)}` : `${lo} to ${hi} ${name(hi)}`;
}

/** The same days k years away ("May 16" of the year before): null when the day does not exist then (February 29). */
export function shiftYears(p: Period, k: number): Period | null {
  const a = ymd(p.from);
  if (p.precision === 'year') return yearPeriod(a.year + k);
  if (p.precision === 'month') return monthPeriod(a.year + k, a.month);
  return isValidDate(a.year + k, a.month, a.day) ? dayPeriod(a.year + k, a.month, a.day) : null;
}
