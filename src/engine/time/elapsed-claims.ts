import type { Article } from '../article.js';
import { anyOf, wordList } from '../text/alternation.js';
import { eventEndingAt, eventStartingAt } from '../knowledge/events.js';
import type { Knowledge } from '../knowledge/index-pack.js';
import type { Sentence } from '../text/sentences.js';
import { adjacentDate, phraseAfter, phraseBefore, resolveEvent, type AnchorDate } from './anchors.js';
import type { Day } from './calendar.js';
import { resolveDate, type DateMention } from './dates.js';
import type { Duration } from './durations.js';
import { isEventNoun } from '../lexicon/event-nouns.js';
import { hasFutureMarker, looksPast, wordsOf } from '../text/tense.js';
import { isDueDate } from './narration.js';

/**
 * What a span of time is counted from: "four years ago, in 2019" (a date beside it), "since the
 * mine closed in 2019" (a date after the anchor word) or "the invasion 11 months ago" (an event
 * the text dates elsewhere), and only then an event the knowledge pack dates ("the full-scale
 * invasion 11 months ago" in a text that never dates it). `reference` supplies a missing year.
 * Asked through `anchorOf` (`lang/reading.ts`), once per claim.
 */
/** "Ten years later", "ten years on": spans counted from the sentence before, not from their own words. */
export const countsFromSentenceBefore = (d: Duration): boolean => d.anchor === 'later' || d.anchor === 'on';

export function findAnchor(
  article: Article,
  s: Sentence,
  d: Duration,
  reference: Day | null,
  knowledge: Knowledge | null,
): AnchorDate | null {
  if (countsFromSentenceBefore(d)) return fromSentenceBefore(article, s, reference);
  const inText = fromText(article, s, d, reference);
  if (inText || !knowledge) return inText;
  // An amount or an act before "ago" names no event; a name after "since" may be one the pack knows
  // ("Hurricane Helene").
  if (d.anchor === 'ago' && namesNoEvent(article, s, d)) return null;
  return fromPack(article, s, d, reference, knowledge);
}

/**
 * An elapsed claim counts from its own anchor (issue 19). Besides the spans that measure rather
 * than count (`durations.ts`: "by 13 years", "200 pct a year since 1981", "the past six years,
 * after June 1"), the words beside a claim may name no event to look for elsewhere:
 *
 * 1. An amount before "ago" is compared with the writing's: "up from 381 million a year ago".
 * 2. A verb and its object before "ago" date the act: in "fled Iraq more than 20 years ago" and
 *    "revealed the plan two weeks ago" neither the country nor the plan is what is counted from.
 * 3. After "after" or "since", a person's act is its own event ("50 years after Qian first used it",
 *    "since he retired"): another date of that person is not its date. A subject with a determiner
 *    is the event the verb tells of ("after the hurricane flooded the city", "since the treaty was
 *    signed") and stays the anchor.
 * 4. A date that is a target or a schedule is not when anything happened ("after he called the
 *    vote scheduled for May 25"): `isDueDate`.
 *
 * Only a date written beside the claim, in its own words, can then anchor it.
 */
function namesNoEvent(article: Article, s: Sentence, d: Duration): boolean {
  if (d.anchor === 'ago') {
    const phrase = phraseBefore(article, s, d.start).text;
    return AMOUNT.test(phrase) || actsOnAnObject(phrase);
  }
  return hasOwnVerb(phraseAfter(article, s, d.anchorEnd).text);
}

/** Rule 1: figures and units. A year is no amount, but its phrase has been read by then ("the 2019 takeover"). */
const AMOUNT = /\d|\b(?:pct|percent|billion|million|mln|dollars)\b/i;

/** Rule 2: a past verb followed by more words (its object). */
function actsOnAnObject(phrase: string): boolean {
  const words = wordsOf(phrase);
  return words.some((w, i) => i < words.length - 1 && looksPast(w, words[i - 1]));
}

