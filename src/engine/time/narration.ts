import type { Article } from '../article.js';
import { beforeNonFinite, hasFutureMarker, isConditional, looksPast } from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import type { DateMention } from './dates.js';

/**
 * A date that is a target or a deadline, not the time of the event: "postponed to", "due by",
 * "until". "From" and "between" are not among them: "served as chair from 2017 to 2019" narrates.
 */
const TARGET_BEFORE = /\b(?:to|until|till|through|by|before|starting|beginning|effective|due|deadline|scheduled|planned|expected|slated|set|for|ahead\s+of|next|as\s+of|valid|expires?|expiring|runs?)\s*(?:on\s+|in\s+)?(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;

/** "Their first loss since 2019": what a date is counted from is past, whatever the verbs. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:(?:early|late|mid|start\s+of|end\s+of|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?)?$/i;

/** Where the clause after a date ends: a relative or reported clause that follows has its own tense. */
const CLAUSE_END = /[;:—]|,\s*(?:and|but|while|whereas|although|though|which|who|when|where|as)\b|\s(?:that|which|who)\s/i;
const CLAUSE_OR_COMMA = new RegExp(`,|${CLAUSE_END.source}`, 'i');

/** "The deadline was April 15": a bare copula or auxiliary states a schedule, it narrates nothing. */
const COPULA = /^(?:was|were|had|did|been)$/i;

/**
 * True when the clause holding a date narrates it as past: a simple past verb close before the
 * date ("sold out on August 2") or just after a date that opens the clause ("On August 2, 2025,
 * the festival sold out"), with no future, scheduling or condition in the sentence. Asked through
 * `article.isPastNarration`, once per date.
 */
export function readPastNarration(article: Article, s: Sentence, m: DateMention): boolean {
  if (m.attributive) return false;
  return plainReading(article, s, m) ?? taggedPast(article, s, m);
}

/** The same reading from the shapes of the words alone, without the tagger: cheaper, and sure when it says yes. */
export function isPlainlyPast(article: Article, s: Sentence, m: DateMention): boolean {
  return !m.attributive && plainReading(article, s, m) === true;
}

/**
 * True or false when the words settle it; undefined when only the tagger can tell. A future or
 * conditional marker after the date counts only in the date's own clause: "announced on December
 * 30, 2020 that it would close" narrates the announcement, whatever the reported clause says.
 */
function plainReading(article: Article, s: Sentence, m: DateMention): boolean | undefined {
  const before = article.text.slice(s.start, m.start);
  const clause = before.slice(clauseStart(before) + 1);
  const fronted = /^\s*(?:on|in|at|by)?\s*$/i.test(clause.replace(/^[\s,]+/, ''));
  // A date that opens the clause belongs to the main clause after its comma; any other's clause ends at the next comma.
  const rest = fronted ? article.text.slice(m.end, s.end).replace(/^\s*,/, '') : article.text.slice(m.end, s.end);
  const stop = rest.search(fronted ? CLAUSE_END : CLAUSE_OR_COMMA);
  const after = stop === -1 ? rest : rest.slice(0, stop);
  // Before the date, a marker anywhere in the sentence governs it ("there will be three: ..., one in 2022");
  // after it, only within its clause ("announced on December 30, 2020 that it would close").
  // The sentence is read for markers once; only a sentence that has one is read clause by clause.
  if (looksAhead(s) && (hasFutureMarker(`${before} ${after}`) || isConditional(`${before} ${after}`))) return false;
  if (TARGET_BEFORE.test(before)) return false;
  if (SINCE_BEFORE.test(before)) return true;
  const words = clause.match(/[A-Za-z]+/g) ?? [];
  const near = words.slice(-6);
  for (let i = near.length - 1; i >= 0; i--) {
    const prev = i > 0 ? near[i - 1] : words[words.length - near.length - 1];
    if (looksPast(near[i]!, prev)) return true;
  }
  if (fronted || words.length <= 1) {
    const next = (after.match(/[A-Za-z]+/g) ?? []).slice(0, 7);
    for (let i = 0; i < next.length; i++) if (looksPast(next[i]!, next[i - 1])) return true;
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

/**
 * compromise's reading of the three words before the date; tagging is the costly part, done once
 * per sentence. A participle after "to be", "will" or "has" is no simple past, whatever the tagger
 * calls it ("two articles to be featured in the December issue").
 */
function taggedPast(article: Article, s: Sentence, m: DateMention): boolean {
  const verbs = article.pastVerbsIn(s);
  const before = article.text.slice(s.start, m.start);
  const words = before.slice(clauseStart(before) + 1).match(/[A-Za-z]+/g) ?? [];
  const from = Math.max(0, words.length - 3);
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (verbs.has(w.toLowerCase()) && !COPULA.test(w) && !beforeNonFinite(words[i - 1] ?? '')) return true;
  }
  return false;
}
