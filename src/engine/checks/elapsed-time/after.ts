import type { Article } from '../../article.js';
import { anchorOf } from '../../lang/reading.js';
import { DAYS_PER, formatDay, yearOf } from '../../time/calendar.js';
import { allowedDays, type Duration } from '../../time/durations.js';
import { hasFutureMarker, isConditional } from '../../text/tense.js';
import type { Sentence } from '../../text/sentences.js';
import { spanEvidence, withRoles } from '../../check-kit/evidence.js';
import type { CheckContext, Draft } from '../../check-kit/types.js';
import type { Id } from './meta.js';
import { anchorText, cap, periodsOf, reference, severityOf } from './shared.js';

/** "Seven years after the mine closed in 2019": a moment that had not come when the article was written. */
export function afterClaim(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft<Id> | null {
  if (ctx.latest === null || hasFutureMarker(s.text) || isConditional(s.text)) return null;
  const a = anchorOf(article, s, d, reference(ctx), ctx.knowledge);
  // A lasting event ("the pandemic") has an end this does not model: "after" it counts from that end.
  if (!a || a.pack?.lasting) return null;
  const [lo] = allowedDays(d);
  const earliest = Math.min(...periodsOf(a).map((p) => p.from)) + lo;
  if (earliest <= ctx.latest + 31) return null;
  const sameSentence = a.mention.start >= s.start && a.mention.end <= s.end;
  const anchor = sameSentence ? [] : [spanEvidence(article, a.mention.start, a.mention.end)];
  const evidence = withRoles(spanEvidence(article, d.start, d.anchorEnd), ...anchor);
  const implied = Math.round((a.period.from + a.period.to) / 2 + d.value * DAYS_PER[d.unit]);
  return {
    severity: severityOf(article, d, a, sameSentence, 'high'),
    messageId: 'afterLatest',
    data: { claim: cap(d.text.trim()), anchor: anchorText(a), implied: yearOf(implied), latest: formatDay(ctx.latest) },
    evidence,
  };
}