/** Rule 3: a person as the subject, a pronoun or a name without a determiner, and then a past verb. */
/** "He", "we" and "I" are too short to be read as an event's name: only the longer pronouns need saying. */
const PRONOUN = String.raw`(?:she|they|you)\b`;
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAME = String.raw`(?!(?:The|A|An|This|That|Its|Their|His|Her)\b)${CAPITAL_WORD}(?:\s+${CAPITAL_WORD}){0,3}\s`;
const PERSON_SUBJECT = new RegExp(String.raw`^\s*(?:${PRONOUN}|${NAME})`, 'u');
function hasOwnVerb(clause: string): boolean {
  if (!PERSON_SUBJECT.test(clause)) return false;
  const words = wordsOf(clause);
  return words.some((w, i) => looksPast(w, words[i - 1]));
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
    const own = isEventNoun(head)
      ? article
          .mentionsIn(s)
          .find(
            (mm) => mm.year !== undefined && mm.start >= phrase.start && mm.end <= phrase.start + phrase.text.length,
          )
      : undefined;
    if (own) {
      const r = resolveDate(own, reference, false);
      return r ? { period: r.period, mention: own, yearInferred: r.yearInferred } : null;
    }
    return namesNoEvent(article, s, d) ? null : resolveEvent(article, phrase.text, s, reference);
  }
  const x = phraseAfter(article, s, d.anchorEnd);
  const inPhrase = (mm: DateMention) => mm.start >= d.anchorEnd && mm.end <= x.end + 1;
  const m = article.mentionsIn(s).find((mm) => inPhrase(mm) && !isDueDate(article, s, mm));
  if (m) {
    const r = resolveDate(m, reference, false);
    return r ? { period: r.period, mention: m, yearInferred: r.yearInferred } : null;
  }
  if (namesNoEvent(article, s, d)) return null;
  return resolveEvent(article, nounPhraseAt(x.text), s, reference);
}

/**
 * Where the noun phrase after "after" or "since" ends: its verb, or a preposition ("the invasion of
 * Ukraine"); `phraseAfter` stops at "which" and "who".
 */
const PHRASE_END = /^(?:begun|was|were|had|has|have|is|are|of|in|on|at|to|for|by|with|from|that)$/i;

/** The noun phrase that opens a clause, up to five words: "euro bills" in "euro bills and coins were introduced". */
function nounPhraseAt(clause: string): string {
  const words: string[] = [];
  for (const w of clause.trim().split(/\s+/)) {
    if (words.length && (PHRASE_END.test(w) || looksPast(w, words[words.length - 1]))) break;
    words.push(w);
    if (words.length === 5) break;
  }
  return words.join(' ');
}

/**
 * "The plant opened in 1998. Twenty-five years later, it employs 400": "later" and "on" count from the
 * sentence before, and only when it gives one date and the claim's own sentence none, so that there is no
 * choosing which.
 */
function fromSentenceBefore(article: Article, s: Sentence, reference: Day | null): AnchorDate | null {
  // Claims of this kind are few: a search of the sentence list for each costs nothing worth an index.
  const before = article.sentences[article.sentences.indexOf(s) - 1];
  // The sentence before in the same paragraph (a dateline is a paragraph of its own), and none of the claim's
  // own dates to choose from.
  if (!before || before.paragraph !== s.paragraph || article.mentionsIn(s).some((m) => m.year !== undefined))
    return null;
  const mentions = article.mentionsIn(before);
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
  // "has rebuilt" is no simple past: `looksPast` reads no past after an auxiliary.
  return PRESENT.test(main) && !words.some((w, i) => looksPast(w, words[i - 1]));
}

const PRESENT_WORDS = wordList(`
  is are am remains? still now today has have continues? stands? lies looks? feels? seems?
  struggles? lives? lingers?
`);
/** A main clause about now: a present or present-perfect verb, "still", "now". */
const PRESENT = new RegExp(String.raw`\b${anyOf(PRESENT_WORDS)}\b`, 'i');

/**
 * "Since" dates a beginning after a verb of lasting ("held every year since 1994", "open since 1932");
 * after a noun it is a person's tenure ("Cuba's leader since 1959") or a count ("since 1933 all but one").
 */
const LASTING_SINCE = String.raw`(?:[a-z]+ed|[a-z]+ing|open|been)\s+(?:(?:every\s+year|ever)\s+)?since`;
const BEGINNING_VERBS = wordList(String.raw`opened built founded established constructed completed erected launched
  created inaugurated dedicated set\s+up formed started introduced unveiled dating\s+(?:back\s+)?(?:to|from)`);
const BEGINNINGS = anyOf([...BEGINNING_VERBS, LASTING_SINCE]);

/** "The bridge, opened in 1932": the verb that dates a thing's beginning, right before the date. */
export const FOUNDED = new RegExp(String.raw`\b${BEGINNINGS}\s+(?:in\s+)?$`, 'i');

/** Verbs of a beginning or an end that anniversaries count from, besides a thing's beginning. */
const ORIGIN_VERBS = wordList(String.raw`
  began begun born married wed debuted premiered released aired signed ended died fell struck landed happened
  occurred took\s+place first\s+[a-z]+ed
`);
/**
 * What an anniversary counts from, right before its date: "founded in 1969", "married on 4 June 1970", "the
 * war ended in 1945".
 */
export const ORIGIN = new RegExp(String.raw`\b(?:${BEGINNINGS}|${anyOf(ORIGIN_VERBS)})\s+(?:in\s+|on\s+)?$`, 'i');
