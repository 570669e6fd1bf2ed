import type { Article } from '../article.js';
import type { Severity } from '../report/schema.js';
import { mentionsIn, phraseAfter, resolveEvent, type AnchorDate } from '../time/anchors.js';
import { countsFromSentenceBefore, countsToWriting, FOUNDED, ORIGIN } from '../time/elapsed-claims.js';
import { DAYS_PER, formatDay, formatPeriod, formatSpan, shiftYears, yearOf, type Day, type Period } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import { periodAround, relativePeriodsIn } from '../time/relative-periods.js';
import { hoursApart, nthInPeriod } from '../time/sequence.js';
import { beginningsIn, stateClaims } from '../time/state-claims.js';
import { allowedDays, type Duration } from '../time/durations.js';
import { parseOrdinal, ORDINAL_SOURCE } from '../time/numbers.js';
import { hasFutureMarker, isConditional } from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import { describeWhen } from '../knowledge/index-pack.js';
import { eventStartingAt } from '../knowledge/events.js';
import { capIfReported, externalEvidence, spanEvidence, withRoles } from '../check-kit/evidence.js';
import { tailOf } from '../text/tail.js';
import type { Check, CheckContext, CheckMeta, Draft } from '../check-kit/types.js';

const messages = {
  sincePublication: 'The text dates {{anchor}} and the article to {{published}}, which is {{actual}} later, not {{claim}}.',
  sincePack: 'The knowledge pack dates the {{event}} to {{when}} (Wikipedia: "{{wikipedia}}") and the article is dated {{published}}, {{actual}} later, not {{claim}}.',
  sinceNarrated: 'Counting {{claim}} from {{anchor}} puts the writing before {{before}}, yet the text narrates {{narrated}} as past. No publication date was found.',
  afterLatest: '{{claim}} after {{anchor}} is {{implied}}, later than the article itself ({{latest}}).',
  ageOfThing: 'Dated to {{origin}}, it was {{actual}} old on {{published}}, not {{claim}}.',
  anniversary: 'The {{ordinal}} anniversary of {{origin}} falls in {{implied}}, but the text places it at {{placed}}.',
  stateSince: '"{{claim}}" ({{where}}), but the text dates {{beginning}} to {{anchor}}: {{actual}} before the article ({{published}}).',
  relativePeriod: '"{{phrase}}" is {{period}} by the article\'s date ({{published}}), but the text dates it {{date}}.',
  hoursApart:
    '"{{phrase}}" puts two events hours apart, but the text dates them {{date}} and {{before}}, {{days}} days apart.',
  nthInPeriod:
    '"{{phrase}}" puts the one before it in {{period}} (the article is dated {{published}}), ' +
    'but the text dates it {{date}}.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'elapsed-time',
  title: 'Elapsed time does not add up',
  description: 'A span of time ("11 months ago", "seven years after", "the 30th anniversary") disagrees with the dates the article itself gives.',
  messages,
  languages: ['en'],
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
      // "Six years after X, the city is still ..." counts to the writing too: checked so when it does not land after the article.
      const draft =
        d.anchor === 'ago' || d.anchor === 'since' || d.anchor === 'into' || countsFromSentenceBefore(d)
          ? sinceClaim(article, ctx, s, d)
          : d.anchor === 'after'
            ? afterClaim(article, ctx, s, d) ?? (countsToWriting(s, d) ? sinceClaim(article, ctx, s, d) : null)
            : d.anchor === 'old'
              ? ageOfThing(article, ctx, s, d)
              : null;
      if (draft) out.push(draft);
    }
    out.push(...anniversaries(article, ctx), ...relativePeriods(article, ctx), ...lastingStates(article, ctx));
    out.push(...eventsHoursApart(article, ctx), ...nthEvents(article, ctx));
    return out;
  },
};

const reference = (ctx: CheckContext): Day | null => ctx.published[0]?.day ?? null;

