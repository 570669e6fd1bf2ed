import type { Article } from '../../article.js';
import { type AnchorDate, phraseAfter, resolveEvent } from '../../time/anchors.js';
import { ORIGIN } from '../../time/elapsed-claims.js';
import { formatDay, formatPeriod, yearOf } from '../../time/calendar.js';
import { resolveDate } from '../../time/dates.js';
import { ORDINAL_SOURCE, parseOrdinal } from '../../time/numbers.js';
import { hasFutureMarker } from '../../text/tense.js';
import { eventStartingAt } from '../../knowledge/events.js';
import { capIfReported, spanEvidence, withRoles } from '../../check-kit/evidence.js';
import { tailOf } from '../../text/tail.js';
import type { CheckContext, Draft } from '../../check-kit/types.js';
import type { Id } from './meta.js';
import { anchorText, reference } from './shared.js';

const within = (m: { start: number; end: number }, from: number, to: number) => m.start >= from && m.end <= to + 1;

/** "of the moon landing was celebrated in 2019": the "of" phrase ends where its sentence's verb begins. */
function beforeVerb(phrase: { text: string; end: number }, start: number): { text: string; end: number } {
  const verb = phrase.text.search(/\s(?:was|were|is|are|has|have|had|will|would|took|takes|came|comes|fell|falls)\b/i);
  return verb === -1 ? phrase : { text: phrase.text.slice(0, verb), end: start + verb };
}

const ANNIVERSARY = new RegExp(`\\b(${ORDINAL_SOURCE})\\s+(?:anniversary|birthday|jubilee)\\b`, 'gi');

/** "the 30th anniversary of the fall of the Berlin Wall in November 1989", marked in a 2024 article. */
export function anniversaries(article: Article, ctx: CheckContext): Array<Draft<Id>> {
  const out: Array<Draft<Id>> = [];
  for (const s of article.sentences) {
    if (!/anniversar|birthday|jubilee/i.test(s.text)) continue; // what ANNIVERSARY needs, sought cheaply first
    // Read once per sentence, not once per anniversary in it.
    const future = hasFutureMarker(s.text);
    const dated = article
      .mentionsIn(s)
      .map((m) => ({ m, r: resolveDate(m, reference(ctx), future) }))
      .filter((x): x is { m: typeof x.m; r: NonNullable<typeof x.r> } => x.r !== null);
    const begins = new Map(dated.map((x) => [x.m, ORIGIN.test(tailOf(article.text, s.start, x.m.start))]));
    for (const match of s.text.matchAll(ANNIVERSARY)) {
      const n = parseOrdinal(match[1]!);
      if (!n || n > 500) continue;
      const start = s.start + match.index;
      const end = start + match[0].length;
      // The origin is what the anniversary is of: a date in its "of ..." phrase, or one the sentence dates a
      // beginning by.
      // A date beside the anniversary itself ("a 50th anniversary tour in 2020") is when it is marked.
      const ofPhrase = beforeVerb(phraseAfter(article, s, end), end);
      const origin = dated
        .filter((x) => {
          const inOf = within(x.m, end, ofPhrase.end) && /^\s*of\b/i.test(article.text.slice(end, ofPhrase.end));
          return x.m.year !== undefined && (inOf || begins.get(x.m));
        })
        .sort((a, b) => a.r.period.from - b.r.period.from)[0];
      let anchor: AnchorDate | null = origin
        ? { period: origin.r.period, mention: origin.m, yearInferred: false }
        : null;
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
