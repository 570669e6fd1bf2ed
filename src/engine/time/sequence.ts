import type { Article } from '../article.js';
import type { Sentence } from '../text/sentences.js';
import type { DateMention } from './dates.js';

/**
 * Relative time against the text's own dates: two events the text puts hours apart ("Hours
 * earlier, on May 2, 2017, police raided the house" after "The blast hit on June 3, 2019"), and
 * the n-th event of a period ("the second raid this month") whose predecessor the text dates
 * ("the first raid, on March 2").
 */
export interface HoursApart {
  /** "Hours earlier", "a few minutes later". */
  start: number;
  end: number;
  /** The date of the event the phrase is about, in its own sentence, and of the one before. */
  mention: DateMention;
  before: DateMention;
}

/** "Hours earlier", "several minutes later": the count before does not matter, hours are not days. */
const HOURS_APART = /\b(?:hours|minutes)\s+(?:earlier|later|before|after)\b/i;
/** The event's date stands in the phrase's own clause: "Hours earlier, on May 2, 2017, police ...". */
const CLAUSE_BREAK = /[;:]/;
const RELATIVE_CLAUSE = /\b(?:which|that|who|whose|where)\b/i;

const dayMentions = (article: Article, s: Sentence) =>
  article.mentionsIn(s).filter((m) => m.month !== undefined && m.day !== undefined && !m.attributive);

/** The sentence before, in the same paragraph or at the end of the one before. */
function sentenceBefore(article: Article, s: Sentence): Sentence | undefined {
  return article.sentences[article.sentences.indexOf(s) - 1];
}

export function hoursApart(article: Article): HoursApart[] {
  const out: HoursApart[] = [];
  for (const s of article.sentences) {
    if (!/hours|minutes/i.test(s.text)) continue;
    const phrase = HOURS_APART.exec(s.text);
    if (!phrase) continue;
    const start = s.start + phrase.index;
    const end = start + phrase[0].length;
    const own = dayMentions(article, s);
    if (own.length !== 1) continue;
    const between =
      own[0]!.start > end ? article.text.slice(end, own[0]!.start) : article.text.slice(own[0]!.end, start);
    if (CLAUSE_BREAK.test(between) || RELATIVE_CLAUSE.test(between)) continue;
    const prior = sentenceBefore(article, s);
    const earlier = prior ? dayMentions(article, prior) : [];
    if (earlier.length !== 1) continue;
    out.push({ start, end, mention: own[0]!, before: earlier[0]! });
  }
  return out;
}

export interface NthInPeriod {
  /** "the second raid this month". */
  start: number;
  end: number;
  unit: 'week' | 'month' | 'year';
  /** The date the text gives the event before it ("the first raid, on March 2"). */
  previous: DateMention;
}

const ORDINALS = ['second', 'third', 'fourth', 'fifth'];
const NTH = new RegExp(String.raw`\b(${ORDINALS.join('|')})\s+([a-z]+)\s+this\s+(week|month|year)\b`, 'gi');

/**
 * "The second raid this month" and, in another sentence, "the first raid, on March 2": the one it
 * follows came in the same period. Only an event the text calls the one before ("first" for a
 * second, "second" for a third, "previous", "earlier") is read as its predecessor.
 */
export function nthInPeriod(article: Article): NthInPeriod[] {
  const out: NthInPeriod[] = [];
  for (const s of article.sentences) {
    if (!/this\s+(?:week|month|year)/i.test(s.text)) continue;
    for (const m of s.text.matchAll(NTH)) {
      const n = ORDINALS.indexOf(m[1]!.toLowerCase());
      const before = n === 0 ? 'first' : ORDINALS[n - 1]!;
      const noun = m[2]!.toLowerCase();
      const previous = predecessor(article, s, noun, before);
      if (!previous) continue;
      const start = s.start + m.index;
      out.push({ start, end: start + m[0].length, unit: m[3]!.toLowerCase() as NthInPeriod['unit'], previous });
    }
  }
  return out;
}

/** "The first raid, on March 2", "the previous raid on March 2": a date right after the predecessor's name. */
function predecessor(article: Article, exclude: Sentence, noun: string, ordinal: string): DateMention | null {
  const name = new RegExp(
    String.raw`\b(?:${ordinal}|previous|earlier)\s+${noun}s?\b[\s,]*(?:came\s+|was\s+|took\s+place\s+)?(?:on|in)\s+$`,
    'i',
  );
  const found: DateMention[] = [];
  for (const m of article.dateMentions) {
    if (m.month === undefined) continue;
    const s = article.sentenceAt(m.start);
    if (!s || s === exclude) continue;
    if (name.test(article.text.slice(Math.max(s.start, m.start - 60), m.start))) found.push(m);
  }
  return found.length === 1 ? found[0]! : null;
}
