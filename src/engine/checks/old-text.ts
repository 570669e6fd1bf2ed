import type { Check, CheckMeta, Draft } from '../check-kit/types.js';
import { clockOf } from '../clock/cached.js';
import { NEAR } from '../clock/calendar-claims.js';
import { titleMentions } from '../knowledge/titles.js';
import type { ClockPoint, Evidence } from '../report/schema.js';
import { formatDay, formatPeriod, parseISODay, type Day } from '../time/calendar.js';

const messages = {
  writtenBefore:
    'Written around {{written}}, published {{published}}: {{count}} claim(s) in the text place the writing ' +
    'at least {{gap}} days before its publication date ({{claims}}).',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'old-text',
  title: 'Old text presented as new',
  description:
    "The text's own time claims place its writing well before the publication date the page gives: " +
    'recycled or republished copy.',
  messages,
  languages: ['en'],
};

/** "Well before": less than this is a slow desk or a late upload, not old copy. */
const WELL_BEFORE = 180;
/** Over a year, and three claims of their own that say so: likely, not just worth a look. */
const LONG_BEFORE = 365;
const MEDIUM_CLAIMS = 3;
const MIN_CLAIMS = 2;

/**
 * The latest day a clock point lets the text have been written on, when it bounds the writing
 * from above at all: a forecast before its period ends, a claim that lands within a period, a
 * finished term of office, a weekday beside a yearless date within about a year of it. Dates told
 * as past bound the writing from below only; a yearless dateline is the publication's own day.
 */
function latestWriting(p: ClockPoint): Day | null {
  const to = parseISODay(p.to);
  if (to === null) return null;
  if (p.kind === 'forecast' && p.bound === 'before') return to;
  if ((p.kind === 'implied' || p.kind === 'office') && p.bound === 'within') return to;
  if (p.kind === 'calendar' && p.bound !== null) return to + NEAR;
  return null;
}

/**
 * A clock that fails is the clock's failure, which the audit reports once as such: this check then has
 * nothing to read.
 */
function clockOrNull(article: Parameters<typeof clockOf>[0], ctx: Parameters<typeof clockOf>[1]) {
  try {
    return clockOf(article, ctx);
  } catch {
    return null;
  }
}

/** "March 2023", or "February 2022 – March 2023": the estimate as a reader says it. */
function around(from: Day, to: Day): string {
  const a = formatPeriod({ from, to: from, precision: 'month' });
  const b = formatPeriod({ from: to, to, precision: 'month' });
  return a === b ? a : `${a} – ${b}`;
}

/**
 * When the clock, from the text alone, ends well before every publication date the page gives,
 * the page presents old text as new ("Written around March 2023, published June 2024"). Only
 * claims that each bound the writing before the publication count, one per sentence, so that a
 * paragraph repeating one claim does not make three.
 */
export const oldText: Check<Id> = {
  meta,
  run(article, ctx) {
    if (!ctx.published.length) return [];
    const clock = clockOrNull(article, ctx);
    if (!clock) return [];
    const e = clock.estimated;
    const end = e && parseISODay(e.to);
    if (!e || end === null || end === undefined) return [];
    const published = Math.min(...ctx.published.map((p) => p.day));
    if (published - end <= WELL_BEFORE) return [];
    // A term told only in the past tense may be a look back ("Chancellor Merkel opened the borders"):
    // only terms named as held now count.
    const mentions = ctx.knowledge ? titleMentions(article, ctx.knowledge) : [];
    const heldNow = new Set(mentions.filter((m) => m.current).map((m) => m.start));
    const bySentence = new Map<string, { point: ClockPoint; latest: Day }>();
    for (const point of clock.points) {
      if (point.kind === 'office' && !heldNow.has(point.evidence.start ?? -1)) continue;
      const latest = latestWriting(point);
      if (latest === null || published - latest <= WELL_BEFORE || point.evidence.start === null) continue;
      const key = point.evidence.sentence;
      const known = bySentence.get(key);
      if (!known || latest < known.latest) bySentence.set(key, { point, latest });
    }
    const claims = [...bySentence.values()].sort((a, b) => a.point.evidence.start! - b.point.evidence.start!);
    // One claim alone is the business of the check that reads it (elapsed-time, stale-future, stale-title):
    // old text is where they meet.
    if (claims.length < MIN_CLAIMS) return [];
    const long = claims.filter((c) => published - c.latest > LONG_BEFORE);
    const severity = long.length >= MEDIUM_CLAIMS && published - end > LONG_BEFORE ? 'medium' : 'low';
    const from = parseISODay(e.from)!;
    const draft: Draft<Id> = {
      severity,
      messageId: 'writtenBefore',
      data: {
        written: around(from, end),
        published: formatDay(published),
        count: claims.length,
        gap: published - Math.max(...claims.map((c) => c.latest)),
        claims: claims.map((c) => `"${c.point.evidence.text}": ${c.point.label}`).join('; '),
      },
      evidence: claims.map((c): Evidence => c.point.evidence),
    };
    return [draft];
  },
};
