import type { Article } from '../article.js';
import type { Severity } from '../report/schema.js';
import { mentionsIn, phraseAfter, resolveEvent, type AnchorDate } from '../time/anchors.js';
import { countsToWriting, FOUNDED } from '../time/elapsed-claims.js';
import { DAYS_PER, formatDay, formatPeriod, formatSpan, yearOf, type Day } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import { allowedDays, type Duration } from '../time/durations.js';
import { parseOrdinal, ORDINAL_SOURCE } from '../time/numbers.js';
import { hasFutureMarker, isConditional } from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import { describeWhen } from '../knowledge/index-pack.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckContext, CheckMeta, Draft } from '../check-kit/types.js';

const messages = {
  sincePublication: 'The text dates {{anchor}} and the article to {{published}}, which is {{actual}} later, not {{claim}}.',
  sincePack: 'The knowledge pack dates the {{event}} to {{when}} (Wikipedia: "{{wikipedia}}") and the article is dated {{published}}, {{actual}} later, not {{claim}}.',
  sinceNarrated: 'Counting {{claim}} from {{anchor}} puts the writing before {{before}}, yet the text narrates {{narrated}} as past. No publication date was found.',
  afterLatest: '{{claim}} after {{anchor}} is {{implied}}, later than the article itself ({{latest}}).',
  ageOfThing: 'Dated to {{origin}}, it was {{actual}} old on {{published}}, not {{claim}}.',
  anniversary: 'The {{ordinal}} anniversary of {{origin}} falls in {{implied}}, but the text places it at {{placed}}.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'elapsed-time',
  title: 'Elapsed time does not add up',
  description: 'A span of time ("11 months ago", "seven years after", "the 30th anniversary") disagrees with the dates the article itself gives.',
  messages,
};

/**
 * "N units ago / since X / into X / after X", anniversaries and the ages of things, checked
 * against the dates the text itself gives and the publication date.
 */
export const elapsedTime: Check<Id> = {
  meta,
  run(article, ctx) {
    const out: Array<Draft<Id>> = [];
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
function sinceClaim(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft<Id> | null {
  if (!countsToWriting(s, d)) return null;
  const a = article.anchorOf(s, d, reference(ctx), ctx.knowledge);
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
      ...(a.pack
        ? { messageId: 'sincePack' as const, data: { event: a.event ?? '', when: describeWhen(a.pack), wikipedia: a.pack.wikipedia, published: formatDay(p.day), actual, claim: d.text.trim() } }
        : { messageId: 'sincePublication' as const, data: { anchor: describeAnchor(a), published: formatDay(p.day), actual, claim: d.text.trim() } }),
      evidence,
    };
  }
  const bound = article.writtenNoEarlierThan;
  if (!bound || a.period.to + hi >= bound.day - 31) return null;
  evidence.push(spanEvidence(article, bound.mention.start, bound.mention.end));
  return {
    severity: 'low',
    messageId: 'sinceNarrated',
    data: { claim: d.text.trim(), anchor: anchorText(a), before: formatDay(a.period.to + Math.ceil(hi)), narrated: bound.mention.text },
    evidence,
  };
}

/** "Seven years after the mine closed in 2019": a moment that had not come when the article was written. */
function afterClaim(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft<Id> | null {
  if (ctx.latest === null || hasFutureMarker(s.text) || isConditional(s.text)) return null;
  const a = article.anchorOf(s, d, reference(ctx), ctx.knowledge);
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
    messageId: 'afterLatest',
    data: { claim: cap(d.text.trim()), anchor: anchorText(a), implied: yearOf(implied), latest: formatDay(ctx.latest) },
    evidence,
  };
}


/** "The bridge, opened in 1932, is 80 years old." */
function ageOfThing(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft<Id> | null {
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
    messageId: 'ageOfThing',
    data: { origin: formatPeriod(r.period), actual: formatSpan(p.day - r.period.to, p.day - r.period.from, 'year'), published: formatDay(p.day), claim: d.text.trim() },
    evidence: [spanEvidence(article, d.start, d.anchorEnd), spanEvidence(article, m.start, m.end)],
  };
}

const ANNIVERSARY = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+(?:anniversary|birthday|jubilee)\\b`, 'gi');

/** "the 30th anniversary of the fall of the Berlin Wall in November 1989", marked in a 2024 article. */
function anniversaries(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  const out: Array<Draft<Id>> = [];
  for (const s of article.sentences) {
    if (!/anniversar|birthday|jubilee/i.test(s.text)) continue; // what ANNIVERSARY needs, sought cheaply first
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
      const impliedYear = yearOf(anchor.period.from) + n;
      const refs: Array<{ year: number; label: string }> = dated
        .filter((x) => x.m !== anchor!.mention && x.r.period.from > anchor!.period.to)
        .map((x) => ({ year: yearOf(x.r.period.from), label: x.m.text }));
      const fromPublication = refs.length === 0;
      if (fromPublication) {
        for (const p of ctx.published) refs.push({ year: yearOf(p.day), label: formatDay(p.day) });
      }
      if (!refs.length) continue;
      const slack = fromPublication ? 1 : 0;
      if (refs.some((r) => Math.abs(r.year - impliedYear) <= slack)) continue;
      const evidence = [spanEvidence(article, start, end)];
      if (anchor.mention.start < s.start || anchor.mention.end > s.end) evidence.push(spanEvidence(article, anchor.mention.start, anchor.mention.end));
      out.push({
        severity: capIfReported(article, start, end, fromPublication || anchor.event ? 'medium' : 'high'),
        messageId: 'anniversary',
        data: { ordinal: match[1]!, origin: formatPeriod(anchor.period), implied: impliedYear, placed: refs[0]!.label },
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
