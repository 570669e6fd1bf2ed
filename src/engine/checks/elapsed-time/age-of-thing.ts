import type { Article } from '../../article.js';
import { FOUNDED } from '../../time/elapsed-claims.js';
import { formatDay, formatPeriod, formatSpan } from '../../time/calendar.js';
import { resolveDate } from '../../time/dates.js';
import { allowedDays, type Duration } from '../../time/durations.js';
import type { Sentence } from '../../text/sentences.js';
import { capIfReported, spanEvidence, withRoles } from '../../check-kit/evidence.js';
import { tailOf } from '../../text/tail.js';
import type { CheckContext, Draft } from '../../check-kit/types.js';
import type { Id } from './meta.js';
import { claimOf, overlaps } from './shared.js';

/** "The bridge, opened in 1932, is 80 years old." */
/** "62-year-old Gabor", "the 80-year-old has said": an age before a name, or used as a noun, is a person's. */
const PERSONS_AGE_AFTER = /^\s*(?:\p{Lu}|(?:has|is|was|who|said)\b|[,.;:]|$)/u;

export function ageOfThing(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft<Id> | null {
  if (d.unit !== 'year' || /\bborn\b/i.test(s.text)) return null;
  const hyphenated = /-old$/i.test(article.text.slice(d.start, d.anchorEnd));
  if (hyphenated && PERSONS_AGE_AFTER.test(article.text.slice(d.anchorEnd, d.anchorEnd + 12))) return null;
  const m = article
    .mentionsIn(s)
    .find((mm) => mm.year !== undefined && FOUNDED.test(tailOf(article.text, s.start, mm.start)));
  if (!m) return null;
  const r = resolveDate(m, null, false);
  if (!r || !ctx.published.length) return null;
  const [lo, hi] = allowedDays(d);
  if (ctx.published.some((p) => overlaps(p.day - r.period.to, p.day - r.period.from, lo, hi))) return null;
  const p = ctx.published[0]!;
  return {
    severity: capIfReported(article, d.start, d.end, d.hedge === 'exact' ? 'high' : 'medium'),
    messageId: 'ageOfThing',
    data: {
      origin: formatPeriod(r.period),
      actual: formatSpan(p.day - r.period.to, p.day - r.period.from, 'year'),
      published: formatDay(p.day),
      claim: claimOf(d),
    },
    evidence: withRoles(spanEvidence(article, d.start, d.anchorEnd), spanEvidence(article, m.start, m.end)),
  };
}
