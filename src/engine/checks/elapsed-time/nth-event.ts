import type { Article } from '../../article.js';
import { formatDay, formatPeriod } from '../../time/calendar.js';
import { resolveDate } from '../../time/dates.js';
import { periodAround } from '../../time/relative-periods.js';
import { nthInPeriod } from '../../time/sequence.js';
import { capIfReported, spanEvidence } from '../../check-kit/evidence.js';
import type { CheckContext, Draft } from '../../check-kit/types.js';
import type { Id } from './meta.js';
import { describePeriod, EDGE_DAYS } from './shared.js';

/** "The second raid this month" against "the first raid, on March 2", in an article of August 9. */
export function nthEvents(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  const p = ctx.published[0];
  if (!p) return [];
  return nthInPeriod(article).flatMap((n) => {
    const r = resolveDate(n.previous, p.day, false);
    if (!r) return [];
    const edge = EDGE_DAYS[n.unit];
    const fits = ctx.published.some((q) =>
      [q.day - edge, q.day, q.day + edge].some((day) => {
        const period = periodAround(day, n.unit, 0);
        return r.period.from <= period.to && r.period.to >= period.from;
      }),
    );
    if (fits) return [];
    return [
      {
        severity: capIfReported(article, n.start, n.end, 'medium'),
        messageId: 'nthInPeriod' as const,
        data: {
          phrase: article.text.slice(n.start, n.end),
          period: describePeriod(periodAround(p.day, n.unit, 0), n.unit),
          published: formatDay(p.day),
          date: formatPeriod(r.period),
        },
        evidence: [spanEvidence(article, n.start, n.end), spanEvidence(article, n.previous.start, n.previous.end)],
      },
    ];
  });
}
