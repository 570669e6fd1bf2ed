import type { Article } from '../../article.js';
import { formatDay, formatPeriod } from '../../time/calendar.js';
import { resolveDate } from '../../time/dates.js';
import { periodAround, relativePeriodsIn } from '../../time/relative-periods.js';
import { capIfReported, spanEvidence, withRoles } from '../../check-kit/evidence.js';
import type { CheckContext, Draft } from '../../check-kit/types.js';
import type { Id } from './meta.js';
import { describePeriod, EDGE_DAYS } from './shared.js';

/**
 * "this year's 2019 conference" in a 2021 article; "the second raid this month, after the one on March 2"
 * dated April 9.
 */
export function relativePeriods(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  const out: Array<Draft<Id>> = [];
  const p = ctx.published[0];
  if (!p) return out;
  for (const s of article.sentences) {
    const mentions = article.mentionsIn(s);
    if (!mentions.length) continue;
    for (const rp of relativePeriodsIn(article, s, mentions)) {
      // "Last year's August 21 attack": a date without its year takes it from the words beside it: no contradiction.
      if (rp.unit === 'year' && rp.mention.year === undefined) continue;
      const r = resolveDate(rp.mention, p.day, rp.offset > 0);
      if (!r) continue;
      // Written a few days before it was published, "this month" may be the month before: told from any day
      // near the date, it fits.
      const edge = EDGE_DAYS[rp.unit];
      const fits = ctx.published.some((q) =>
        [q.day - edge, q.day, q.day + edge].some((day) => {
          const period = periodAround(day, rp.unit, rp.offset);
          return r.period.from <= period.to && r.period.to >= period.from;
        }),
      );
      if (fits) continue;
      const period = periodAround(p.day, rp.unit, rp.offset);
      out.push({
        severity: capIfReported(article, rp.start, rp.mention.end, r.yearInferred ? 'medium' : 'high'),
        messageId: 'relativePeriod',
        data: {
          phrase: article.text.slice(rp.start, rp.end),
          period: describePeriod(period, rp.unit),
          published: formatDay(p.day),
          date: formatPeriod(r.period),
        },
        evidence: withRoles(
          spanEvidence(article, rp.start, rp.end),
          spanEvidence(article, rp.mention.start, rp.mention.end),
        ),
      });
    }
  }
  return out;
}
