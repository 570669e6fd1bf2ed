import type { Article } from '../../article.js';
import type { Severity } from '../../report/schema.js';
import type { AnchorDate } from '../../time/anchors.js';
import { countsFromSentenceBefore } from '../../time/elapsed-claims.js';
import { type Day, formatDay, formatPeriod, type Period, shiftYears } from '../../time/calendar.js';
import type { Duration } from '../../time/durations.js';
import { describeWhen } from '../../knowledge/index-pack.js';
import { capIfReported } from '../../check-kit/evidence.js';
import type { CheckContext } from '../../check-kit/types.js';

export const reference = (ctx: CheckContext): Day | null => ctx.published[0]?.day ?? null;

export function severityOf(
  article: Article,
  d: Duration,
  a: AnchorDate,
  sameSentence: boolean,
  base: Severity,
): Severity {
  // An anchor in another sentence, an inferred year, a hedge, a vague amount or a date from the pack makes it
  // likely, not proven.
  const loose = !sameSentence || a.yearInferred || d.vague || d.hedge !== 'exact' || a.pack !== undefined;
  // "Ten years later" counts from the sentence before, which may date a side clause or tell a plot in the
  // present: worth a look, no more.
  if (countsFromSentenceBefore(d)) return 'low';
  return capIfReported(article, d.start, d.end, loose && base === 'high' ? 'medium' : base);
}

/**
 * A date written without its year may be of the year before or after the one inferred: the claim holds if any
 * of them fits.
 */
export function periodsOf(a: AnchorDate): Period[] {
  if (!a.yearInferred) return [a.period];
  return [a.period, shiftYears(a.period, -1), shiftYears(a.period, 1)].filter((p): p is Period => p !== null);
}

/** Where the date came from: the event it dates, and the name the dating sentence gives it when that is another. */
export const describeAnchor = (a: AnchorDate) =>
  a.event
    ? `the ${a.event} to ${formatPeriod(a.period)}${a.namedAs ? ` (as "the ${a.namedAs}", in another sentence)` : ''}`
    : formatPeriod(a.period);
/** A date from the knowledge pack says so, with its source. */
export const anchorText = (a: AnchorDate) =>
  a.pack
    ? `${describeWhen(a.pack)} (the knowledge pack's date for ${a.event}; Wikipedia: "${a.pack.wikipedia}")`
    : formatPeriod(a.period);

/** A text counts to when it was written, which may be a weekend before the date it was published on. */
export const WRITING_LEAD_DAYS = 3;

export const describePeriod = (p: Period, unit: 'week' | 'month' | 'year') =>
  unit === 'week' ? `the week of ${formatDay(p.from)} to ${formatDay(p.to)}` : formatPeriod(p);

export function overlaps(aLo: number, aHi: number, bLo: number, bHi: number): boolean {
  return aLo <= bHi && bLo <= aHi;
}

/** The claim as quoted inside a message: "Barely a year" reads "barely a year" mid-sentence. */
export const claimOf = (d: Duration) => d.text.trim().replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase());

export const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Days between writing and publishing that a relative period allows: a story of December 31 may run on January 2. */
export const EDGE_DAYS = { week: 1, month: 3, year: 7 } as const;
