import type { Article } from '../../article.js';
import { anchorOf, countsToWritingIn } from '../../lang/reading.js';
import { formatDay, formatSpan } from '../../time/calendar.js';
import { allowedDays, type Duration } from '../../time/durations.js';
import type { Sentence } from '../../text/sentences.js';
import { describeWhen } from '../../knowledge/index-pack.js';
import { spanEvidence, withRoles } from '../../check-kit/evidence.js';
import type { CheckContext, Draft } from '../../check-kit/types.js';
import { lowerBoundOf } from '../../time/lower-bound.js';
import type { Id } from './meta.js';
import {
  anchorText,
  claimOf,
  describeAnchor,
  overlaps,
  periodsOf,
  reference,
  severityOf,
  WRITING_LEAD_DAYS,
} from './shared.js';

/** "the invasion 11 months ago", "22 months since the invasion", "two years into the war". */
export function sinceClaim(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft<Id> | null {
  if (!countsToWritingIn(article, s, d)) return null;
  const a = anchorOf(article, s, d, reference(ctx), ctx.knowledge);
  if (!a) return null;
  const [lo, hi] = allowedDays(d);
  const sameSentence = a.mention.start >= s.start && a.mention.end <= s.end;
  const claim = spanEvidence(article, d.start, d.anchorEnd);
  const anchor = sameSentence ? [] : [spanEvidence(article, a.mention.start, a.mention.end)];
  if (ctx.published.length) {
    const fits = periodsOf(a).some((period) =>
      ctx.published.some((p) => overlaps(p.day - period.to - WRITING_LEAD_DAYS, p.day - period.from, lo, hi)),
    );
    if (fits) return null;
    const p = ctx.published[0]!;
    const actual = formatSpan(p.day - a.period.to, p.day - a.period.from, d.unit);
    return {
      severity: severityOf(article, d, a, sameSentence, 'high'),
      ...(a.pack
        ? {
            messageId: 'sincePack' as const,
            data: {
              event: a.event ?? '',
              when: describeWhen(a.pack),
              wikipedia: a.pack.wikipedia,
              published: formatDay(p.day),
              actual,
              claim: claimOf(d),
            },
          }
        : {
            messageId: 'sincePublication' as const,
            data: { anchor: describeAnchor(a), published: formatDay(p.day), actual, claim: claimOf(d) },
          }),
      evidence: withRoles(claim, ...anchor),
    };
  }
  const bound = lowerBoundOf(article);
  if (!bound || a.period.to + hi >= bound.day - 31) return null;
  const evidence = withRoles(claim, ...anchor, spanEvidence(article, bound.mention.start, bound.mention.end));
  return {
    severity: 'low',
    messageId: 'sinceNarrated',
    data: {
      claim: claimOf(d),
      anchor: anchorText(a),
      before: formatDay(a.period.to + Math.ceil(hi)),
      narrated: bound.mention.text,
    },
    evidence,
  };
}
