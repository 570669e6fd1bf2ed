import type { Article } from '../article.js';
import { externalEvidence, spanEvidence } from '../check-kit/evidence.js';
import type { CheckContext } from '../check-kit/types.js';
import type { Clock, ClockPoint } from '../report/schema.js';
import { dayOf, formatPeriod, parseISODay, toISO, type Day, type Period } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import { allowedDays } from '../time/durations.js';
import { countsFromSentenceBefore } from '../time/elapsed-claims.js';
import { anchorOf, countsToWritingIn, forecastsOf, plainlyPastOf } from '../lang/reading.js';
import { estimateWriting, type WritingConstraint } from './estimate.js';
import { officePoints } from './offices.js';
import { calendarClaims, placeCalendarPoints } from './calendar-claims.js';

/** Enough to draw and to read; a page with more dates than this is summarised by its claims. */
const MAX_DATE_POINTS = 200;
/** The same for the claims drawn (every claim still counts towards the estimate). */
const MAX_CLAIM_POINTS = 200;

const span = (p: { from: Day; to: Day }) => ({ from: toISO(p.from), to: toISO(p.to) });
/** Four-digit years only: the report's dates are ISO days, and a text's stray "year 20000" is no point in time. */
const FIRST = dayOf(1000, 1, 1);
const LAST = dayOf(9999, 12, 31);
const drawable = (p: { from: Day; to: Day }) => p.from >= FIRST && p.to <= LAST;

/**
 * The article's clock: the publication dates it is given, the dates it writes, where its
 * elapsed-time claims land, the periods its forecasts are about, and the writing period most of
 * them agree on. The estimate uses the text alone: that is what makes it worth setting beside
 * the dateline.
 */
export function buildClock(article: Article, ctx: CheckContext): Clock {
  const reference = ctx.published[0]?.day ?? null;
  const claims: ClockPoint[] = [];
  const constraints: WritingConstraint[] = [];
  const inForecast = new Set<number>();

  for (const f of forecastsOf(article)) {
    inForecast.add(f.mention.start);
    if (!drawable(f.period)) continue;
    const reported = article.isReported(f.start, f.mention.end);
    if (!reported) constraints.push({ from: -Infinity, to: f.period.to });
    claims.push({
      kind: 'forecast',
      ...span(f.period),
      anchor: null,
      bound: reported ? null : 'before',
      label: `looks ahead to ${formatPeriod(f.period)}`,
      evidence: spanEvidence(article, f.start, f.mention.end),
    });
  }

  for (const d of article.durations) {
    const s = article.sentenceAt(d.start);
    // "N years later" is read from the sentence before: too loose to place the writing.
    if (!s || countsFromSentenceBefore(d) || !countsToWritingIn(article, s, d)) continue;
    const a = anchorOf(article, s, d, reference, ctx.knowledge);
    if (!a) continue;
    const [lo, hi] = allowedDays(d);
    const lands: Period = { from: a.period.from + Math.floor(lo), to: a.period.to + Math.ceil(hi), precision: 'day' };
    if (!drawable(lands) || !drawable(a.period)) continue;
    constraints.push({ from: lands.from, to: lands.to });
    claims.push({
      kind: 'implied',
      ...span(lands),
      anchor: span(a.period),
      bound: 'within',
      label: `${article.text.slice(d.start, d.anchorEnd).trim()} from ${formatPeriod(a.period)}`,
      evidence: spanEvidence(article, d.start, d.anchorEnd),
    });
  }

  for (const o of ctx.knowledge ? officePoints(article, ctx.knowledge) : []) {
    constraints.push(o.constraint);
    claims.push(o.point);
  }

  // A dateline kept in the text is already drawn as the publication date.
  const datelines = new Set(article.dates.map((c) => c.text));
  const dates: ClockPoint[] = [];
  for (const m of article.dateMentions) {
    if (m.year === undefined || inForecast.has(m.start)) continue;
    const s = article.sentenceAt(m.start);
    if (!s || datelines.has(s.text.trim())) continue;
    const r = resolveDate(m, null, false);
    if (!r || !drawable(r.period)) continue;
    // Only plain past narration bounds the estimate: the tagger's reading costs more than the rest of the clock.
    const past = m.month !== undefined && !article.isReported(m.start, m.end) && plainlyPastOf(article, s, m);
    if (past) constraints.push({ from: r.period.from, to: Infinity });
    dates.push({
      kind: 'date',
      ...span(r.period),
      anchor: null,
      bound: past ? 'after' : null,
      label: m.text,
      evidence: spanEvidence(article, m.start, m.end),
    });
  }

  const published: ClockPoint[] = [];
  for (const c of article.dates) {
    const day = parseISODay(c.value);
    if (day === null || !drawable({ from: day, to: day })) continue;
    published.push({
      kind: c.kind,
      ...span({ from: day, to: day }),
      anchor: null,
      bound: null,
      label: `${c.kind === 'modified' ? 'updated' : 'published'} (${c.source})`,
      evidence: externalEvidence(c.text, c.source),
    });
  }

  const calendar = calendarClaims(article);
  const estimate = estimateWriting([...constraints, ...calendar.constraints], calendar.yearly);
  claims.push(...placeCalendarPoints(calendar.pending, estimate));
  const points = [...published, ...claims.slice(0, MAX_CLAIM_POINTS), ...dates.slice(0, MAX_DATE_POINTS)];
  points.sort((a, b) => a.from.localeCompare(b.from));
  return { estimated: estimate && { ...span(estimate), agreeing: estimate.agreeing, claims: estimate.claims }, points };
}
