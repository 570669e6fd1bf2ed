import type { Article } from '../article.js';
import { eventEndingAt, eventStartingAt } from '../knowledge/events.js';
import type { Knowledge } from '../knowledge/index-pack.js';
import type { Sentence } from '../text/sentences.js';
import { adjacentDate, mentionsIn, phraseAfter, phraseBefore, resolveEvent, type AnchorDate } from './anchors.js';
import type { Day } from './calendar.js';
import { resolveDate } from './dates.js';
import type { Duration } from './durations.js';
import { isEventNoun } from '../lexicon/event-nouns.js';
import { hasFutureMarker, looksPast } from '../text/tense.js';

/**
 * What a span of time is counted from: "four years ago, in 2019" (a date beside it), "since the
 * mine closed in 2019" (a date after the anchor word) or "the invasion 11 months ago" (an event
 * the text dates elsewhere), and only then an event the knowledge pack dates ("the full-scale
 * invasion 11 months ago" in a text that never dates it). `reference` supplies a missing year.
 * Asked through `article.anchorOf`, once per claim, so that the elapsed-time check and the clock
 * read a claim the same way.
 */
/** "Ten years later", "ten years on": spans counted from the sentence before, not from their own words. */
export const countsFromSentenceBefore = (d: Duration): boolean => d.anchor === 'later' || d.anchor === 'on';

export function findAnchor(article: Article, s: Sentence, d: Duration, reference: Day | null, knowledge: Knowledge | null): AnchorDate | null {
  if (countsFromSentenceBefore(d)) return fromSentenceBefore(article, s, reference);
  return fromText(article, s, d, reference) ?? (knowledge && fromPack(article, s, d, reference, knowledge));
}

/** The text's own dates come first: the pack is asked only when they are silent. */
function fromPack(article: Article, s: Sentence, d: Duration, reference: Day | null, k: Knowledge): AnchorDate | null {
  if (d.anchor === 'ago') return eventEndingAt(article, s, d.start, k, reference);
  return eventStartingAt(article, s, d.anchorEnd, k, reference);
}

function fromText(article: Article, s: Sentence, d: Duration, reference: Day | null): AnchorDate | null {
  if (d.anchor === 'ago') {
    const m = adjacentDate(article, s, d.start, d.anchorEnd);
    if (m) {
      const r = resolveDate(m, reference, false);
      return r ? { period: r.period, mention: m, yearInferred: r.yearInferred } : null;
    }
    const phrase = phraseBefore(article, s, d.start);
    // "The 2019 takeover, agreed four months ago": an event the claim is about dates itself. A thing's year
    // ("the 2020 model, unveiled three months ago") is its name, not when anything happened.
    // The last word, tried only where a word starts: from every letter, a long run was read to its end each time.
    const head = /(?<![A-Za-z])([A-Za-z]+)\s*$/.exec(phrase.text)?.[1] ?? '';
    const own = isEventNoun(head) ? mentionsIn(article, s).find((mm) => mm.year !== undefined && mm.start >= phrase.start && mm.end <= phrase.start + phrase.text.length) : undefined;
    if (own) {
      const r = resolveDate(own, reference, false);
      return r ? { period: r.period, mention: own, yearInferred: r.yearInferred } : null;
    }
    return resolveEvent(article, phrase.text, s, reference);
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

/**
 * "The plant opened in 1998. Twenty-five years later, it employs 400": "later" and "on" count from the
 * sentence before, and only when it gives one date and the claim's own sentence none, so that there is no choosing which.
 */
function fromSentenceBefore(article: Article, s: Sentence, reference: Day | null): AnchorDate | null {
  // Claims of this kind are few: a search of the sentence list for each costs nothing worth an index.
  const before = article.sentences[article.sentences.indexOf(s) - 1];
  // The sentence before in the same paragraph (a dateline is a paragraph of its own), and none of the claim's own dates to choose from.
  if (!before || before.paragraph !== s.paragraph || mentionsIn(article, s).some((m) => m.year !== undefined)) return null;
  const mentions = mentionsIn(article, before);
  const dated = mentions.filter((m) => m.year !== undefined && !m.attributive);
  if (dated.length !== 1 || mentions.some((m) => m.year === undefined)) return null;
  const m = dated[0]!;
  const r = resolveDate(m, reference, false);
  return r ? { period: r.period, mention: m, yearInferred: r.yearInferred } : null;
}

/**
 * "ago", "since" and "into" count up to the moment of writing; the past perfect counts to a
 * narrated moment. "Six years after the hurricane, the city is still rebuilding" counts to the
 * moment of writing too: an "after" that opens the sentence, with its main clause in the present;
 * so do "Twenty-five years later, it employs 400" and "Ten years on, the town is rebuilt".
 */
export function countsToWriting(s: Sentence, d: Duration): boolean {
  if (d.anchor === 'ago' || d.anchor === 'into') return true;
  if (d.anchor === 'since') return !/\bhad\b/i.test(s.text);
  if (countsFromSentenceBefore(d)) {
    // Only a span that opens its sentence ("Now, 35 years on, ...") and a main clause about now.
    if (!/^\W*(?:now\W+|today\W+)?$/i.test(s.text.slice(0, d.start - s.start))) return false;
  } else if (d.anchor !== 'after' || !/^\W*$/.test(s.text.slice(0, d.start - s.start))) return false;
  const comma = s.text.indexOf(',', d.anchorEnd - s.start);
  if (comma === -1) return false;
  const main = s.text.slice(comma + 1);
  if (hasFutureMarker(main)) return false;
  const words = main.match(/[A-Za-z]+/g) ?? [];
  return PRESENT.test(main) && !words.some((w, i) => looksPast(w, words[i - 1]) && !/^(?:has|have)$/i.test(words[i - 1] ?? ''));
}

/** A main clause about now: a present or present-perfect verb, "still", "now". */
const PRESENT = /\b(?:is|are|am|remains?|still|now|today|has|have|continues?|stands?|lies|looks?|feels?|seems?|struggles?|lives?|lingers?)\b/i;

const BEGINNINGS = String.raw`opened|built|founded|established|constructed|completed|erected|launched|created|inaugurated|dedicated|set\s+up|formed|started|introduced|unveiled|dating\s+(?:back\s+)?(?:to|from)|since`;

/** "The bridge, opened in 1932": the verb that dates a thing's beginning, right before the date. */
export const FOUNDED = new RegExp(String.raw`\b(?:${BEGINNINGS})\s+(?:in\s+)?$`, 'i');

/** What an anniversary counts from, right before its date: "founded in 1969", "married on 4 June 1970", "the war ended in 1945". */
export const ORIGIN = new RegExp(
  String.raw`\b(?:${BEGINNINGS}|began|begun|born|married|wed|debuted|premiered|released|aired|signed|ended|died|fell|struck|landed|happened|occurred|took\s+place|first\s+[a-z]+ed)\s+(?:in\s+|on\s+)?$`,
  'i',
);
