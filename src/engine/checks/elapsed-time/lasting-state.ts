import type { Article } from '../../article.js';
import type { Severity } from '../../report/schema.js';
import { formatDay, formatPeriod, formatSpan } from '../../time/calendar.js';
import { resolveDate } from '../../time/dates.js';
import { beginningsIn, stateClaims } from '../../time/state-claims.js';
import { allowedDays } from '../../time/durations.js';
import { capIfReported, externalEvidence, spanEvidence, withRoles } from '../../check-kit/evidence.js';
import type { CheckContext, Draft } from '../../check-kit/types.js';
import type { Id } from './meta.js';
import { overlaps } from './shared.js';

/** "Closed for 50 years" (in the headline, or the text) against "the market shut down in 1948", in a 2020 article. */
export function lastingStates(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  const out: Array<Draft<Id>> = [];
  const p = ctx.published[0];
  if (!p) return out;
  const title = article.title?.trim();
  for (const claim of stateClaims(article)) {
    const own = claim.at && article.sentenceAt(claim.at.start);
    const beginnings = beginningsIn(article, claim.kind).filter(
      (m) => !claim.kind.sameSentence || (own && article.sentenceAt(m.start) === own),
    );
    const dated = beginnings.flatMap((m) => {
      const r = resolveDate(m, null, false);
      return r ? [{ m, period: r.period }] : [];
    });
    // Two beginnings years apart: the text is not pointing at one moment.
    if (!dated.length || dated.some((d) => d.period.to < dated[0]!.period.from || d.period.from > dated[0]!.period.to))
      continue;
    const anchor = dated[0]!;
    // How long talks "have dragged on" is said loosely ("18 months" of 17): read as "about", and never high.
    const loose = claim.kind.sameSentence === true;
    const [lo, hi] = allowedDays(loose ? { ...claim.duration, hedge: 'approx' } : claim.duration);
    if (ctx.published.some((q) => overlaps(q.day - anchor.period.to, q.day - anchor.period.from, lo, hi))) continue;
    const same = claim.at !== null && article.sentenceAt(claim.at.start) === article.sentenceAt(anchor.m.start);
    const base: Severity =
      same && !loose && claim.duration.hedge === 'exact' && !claim.duration.vague ? 'high' : 'medium';
    out.push({
      severity: claim.at ? capIfReported(article, claim.at.start, claim.at.end, base) : base,
      messageId: 'stateSince',
      data: {
        claim: claim.text,
        where:
          !claim.at || (title !== undefined && article.sentenceAt(claim.at.start)?.text === title)
            ? 'the headline'
            : 'the text',
        beginning: claim.kind.beginning,
        anchor: formatPeriod(anchor.period),
        actual: formatSpan(p.day - anchor.period.to, p.day - anchor.period.from, claim.duration.unit),
        published: formatDay(p.day),
      },
      evidence: withRoles(
        claim.at
          ? spanEvidence(article, claim.at.start, claim.at.end)
          : externalEvidence(claim.text, `the headline: ${title}`),
        spanEvidence(article, anchor.m.start, anchor.m.end),
      ),
    });
  }
  return out;
}
