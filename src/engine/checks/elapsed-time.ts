import type { Article } from '../article.js';
import type { Severity } from '../report/schema.js';
import { mentionsIn, phraseAfter, resolveEvent, type AnchorDate } from '../time/anchors.js';
import { anchorOf, countsToWriting, FOUNDED } from '../time/elapsed-claims.js';
import { DAYS_PER, formatDay, formatPeriod, formatSpan, type Day } from '../time/calendar.js';
import { writtenNoEarlierThan } from '../time/lower-bound.js';
import { resolveDate } from '../time/dates.js';
import { allowedDays, type Duration } from '../time/durations.js';
import { parseOrdinal, ORDINAL_SOURCE } from '../time/numbers.js';
import { hasFutureMarker, isConditional } from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import { capIfReported, spanEvidence } from './evidence.js';
import { named } from './catalogue.js';
import { describeWhen } from '../knowledge/index-pack.js';
import type { Check, CheckContext, Draft } from './types.js';

/**
 * "N units ago / since X / into X / after X", anniversaries and the ages of things, checked
 * against the dates the text itself gives and the publication date.
 */
export const elapsedTime: Check = {
  ...named('elapsed-time'),
  run(article, ctx) {
    const out: Draft[] = [];
    for (const d of article.durations) {
      const s = article.sentenceAt(d.start);
      if (!s) continue;
      const draft =
        d.anchor === 'ago' || d.anchor === 'since' || d.anchor === 'into'
          ? sinceClaim(article, ctx, s, d)
          : d.anchor === 'after'
            ? afterClaim(article, ctx, s, d)
            : d.anchor === 'old'
              ? ageOfThing(article, ctx, s, d)
              : null;
      if (draft) out.push(draft);
    }
    out.push(...anniversaries(article, ctx));
    return out;
  },
};

const reference = (ctx: CheckContext): Day | null => ctx.published[0]?.day ?? null;

function severityOf(article: Article, d: Duration, a: AnchorDate, sameSentence: boolean, base: Severity): Severity {
  // An anchor in another sentence, an inferred year, a hedge, a vague amount or a date from the pack makes it likely, not proven.
  const loose = !sameSentence || a.yearInferred || d.vague || d.hedge !== 'exact' || a.pack !== undefined;
  return capIfReported(article, d.start, d.end, loose && base === 'high' ? 'medium' : base);
}

const describeAnchor = (a: AnchorDate) => (a.event ? `the ${a.event} to ${formatPeriod(a.period)}` : formatPeriod(a.period));
/** A date from the knowledge pack says so, with its source. */
const anchorText = (a: AnchorDate) =>
  a.pack ? `${describeWhen(a.pack)} (the knowledge pack's date for ${a.event}; Wikipedia: "${a.pack.wikipedia}")` : formatPeriod(a.period);

