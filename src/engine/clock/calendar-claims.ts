import type { Article } from '../article.js';
import { spanEvidence } from '../check-kit/evidence.js';
import type { ClockPoint } from '../report/schema.js';
import { dayOf, isValidDate, monthName, toISO, weekdayName, weekdayOf, ymd, type Day } from '../time/calendar.js';
import { weekdayDates } from '../time/weekday-dates.js';
import { findWireDateline } from '../time/wire-dateline.js';
import { plainlyPastOf, tenseAround } from '../lang/reading.js';
import type { WritingConstraint, YearlyClaim } from './estimate.js';

/** A yearless date is told within about a year of the writing: news says the year when it is another. */
export const NEAR = 330;
/** A wire story is filed on its dateline's day, give or take a time zone. */
const FILED = 1;
const MAX_DRAWN = 2;

interface Pending {
  /** The days the claim fits within a stretch: once the estimate is known, the point is drawn at those inside it. */
  daysIn: (from: Day, to: Day) => Day[];
  point: (day: Day) => ClockPoint;
}

/**
 * Claims that fit days of some years but name no year: a weekday beside a yearless date (a
 * constraint of its own, on the few years it fits) and a yearless wire dateline (which narrows the
 * estimate to its day). Their points are drawn once the estimate says which year they meant.
 */
export function calendarClaims(article: Article): {
  constraints: WritingConstraint[];
  yearly: YearlyClaim[];
  pending: Pending[];
} {
  const constraints: WritingConstraint[] = [];
  const yearly: YearlyClaim[] = [];
  const pending: Pending[] = [];
  for (const w of weekdayDates(article)) {
    const s = article.sentenceAt(w.mention.start);
    const past = s !== undefined && plainlyPastOf(article, s, w.mention);
    const ahead = s !== undefined && !past && tenseAround(article, s, w.mention) === 'future';
    const spans = w.days.map((d) => ({ from: past ? d : d - NEAR, to: ahead ? d : d + NEAR }));
    constraints.push({ from: spans[0]!.from, to: spans[spans.length - 1]!.to, spans });
    const years = w.days.length;
    const daysIn = (from: Day, to: Day) => w.days.filter((d) => d + NEAR >= from && d - NEAR <= to);
    pending.push({
      daysIn,
      point: (d) => ({
        kind: 'calendar',
        from: toISO(d),
        to: toISO(d),
        anchor: null,
        bound: past ? 'after' : 'within',
        label:
          `${w.mention.text} (no year written) falls on a ${weekdayName(w.mention.weekday!)} in ${years} years ` +
          `from ${ymd(w.days[0]!).year} to ${ymd(w.days[years - 1]!).year}, ${ymd(d).year} among them`,
        evidence: spanEvidence(article, w.mention.start, w.mention.end),
      }),
    });
  }
  const dl = findWireDateline(article);
  if (dl) {
    const daysIn = (from: Day, to: Day) => {
      const out: Day[] = [];
      for (let y = ymd(from - FILED).year; y <= ymd(to + FILED).year; y++) {
        const d = isValidDate(y, dl.month, dl.day) ? dayOf(y, dl.month, dl.day) : null;
        if (d !== null && d + FILED >= from && d - FILED <= to) out.push(d);
      }
      return out;
    };
    yearly.push({
      occurrences: (from, to) => daysIn(from, to).map((d) => ({ from: d - FILED, to: d + FILED })),
      prefer: dl.leadWeekday === null ? undefined : (o) => weekdayOf(o.from + FILED) === dl.leadWeekday,
    });
    pending.push({
      daysIn,
      point: (d) => ({
        // The dateline is the publication date's own: it narrows the estimate but bounds nothing alone.
        kind: 'calendar',
        from: toISO(d - FILED),
        to: toISO(d + FILED),
        anchor: null,
        bound: null,
        label:
          `filed on ${monthName(dl.month)} ${dl.day} by its dateline (no year written)` +
          (dl.leadWeekday === null ? '' : `; its lead names a ${weekdayName(dl.leadWeekday)}`),
        evidence: spanEvidence(article, dl.start, dl.end),
      }),
    });
  }
  return { constraints, yearly, pending };
}

/** The points of the calendar claims, at their days inside the estimate. */
export function placeCalendarPoints(
  pending: readonly Pending[],
  estimate: { from: Day; to: Day } | null,
): ClockPoint[] {
  if (!estimate) return [];
  return pending.flatMap((p) => {
    const days = p.daysIn(estimate.from, estimate.to);
    // A claim the estimate leaves several years for has not said which: drawn once it has.
    return days.length <= MAX_DRAWN ? days.map(p.point) : [];
  });
}
