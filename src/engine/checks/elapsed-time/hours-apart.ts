import type { Article } from '../../article.js';
import { formatPeriod } from '../../time/calendar.js';
import { resolveDate } from '../../time/dates.js';
import { hoursApart } from '../../time/sequence.js';
import { capIfReported, spanEvidence } from '../../check-kit/evidence.js';
import type { CheckContext, Draft } from '../../check-kit/types.js';
import type { Id } from './meta.js';
import { reference } from './shared.js';

/** "Hours earlier, on May 2, 2017, police raided the house" after "The blast hit on June 3, 2019": hours, not years. */
export function eventsHoursApart(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  return hoursApart(article).flatMap((h) => {
    const a = resolveDate(h.mention, reference(ctx), false);
    const b = resolveDate(h.before, reference(ctx), false);
    // A day's slack: hours across midnight, or across time zones.
    if (!a || !b || Math.abs(a.period.from - b.period.from) <= 1) return [];
    const inferred = a.yearInferred || b.yearInferred;
    return [
      {
        severity: capIfReported(article, h.start, h.end, inferred ? 'low' : 'medium'),
        messageId: 'hoursApart' as const,
        data: {
          phrase: article.text.slice(h.start, h.end),
          date: formatPeriod(a.period),
          before: formatPeriod(b.period),
          days: Math.abs(a.period.from - b.period.from),
        },
        evidence: [h, h.mention, h.before].map((e) => spanEvidence(article, e.start, e.end)),
      },
    ];
  });
}
