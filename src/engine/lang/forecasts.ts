import type { Article } from '../article.js';
import { parseISODay } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import type { Forecast } from '../time/forecasts.js';
import type { Grammar } from './grammar.js';
import { REACH } from './words.js';
import { clausePositions } from './tense.js';

/** Between the expectation and its year, more words than this are another clause's business. */
const MAX_WORDS_BETWEEN = 14;
const MAX_CHARS_BETWEEN = 200;
/** A future about a period that ended longer ago than this before publication is read as a narrative's. */
const DAYS_A_NARRATIVE_FUTURE_IS_NOT = 366;

function earliestPublished(article: Article): number | null {
  const days = article.dates
    .flatMap((d) => (d.kind === 'published' ? [parseISODay(d.value)] : []))
    .filter((d): d is number => d !== null);
  return days.length ? Math.min(...days) : null;
}

/**
 * Every dated period a sentence looks ahead to: "wird bis weit ins Jahr 2023 andauern", "durera
 * jusqu'à la fin de 2023", "продлится до конца 2023 года". The expectation comes first, a time
 * preposition stands right before the year, and nothing between them dates another thing or tells
 * the past. An expectation told as history ("war für 2020 geplant", "devait") is left out. The same
 * shape as the English reading, for the stale-future check and the clock.
 */
export function findForecastsIn(g: Grammar, article: Article): Forecast[] {
  const out: Forecast[] = [];
  const published = earliestPublished(article);
  for (const s of article.sentences) {
    const mentions = article.mentionsIn(s);
    if (!mentions.some((m) => m.year !== undefined)) continue;
    const marker = g.forecasts.marker.exec(s.text);
    if (!marker) continue;
    const markerAt = s.start + marker.index;
    const markerEnd = markerAt + marker[0].length;
    if (g.tense.pastExpectation.test(article.text.slice(s.start, markerEnd))) continue;
    for (const m of mentions) {
      if (m.year === undefined || m.start < markerEnd) continue;
      if (m.start - markerEnd > MAX_CHARS_BETWEEN) continue;
      const before = article.text.slice(Math.max(s.start, m.start - REACH), m.start);
      if (!g.forecasts.target.test(before) || g.forecasts.otherCalendar.test(before)) continue;
      const between = article.text.slice(markerEnd, m.start);
      if (clausePositions(between).length > MAX_WORDS_BETWEEN || g.forecasts.breaks.test(between)) continue;
      const after = article.text.slice(m.end, Math.min(s.end, m.end + 60));
      if (g.tense.pastForms(between).length || g.forecasts.afterYear.test(after)) continue;
      const r = resolveDate(m, null, true);
      if (!r) continue;
      if (g.forecasts.narrativeFuture?.test(marker[0])) {
        const years = mentions.filter((x) => x.year !== undefined).length;
        if (published === null || years > 1 || r.period.to < published - DAYS_A_NARRATIVE_FUTURE_IS_NOT) continue;
      }
      // Accounts of a period (results due after it ends) are read in English words only.
      out.push({ sentence: s, start: markerAt, mention: m, period: r.period, due: r.period.to });
    }
  }
  return out;
}