function severityOf(article: Article, d: Duration, a: AnchorDate, sameSentence: boolean, base: Severity): Severity {
  // An anchor in another sentence, an inferred year, a hedge, a vague amount or a date from the pack makes it likely, not proven.
  const loose = !sameSentence || a.yearInferred || d.vague || d.hedge !== 'exact' || a.pack !== undefined;
  // "Ten years later" counts from the sentence before, which may date a side clause or tell a plot in the present: worth a look, no more.
  if (countsFromSentenceBefore(d)) return 'low';
  return capIfReported(article, d.start, d.end, loose && base === 'high' ? 'medium' : base);
}

/** A date written without its year may be of the year before or after the one inferred: the claim holds if any of them fits. */
function periodsOf(a: AnchorDate): Period[] {
  if (!a.yearInferred) return [a.period];
  return [a.period, shiftYears(a.period, -1), shiftYears(a.period, 1)].filter((p): p is Period => p !== null);
}

/** Where the date came from: the event it dates, and the name the dating sentence gives it when that is another. */
const describeAnchor = (a: AnchorDate) =>
  a.event ? `the ${a.event} to ${formatPeriod(a.period)}${a.namedAs ? ` (as "the ${a.namedAs}", in another sentence)` : ''}` : formatPeriod(a.period);
/** A date from the knowledge pack says so, with its source. */
const anchorText = (a: AnchorDate) =>
  a.pack ? `${describeWhen(a.pack)} (the knowledge pack's date for ${a.event}; Wikipedia: "${a.pack.wikipedia}")` : formatPeriod(a.period);

/** A text counts to when it was written, which may be a weekend before the date it was published on. */
const WRITING_LEAD_DAYS = 3;

