import type { Article } from '../article.js';
import { hasFutureMarker, isConditional, looksPast } from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import type { DateMention } from './dates.js';

/** A date that is a target or a deadline, not the time of the event: "postponed to", "due by", "until". */
const TARGET_BEFORE = /\b(?:to|until|till|through|by|before|from|between|starting|beginning|effective|due|deadline|scheduled|planned|expected|slated|set|for|ahead\s+of|next|as\s+of|valid|expires?|expiring|runs?)\s*(?:on\s+|in\s+)?(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

/** "The deadline was April 15": a bare copula or auxiliary states a schedule, it narrates nothing. */
const COPULA = /^(?:was|were|had|did|been)$/i;

/**
 * True when the clause holding a date narrates it as past: a simple past verb close before the
 * date ("sold out on August 2") or just after a date that opens the clause ("On August 2, 2025,
 * the festival sold out"), with no future, scheduling or condition in the sentence. Asked through
 * `article.isPastNarration`, once per date.
 */
export function readPastNarration(article: Article, s: Sentence, m: DateMention): boolean {
  return plainReading(article, s, m) ?? taggedPast(article, s, m);
}

/** The same reading from the shapes of the words alone, without the tagger: cheaper, and sure when it says yes. */
export function isPlainlyPast(article: Article, s: Sentence, m: DateMention): boolean {
  return plainReading(article, s, m) === true;
}

/** True or false when the words settle it; undefined when only the tagger can tell. */
function plainReading(article: Article, s: Sentence, m: DateMention): boolean | undefined {
  if (looksAhead(s)) return false;
  const before = article.text.slice(s.start, m.start);
  if (TARGET_BEFORE.test(before)) return false;
  const clause = before.slice(clauseStart(before) + 1);
  const words = clause.match(/[A-Za-z]+/g) ?? [];
  const near = words.slice(-6);
  for (let i = near.length - 1; i >= 0; i--) {
    const prev = i > 0 ? near[i - 1] : words[words.length - near.length - 1];
    if (looksPast(near[i]!, prev)) return true;
  }
  if (/^\s*(?:on|in)?\s*$/i.test(clause.replace(/^[\s,]+/, '')) || words.length <= 1) {
    const after = (article.text.slice(m.end, s.end).match(/[A-Za-z]+/g) ?? []).slice(0, 7);
    for (let i = 0; i < after.length; i++) if (looksPast(after[i]!, after[i - 1])) return true;
  }
  return undefined;
}

/** Future or condition anywhere in the sentence: read once per sentence, which may hold many dates. */
const aheadOf = new WeakMap<Sentence, boolean>();
function looksAhead(s: Sentence): boolean {
  let ahead = aheadOf.get(s);
  if (ahead === undefined) aheadOf.set(s, (ahead = hasFutureMarker(s.text) || isConditional(s.text)));
  return ahead;
}

const clauseStart = (before: string) => Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' — '));

/** compromise's reading of the three words before the date; tagging is the costly part, done once per sentence. */
function taggedPast(article: Article, s: Sentence, m: DateMention): boolean {
  const verbs = article.pastVerbsIn(s);
  const before = article.text.slice(s.start, m.start);
  const near = (before.slice(clauseStart(before) + 1).match(/[A-Za-z]+/g) ?? []).slice(-3);
  return near.some((w) => verbs.has(w.toLowerCase()) && !COPULA.test(w));
}