/** "the invasion 11 months ago", "22 months since the invasion", "two years into the war". */
function sinceClaim(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft | null {
  if (!countsToWriting(s, d)) return null;
  const a = anchorOf(article, s, d, reference(ctx), ctx.knowledge);
  if (!a) return null;
  const [lo, hi] = allowedDays(d);
  const sameSentence = a.mention.start >= s.start && a.mention.end <= s.end;
  const evidence = [spanEvidence(article, d.start, d.anchorEnd)];
  if (!sameSentence) evidence.push(spanEvidence(article, a.mention.start, a.mention.end));
  if (ctx.published.length) {
    const fits = ctx.published.some((p) => overlaps(p.day - a.period.to, p.day - a.period.from, lo, hi));
    if (fits) return null;
    const p = ctx.published[0]!;
    const actual = formatSpan(p.day - a.period.to, p.day - a.period.from, d.unit);
    return {
      severity: severityOf(article, d, a, sameSentence, 'high'),
      message: a.pack
        ? `The knowledge pack dates the ${a.event} to ${describeWhen(a.pack)} (Wikipedia: "${a.pack.wikipedia}") and the article is dated ${formatDay(p.day)}, ${actual} later, not ${d.text.trim()}.`
        : `The text dates ${describeAnchor(a)} and the article to ${formatDay(p.day)}, which is ${actual} later, not ${d.text.trim()}.`,
      evidence,
    };
  }
  const bound = writtenNoEarlierThan(article);
  if (!bound || a.period.to + hi >= bound.day - 31) return null;
  evidence.push(spanEvidence(article, bound.mention.start, bound.mention.end));
  return {
    severity: 'low',
    message: `Counting ${d.text.trim()} from ${anchorText(a)} puts the writing before ${formatDay(a.period.to + Math.ceil(hi))}, yet the text narrates ${bound.mention.text} as past. No publication date was found.`,
    evidence,
  };
}

/** "Seven years after the mine closed in 2019": a moment that had not come when the article was written. */
function afterClaim(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft | null {
  if (ctx.latest === null || hasFutureMarker(s.text) || isConditional(s.text)) return null;
  const a = anchorOf(article, s, d, reference(ctx), ctx.knowledge);
  // A lasting event ("the pandemic") has an end this does not model: "after" it counts from that end.
  if (!a || a.pack?.lasting) return null;
  const [lo] = allowedDays(d);
  const earliest = a.period.from + lo;
  if (earliest <= ctx.latest + 31) return null;
  const sameSentence = a.mention.start >= s.start && a.mention.end <= s.end;
  const evidence = [spanEvidence(article, d.start, d.anchorEnd)];
  if (!sameSentence) evidence.push(spanEvidence(article, a.mention.start, a.mention.end));
  const implied = Math.round((a.period.from + a.period.to) / 2 + d.value * DAYS_PER[d.unit]);
  return {
    severity: severityOf(article, d, a, sameSentence, 'high'),
    message: `${cap(d.text.trim())} after ${anchorText(a)} is ${formatPeriod({ from: implied, to: implied, precision: 'year' })}, later than the article itself (${formatDay(ctx.latest)}).`,
    evidence,
  };
}


/** "The bridge, opened in 1932, is 80 years old." */
function ageOfThing(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft | null {
  if (d.unit !== 'year' || /\bborn\b/i.test(s.text)) return null;
  const m = mentionsIn(article, s).find((mm) => mm.year !== undefined && FOUNDED.test(article.text.slice(s.start, mm.start)));
  if (!m) return null;
  const r = resolveDate(m, null, false);
  if (!r || !ctx.published.length) return null;
  const [lo, hi] = allowedDays(d);
  if (ctx.published.some((p) => overlaps(p.day - r.period.to, p.day - r.period.from, lo, hi))) return null;
  const p = ctx.published[0]!;
  return {
    severity: capIfReported(article, d.start, d.end, d.hedge === 'exact' ? 'high' : 'medium'),
    message: `Dated to ${formatPeriod(r.period)}, it was ${formatSpan(p.day - r.period.to, p.day - r.period.from, 'year')} old on ${formatDay(p.day)}, not ${d.text.trim()}.`,
    evidence: [spanEvidence(article, d.start, d.anchorEnd), spanEvidence(article, m.start, m.end)],
  };
}

const ANNIVERSARY = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+(?:anniversary|birthday|jubilee)\\b`, 'gi');

/** "the 30th anniversary of the fall of the Berlin Wall in November 1989", marked in a 2024 article. */
function anniversaries(article: Article, ctx: CheckContext): Draft[] {
  const out: Draft[] = [];
  for (const s of article.sentences) {
    for (const match of s.text.matchAll(ANNIVERSARY)) {
      const n = parseOrdinal(match[1]!);
      if (!n || n > 500) continue;
      const start = s.start + match.index!;
      const end = start + match[0].length;
      const dated = mentionsIn(article, s)
        .map((m) => ({ m, r: resolveDate(m, reference(ctx), hasFutureMarker(s.text)) }))
        .filter((x): x is { m: typeof x.m; r: NonNullable<typeof x.r> } => x.r !== null);
      const origin = dated.filter((x) => x.m.year !== undefined).sort((a, b) => a.r.period.from - b.r.period.from)[0];
      let anchor: AnchorDate | null = origin ? { period: origin.r.period, mention: origin.m, yearInferred: false } : null;
      if (!anchor) {
        const of = phraseAfter(article, s, end).text.replace(/^\s*of\s+/i, '');
        anchor = of ? resolveEvent(article, of.split(/\s+(?:in|on|at)\s+/)[0] ?? of, s, reference(ctx)) : null;
      }
      if (!anchor) continue;
      const impliedYear = new Date(anchor.period.from * 86_400_000).getUTCFullYear() + n;
      const refs: Array<{ year: number; label: string }> = dated
        .filter((x) => x.m !== anchor!.mention && x.r.period.from > anchor!.period.to)
        .map((x) => ({ year: new Date(x.r.period.from * 86_400_000).getUTCFullYear(), label: x.m.text }));
      const fromPublication = refs.length === 0;
      if (fromPublication) {
        for (const p of ctx.published) refs.push({ year: new Date(p.day * 86_400_000).getUTCFullYear(), label: formatDay(p.day) });
      }
      if (!refs.length) continue;
      const slack = fromPublication ? 1 : 0;
      if (refs.some((r) => Math.abs(r.year - impliedYear) <= slack)) continue;
      const evidence = [spanEvidence(article, start, end)];
      if (anchor.mention.start < s.start || anchor.mention.end > s.end) evidence.push(spanEvidence(article, anchor.mention.start, anchor.mention.end));
      out.push({
        severity: capIfReported(article, start, end, fromPublication || anchor.event ? 'medium' : 'high'),
        message: `The ${match[1]} anniversary of ${formatPeriod(anchor.period)} falls in ${impliedYear}, but the text places it at ${refs[0]!.label}.`,
        evidence,
      });
    }
  }
  return out;
}

function overlaps(aLo: number, aHi: number, bLo: number, bHi: number): boolean {
  return aLo <= bHi && bLo <= aHi;
}

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
