import type { Article } from '../article.js';
import type { Sentence } from '../text/sentences.js';
import { adjacentDate, mentionsIn, phraseAfter, phraseBefore, resolveEvent, type AnchorDate } from './anchors.js';
import type { Day } from './calendar.js';
import { resolveDate } from './dates.js';
import type { Duration } from './durations.js';

/**
 * What a span of time is counted from: "four years ago, in 2019" (a date beside it), "since the
 * mine closed in 2019" (a date after the anchor word) or "the invasion 11 months ago" (an event
 * the text dates elsewhere). `reference` supplies a missing year. Asked through
 * `article.anchorOf`, once per claim, so that the elapsed-time check and the clock read a claim
 * the same way.
 */
export function findAnchor(article: Article, s: Sentence, d: Duration, reference: Day | null): AnchorDate | null {
  if (d.anchor === 'ago') {
    const m = adjacentDate(article, s, d.start, d.anchorEnd);
    if (m) {
      const r = resolveDate(m, reference, false);
      return r ? { period: r.period, mention: m, yearInferred: r.yearInferred } : null;
    }
    return resolveEvent(article, phraseBefore(article, s, d.start), s, reference);
  }
  const x = phraseAfter(article, s, d.anchorEnd);
  const m = mentionsIn(article, s).find((mm) => mm.start >= d.anchorEnd && mm.end <= x.end + 1);
  if (m) {
    const r = resolveDate(m, reference, false);
    return r ? { period: r.period, mention: m, yearInferred: r.yearInferred } : null;
  }
  const head = x.text.match(/^\s*((?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+/i)?.[0] ?? '';
  return resolveEvent(article, head.replace(/\s+(?:began|started|ended|was|were|had).*$/i, ''), s, reference);
}

/** "ago", "since" and "into" count up to the moment of writing; the past perfect counts to a narrated moment. */
export function countsToWriting(s: Sentence, d: Duration): boolean {
  if (d.anchor === 'ago' || d.anchor === 'into') return true;
  return d.anchor === 'since' && !/\bhad\b/i.test(s.text);
}

/** "The bridge, opened in 1932": the verb that dates a thing's beginning, right before the date. */
export const FOUNDED =
  /\b(?:opened|built|founded|established|constructed|completed|erected|launched|created|inaugurated|dedicated|set\s+up|formed|started|introduced|unveiled|dating\s+(?:back\s+)?(?:to|from)|since)\s+(?:in\s+)?$/i;