/** "the invasion 11 months ago", "22 months since the invasion", "two years into the war". */
function sinceClaim(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft<Id> | null {
  if (!countsToWriting(s, d)) return null;
  const a = article.anchorOf(s, d, reference(ctx), ctx.knowledge);
  if (!a) return null;
  const [lo, hi] = allowedDays(d);
  const sameSentence = a.mention.start >= s.start && a.mention.end <= s.end;
  const claim = spanEvidence(article, d.start, d.anchorEnd);
  const anchor = sameSentence ? [] : [spanEvidence(article, a.mention.start, a.mention.end)];
  if (ctx.published.length) {
    const fits = periodsOf(a).some((period) => ctx.published.some((p) => overlaps(p.day - period.to - WRITING_LEAD_DAYS, p.day - period.from, lo, hi)));
    if (fits) return null;
    const p = ctx.published[0]!;
    const actual = formatSpan(p.day - a.period.to, p.day - a.period.from, d.unit);
    return {
      severity: severityOf(article, d, a, sameSentence, 'high'),
      ...(a.pack
        ? { messageId: 'sincePack' as const, data: { event: a.event ?? '', when: describeWhen(a.pack), wikipedia: a.pack.wikipedia, published: formatDay(p.day), actual, claim: claimOf(d) } }
        : { messageId: 'sincePublication' as const, data: { anchor: describeAnchor(a), published: formatDay(p.day), actual, claim: claimOf(d) } }),
      evidence: withRoles(claim, ...anchor),
    };
  }
  const bound = article.writtenNoEarlierThan;
  if (!bound || a.period.to + hi >= bound.day - 31) return null;
  const evidence = withRoles(claim, ...anchor, spanEvidence(article, bound.mention.start, bound.mention.end));
  return {
    severity: 'low',
    messageId: 'sinceNarrated',
    data: { claim: claimOf(d), anchor: anchorText(a), before: formatDay(a.period.to + Math.ceil(hi)), narrated: bound.mention.text },
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


/** "The bridge, opened in 1932, is 80 years old." */
/** "62-year-old Gabor", "the 80-year-old has said": an age before a name, or used as a noun, is a person's. */
const PERSONS_AGE_AFTER = /^\s*(?:\p{Lu}|(?:has|is|was|who|said)\b|[,.;:]|$)/u;

function ageOfThing(article: Article, ctx: CheckContext, s: Sentence, d: Duration): Draft<Id> | null {
  if (d.unit !== 'year' || /\bborn\b/i.test(s.text)) return null;
  const hyphenated = /-old$/i.test(article.text.slice(d.start, d.anchorEnd));
  if (hyphenated && PERSONS_AGE_AFTER.test(article.text.slice(d.anchorEnd, d.anchorEnd + 12))) return null;
  const m = mentionsIn(article, s).find(
    (mm) => mm.year !== undefined && FOUNDED.test(tailOf(article.text, s.start, mm.start)),
  );
  if (!m) return null;
  const r = resolveDate(m, null, false);
  if (!r || !ctx.published.length) return null;
  const [lo, hi] = allowedDays(d);
  if (ctx.published.some((p) => overlaps(p.day - r.period.to, p.day - r.period.from, lo, hi))) return null;
  const p = ctx.published[0]!;
  return {
    severity: capIfReported(article, d.start, d.end, d.hedge === 'exact' ? 'high' : 'medium'),
    messageId: 'ageOfThing',
    data: { origin: formatPeriod(r.period), actual: formatSpan(p.day - r.period.to, p.day - r.period.from, 'year'), published: formatDay(p.day), claim: claimOf(d) },
    evidence: withRoles(spanEvidence(article, d.start, d.anchorEnd), spanEvidence(article, m.start, m.end)),
  };
}

const within = (m: { start: number; end: number }, from: number, to: number) => m.start >= from && m.end <= to + 1;

/** "of the moon landing was celebrated in 2019": the "of" phrase ends where its sentence's verb begins. */
function beforeVerb(phrase: { text: string; end: number }, start: number): { text: string; end: number } {
  const verb = phrase.text.search(/\s(?:was|were|is|are|has|have|had|will|would|took|takes|came|comes|fell|falls)\b/i);
  return verb === -1 ? phrase : { text: phrase.text.slice(0, verb), end: start + verb };
}

const ANNIVERSARY = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+(?:anniversary|birthday|jubilee)\\b`, 'gi');

/** "the 30th anniversary of the fall of the Berlin Wall in November 1989", marked in a 2024 article. */
function anniversaries(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  const out: Array<Draft<Id>> = [];
  for (const s of article.sentences) {
    if (!/anniversar|birthday|jubilee/i.test(s.text)) continue; // what ANNIVERSARY needs, sought cheaply first
    // Read once per sentence, not once per anniversary in it.
    const future = hasFutureMarker(s.text);
    const dated = mentionsIn(article, s)
      .map((m) => ({ m, r: resolveDate(m, reference(ctx), future) }))
      .filter((x): x is { m: typeof x.m; r: NonNullable<typeof x.r> } => x.r !== null);
    const begins = new Map(dated.map((x) => [x.m, ORIGIN.test(tailOf(article.text, s.start, x.m.start))]));
    for (const match of s.text.matchAll(ANNIVERSARY)) {
      const n = parseOrdinal(match[1]!);
      if (!n || n > 500) continue;
      const start = s.start + match.index;
      const end = start + match[0].length;
      // The origin is what the anniversary is of: a date in its "of ..." phrase, or one the sentence dates a beginning by.
      // A date beside the anniversary itself ("a 50th anniversary tour in 2020") is when it is marked.
      const ofPhrase = beforeVerb(phraseAfter(article, s, end), end);
      const origin = dated
        .filter((x) => {
          const inOf = within(x.m, end, ofPhrase.end) && /^\s*of\b/i.test(article.text.slice(end, ofPhrase.end));
          return x.m.year !== undefined && (inOf || begins.get(x.m));
        })
        .sort((a, b) => a.r.period.from - b.r.period.from)[0];
      let anchor: AnchorDate | null = origin ? { period: origin.r.period, mention: origin.m, yearInferred: false } : null;
      if (!anchor) {
        const after = phraseAfter(article, s, end).text;
        const of = after.replace(/^\s*of\s+/i, '');
        anchor = of ? resolveEvent(article, of.split(/\s+(?:in|on|at)\s+/)[0] ?? of, s, reference(ctx)) : null;
        // "The tenth anniversary of the Fukushima disaster": an event the text never dates, the pack may.
        const ofAt = /^\s*of\s+/i.exec(after);
        if (!anchor && ofAt && ctx.knowledge) {
          anchor = eventStartingAt(article, s, end + ofAt[0].length, ctx.knowledge, reference(ctx));
        }
      }
      if (!anchor) continue;
      const impliedYear = yearOf(anchor.period.from) + n;
      const refs: Array<{ year: number; label: string }> = dated
        .filter((x) => x.m !== anchor.mention && x.r.period.from > anchor.period.to)
        .map((x) => ({ year: yearOf(x.r.period.from), label: x.m.text }));
      const fromPublication = refs.length === 0;
      if (fromPublication) {
        for (const p of ctx.published) refs.push({ year: yearOf(p.day), label: formatDay(p.day) });
      }
      if (!refs.length) continue;
      const slack = fromPublication ? 1 : 0;
      if (refs.some((r) => Math.abs(r.year - impliedYear) <= slack)) continue;
      const outside = anchor.mention.start < s.start || anchor.mention.end > s.end;
      const where = outside ? [spanEvidence(article, anchor.mention.start, anchor.mention.end)] : [];
      const evidence = withRoles(spanEvidence(article, start, end), ...where);
      out.push({
        severity: capIfReported(article, start, end, fromPublication || anchor.event ? 'medium' : 'high'),
        messageId: 'anniversary',
        data: {
          ordinal: match[1]!,
          origin: anchor.pack ? anchorText(anchor) : formatPeriod(anchor.period),
          implied: impliedYear,
          placed: refs[0]!.label,
        },
        evidence,
      });
    }
  }
  return out;
}

/** "Closed for 50 years" (in the headline, or the text) against "the market shut down in 1948", in a 2020 article. */
function lastingStates(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  const out: Array<Draft<Id>> = [];
  const p = ctx.published[0];
  if (!p) return out;
  const title = article.title?.trim();
  for (const claim of stateClaims(article)) {
    const own = claim.at && article.sentenceAt(claim.at.start);
    const beginnings = beginningsIn(article, claim.kind).filter((m) => !claim.kind.sameSentence || (own && article.sentenceAt(m.start) === own));
    const dated = beginnings.flatMap((m) => {
      const r = resolveDate(m, null, false);
      return r ? [{ m, period: r.period }] : [];
    });
    // Two beginnings years apart: the text is not pointing at one moment.
    if (!dated.length || dated.some((d) => d.period.to < dated[0]!.period.from || d.period.from > dated[0]!.period.to)) continue;
    const anchor = dated[0]!;
    // How long talks "have dragged on" is said loosely ("18 months" of 17): read as "about", and never high.
    const loose = claim.kind.sameSentence === true;
    const [lo, hi] = allowedDays(loose ? { ...claim.duration, hedge: 'approx' } : claim.duration);
    if (ctx.published.some((q) => overlaps(q.day - anchor.period.to, q.day - anchor.period.from, lo, hi))) continue;
    const same = claim.at !== null && article.sentenceAt(claim.at.start) === article.sentenceAt(anchor.m.start);
    const base: Severity = same && !loose && claim.duration.hedge === 'exact' && !claim.duration.vague ? 'high' : 'medium';
    out.push({
      severity: claim.at ? capIfReported(article, claim.at.start, claim.at.end, base) : base,
      messageId: 'stateSince',
      data: {
        claim: claim.text,
        where: !claim.at || (title !== undefined && article.sentenceAt(claim.at.start)?.text === title) ? 'the headline' : 'the text',
        beginning: claim.kind.beginning,
        anchor: formatPeriod(anchor.period),
        actual: formatSpan(p.day - anchor.period.to, p.day - anchor.period.from, claim.duration.unit),
        published: formatDay(p.day),
      },
      evidence: withRoles(
        claim.at ? spanEvidence(article, claim.at.start, claim.at.end) : externalEvidence(claim.text, `the headline: ${title}`),
        spanEvidence(article, anchor.m.start, anchor.m.end),
      ),
    });
  }
  return out;
}

/** Days between writing and publishing that a relative period allows: a story of December 31 may run on January 2. */
const EDGE_DAYS = { week: 1, month: 3, year: 7 } as const;

/** "this year's 2019 conference" in a 2021 article; "the second raid this month, after the one on March 2" dated April 9. */
function relativePeriods(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  const out: Array<Draft<Id>> = [];
  const p = ctx.published[0];
  if (!p) return out;
  for (const s of article.sentences) {
    const mentions = mentionsIn(article, s);
    if (!mentions.length) continue;
    for (const rp of relativePeriodsIn(article, s, mentions)) {
      // "Last year's August 21 attack": a date without its year takes it from the words beside it: no contradiction.
      if (rp.unit === 'year' && rp.mention.year === undefined) continue;
      const r = resolveDate(rp.mention, p.day, rp.offset > 0);
      if (!r) continue;
      // Written a few days before it was published, "this month" may be the month before: told from any day near the date, it fits.
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
        data: { phrase: article.text.slice(rp.start, rp.end), period: describePeriod(period, rp.unit), published: formatDay(p.day), date: formatPeriod(r.period) },
        evidence: withRoles(
          spanEvidence(article, rp.start, rp.end),
          spanEvidence(article, rp.mention.start, rp.mention.end),
        ),
      });
    }
  }
  return out;
}

const describePeriod = (p: Period, unit: 'week' | 'month' | 'year') =>
  unit === 'week' ? `the week of ${formatDay(p.from)} to ${formatDay(p.to)}` : formatPeriod(p);

function overlaps(aLo: number, aHi: number, bLo: number, bHi: number): boolean {
  return aLo <= bHi && bLo <= aHi;
}

/** The claim as quoted inside a message: "Barely a year" reads "barely a year" mid-sentence. */
const claimOf = (d: Duration) => d.text.trim().replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase());

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** "Hours earlier, on May 2, 2017, police raided the house" after "The blast hit on June 3, 2019": hours, not years. */
function eventsHoursApart(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  return hoursApart(article).flatMap((h) => {
    const a = resolveDate(h.mention, reference(ctx), false);
    const b = resolveDate(h.before, reference(ctx), false);
    // A day's slack: hours across midnight, or across time zones.
    if (!a || !b || Math.abs(a.period.from - b.period.from) <= 1) return [];
    const inferred = a.yearInferred || b.yearInferred;
    return [{
      severity: capIfReported(article, h.start, h.end, inferred ? 'low' : 'medium'),
      messageId: 'hoursApart' as const,
      data: {
        phrase: article.text.slice(h.start, h.end),
        date: formatPeriod(a.period),
        before: formatPeriod(b.period),
        days: Math.abs(a.period.from - b.period.from),
      },
      evidence: [h, h.mention, h.before].map((e) => spanEvidence(article, e.start, e.end)),
    }];
  });
}

/** "The second raid this month" against "the first raid, on March 2", in an article of August 9. */
function nthEvents(article: Article, ctx: CheckContext): Array<Draft<Id>> {
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
    return [{
      severity: capIfReported(article, n.start, n.end, 'medium'),
      messageId: 'nthInPeriod' as const,
      data: {
        phrase: article.text.slice(n.start, n.end),
        period: describePeriod(periodAround(p.day, n.unit, 0), n.unit),
        published: formatDay(p.day),
        date: formatPeriod(r.period),
      },
      evidence: [spanEvidence(article, n.start, n.end), spanEvidence(article, n.previous.start, n.previous.end)],
    }];
  });
}
