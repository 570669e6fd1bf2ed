import type { Article } from '../article.js';
import type { DateMention } from './dates.js';
import { findDurations, type Duration } from './durations.js';
import { anyOf, wordList } from '../text/alternation.js';

/**
 * A state that began at a dated moment and lasts to the moment of writing: "closed for 50 years",
 * "reopens after 50 years", against "the market shut down in 1948". A headline often carries the
 * claim and the body the date, so a headline that is not in the text is read too.
 */
export interface StateKind {
  /** What the beginning is called in a message: "the closing". */
  beginning: string;
  /** Words before "for N years" that name the state: "closed for", "has been shut for". */
  lasting: RegExp;
  /** Words right before a date that say the state began then: "shut down in", "closed its doors in". */
  began: RegExp;
  /**
   * The beginning must stand in the claim's own sentence: "began in" is said of everything, so only
   * "the talks, which began in January 2023, have lasted two years" says whose beginning it is.
   */
  sameSentence?: boolean;
}

/** States of a place out of use: "closed", "boarded up", "derelict". */
const CLOSED_STATES = wordList(String.raw`
  closed shut(?:\s+down)? shuttered boarded\s+up empty vacant derelict disused abandoned mothballed
  dormant
`);
/** The end of such a state: "reopened", "back in business". */
const REOPENINGS = wordList(String.raw`
  re-?opens? re-?opened re-?opening back\s+in\s+business
`);
/**
 * The act of closing: "shut down", "closed its doors", "was mothballed". The pattern reads only the words before
 * the date, so "was" before them and "down" after ("closed down in") need no words of their own.
 */
const CLOSINGS = wordList(String.raw`
  closed shut(?:\s+down)? shuttered closed\s+(?:its|their)\s+doors abandoned mothballed
`);
/** The end of being missing: "found", "resurfaced". */
const FOUND_AGAIN = wordList(`
  found recovered returned resurfaced reappeared reunited
`);
/** Participles of lasting: "lasted", "dragged on", "been under way". */
const LASTED = wordList(String.raw`
  lasted continued gone\s+on dragged\s+on raged run been\s+(?:going\s+on|running|under\s*way)
`);
export const STATES: StateKind[] = [
  {
    beginning: 'the closing',
    lasting: new RegExp(
      String.raw`\b${anyOf(CLOSED_STATES)}\s+for\s+$|\b${anyOf(REOPENINGS)}\s+(?:\w+\s+){0,3}?after\s+$`,
      'i',
    ),
    began: new RegExp(String.raw`\b${anyOf(CLOSINGS)}\s+(?:down\s+)?(?:in|on)\s+$`, 'i'),
  },
  {
    beginning: 'the disappearance',
    lasting: new RegExp(
      String.raw`\b(?:missing|lost|gone)\s+for\s+$|\b${anyOf(FOUND_AGAIN)}\s+(?:\w+\s+){0,3}?after\s+$`,
      'i',
    ),
    began: /\b(?:went\s+missing|disappeared|vanished|(?:was|were)\s+lost|stolen)\s+(?:in|on)\s+$/i,
  },
  {
    beginning: 'the start',
    lasting: new RegExp(String.raw`\b(?:has|have)\s+(?:now\s+|already\s+)?${anyOf(LASTED)}\s+(?:for\s+)?$`, 'i'),
    began: /\b(?:began|started|broke\s+out|erupted|got\s+under\s*way|kicked\s+off)\s+(?:in|on)\s+$/i,
    sameSentence: true,
  },
];

export interface StateClaim {
  kind: StateKind;
  duration: Duration;
  /** Where the claim stands in the article text, or null for a headline the text does not hold. */
  at: { start: number; end: number } | null;
  /** The words claimed ("closed for 50 years"). */
  text: string;
}

/** The claims of the text (from the durations it already read) and of a headline the text does not hold. */
export function stateClaims(article: Article): StateClaim[] {
  const out: StateClaim[] = [];
  for (const d of article.durations) {
    const s = article.sentenceAt(d.start);
    if (s) claimOf(article.text, Math.max(s.start, d.start - 60), d, true, out);
  }
  const title = article.title?.trim();
  if (title && !article.text.includes(title))
    for (const d of findDurations(title)) claimOf(title, Math.max(0, d.start - 60), d, false, out);
  return out;
}

function claimOf(text: string, from: number, d: Duration, inText: boolean, out: StateClaim[]): void {
  if (d.anchor !== 'none' || d.unit === 'day' || d.unit === 'week') return;
  const before = text.slice(from, d.start);
  for (const kind of STATES) {
    const lead = kind.lasting.exec(before);
    if (!lead) continue;
    const start = from + lead.index;
    out.push({ kind, duration: d, at: inText ? { start, end: d.end } : null, text: text.slice(start, d.end) });
    return;
  }
}

/**
 * The dates the text says a state of this kind began on: "shut down in 1948". A sentence that
 * gives the beginning beside other dates ("closed in 2015 and again in 2018") is not one moment.
 */
export function beginningsIn(article: Article, kind: StateKind): DateMention[] {
  return article.dateMentions.filter((m) => {
    if (
      m.year === undefined ||
      m.attributive ||
      !kind.began.test(article.text.slice(Math.max(0, m.start - 40), m.start))
    )
      return false;
    const s = article.sentenceAt(m.start);
    return !s || article.mentionsIn(s).length === 1;
  });
}
