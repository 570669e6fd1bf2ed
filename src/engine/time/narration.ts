import type { Article } from '../article.js';
import { perObject } from '../text/memo.js';
import { anyOf, wordList as words } from '../text/alternation.js';
import {
  afterPreposition,
  beforeNonFinite,
  hasFutureMarker,
  isConditional,
  looksPast,
  pastVerbs,
  wordsOf,
} from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import type { DateMention } from './dates.js';
import { tailOf } from '../text/tail.js';

/**
 * Past narration needs a past event: a date after the article's own date is "narrated as past"
 * only when a past-tense verb dates that very event. The rules, each below:
 *
 * 1. A target or a deadline is not the time of an event: "postponed to", "due by", "until", "the
 *    coming" ("upcoming" and "forthcoming" are markers of the future: `text/tense.ts`). "From" and
 *    "between" are not among them: "served as chair from 2017 to 2019" narrates.
 * 2. A schedule or a term dates what is due, not what happened: "a trial scheduled to begin in April",
 *    "the plant, scheduled for completion in 1990", "the dividend is payable May 1", "notes maturing
 *    on", "convertible after", "for the period August 1 to July 31".
 * 3. A verb of saying dates the saying, not what is said: in "it said the loans mature in March
 *    1990" the date's clause starts after "said"; "said on Friday" is the saying's own date. So
 *    does a verb of announcing or deciding for what it announces: "outlined job cuts between 2006
 *    and 2008" tells of a plan, while a day ("approved the plan on March 9") is the act's own.
 * 4. The future seen from the past is no narration: "losses were bound to rise in 1989", "would",
 *    "he aimed in 1988 to recoup".
 * 5. A date joined by "and" or "or" to a target is a target too: "by 2010 for some and 2020 for others".
 * 6. A participle after a preposition is an adjective ("of preferred stock"), and a compound is a
 *    verb only with a verb's prefix ("par-priced" is not; "re-elected" is): `looksPast`.
 * 7. A period that runs through the article's date is going on, not over: the end of "interest owed
 *    between April 1, 1986, and March 31, 1988" (`rangeStartOf`, read by the future-event check).
 */
const TARGET_WORDS = words(String.raw`to until till through by before starting beginning effective due deadline
    scheduled planned expected slated set for ahead\s+of next coming as\s+of valid expires? expiring runs?`);
/** "Until the end of 1988", "for fiscal 1988": a part of the period, or the calendar it is counted in. */
const PARTS = words(String.raw`end start beginning middle close first\s+half second\s+half rest remainder`);
const CALENDARS = words('fiscal financial calendar FY tax');
const PART_OR_CALENDAR = String.raw`(?:${anyOf(PARTS)}\s+of\s+(?:the\s+)?)?(?:${anyOf(CALENDARS)}\s+(?:year\s+)?)?`;
const WEEKDAY_BEFORE = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;
const TARGET_BEFORE = new RegExp(
  String.raw`\b${anyOf(TARGET_WORDS)}\s*(?:on\s+|in\s+)?(?:the\s+)?${PART_OR_CALENDAR}${WEEKDAY_BEFORE}$`,
  'i',
);

/**
 * Rule 2: a schedule word and a few words of what is scheduled; what something is for ("an order for
 * delivery in August"); the value of a date ("the payment date was given as April 24"); a security's
 * or a contract's term.
 */
const SCHEDULED = words(String.raw`scheduled slated planned timed earmarked pencil+ed\s+in targeted`);
/** ("For delivery by" is a target already: TARGET_WORDS.) */
const FOR_SOMETHING = String.raw`\bfor\s+(?:(?:a|an|its|their|the)\s+)?[\w-]+\s+(?:in|on|during)\s+(?:the\s+)?$`;
const SCHEDULE_BEFORE = new RegExp(String.raw`\b${anyOf(SCHEDULED)}\s+(?:for|to)\b[^,;.]{0,40}$|${FOR_SOMETHING}`, 'i');
const DATE_VALUE_BEFORE = /\b(?:date|deadline)\s+(?:\w+\s+){0,3}?(?:as|at)\s*$/i;
const TERMS = words(String.raw`payable maturing matures? redeemable repayable convertible callable exercisable
    expir(?:es|ing|y)`);
const FOR_A_PERIOD = String.raw`\bfor\s+(?:the\s+)?(?:period|term|duration)\s+(?:of\s+|from\s+|between\s+)?$`;
const TERM_BEFORE = new RegExp(String.raw`\b${anyOf(TERMS)}\b[^,;.]{0,20}$|${FOR_A_PERIOD}`, 'i');

/** Rule 3: verbs of saying and expecting, whose complement has its own tense. */
const SAYING_VERBS = words(`said says say added adds stated noted reported reports warned warns predicted forecasted
    projected expected estimated believed believes argued insisted claimed claims suggested indicated acknowledged
    conceded explained wrote writes thought thinks feared fears`);
const SAYING = new RegExp(String.raw`\b${anyOf(SAYING_VERBS)}\b(?:\s+that\b)?`, 'gi');
/** Rule 3: verbs of announcing and deciding, whose object is what is announced. */
const ANNOUNCING_VERBS = words(String.raw`announced unveiled outlined proposed detailed presented approved agreed
    ordered pledged promised planned signed recommended endorsed adopted launched called\s+for urged demanded`);
const ANNOUNCING = new RegExp(String.raw`\b${anyOf(ANNOUNCING_VERBS)}\b`, 'gi');
/** After a verb of saying, only these words before the date make it the saying's own date: "said on Friday". */
const ADJUNCT_ONLY = /^(?:[\s,]|\b(?:on|in|during|early|late|the)\b)*$/i;

/** Rule 4: an intention and what it was to do: "he aimed in 1988 to recoup ...". */
/** ("Hoped" is a condition already, read in the whole sentence: `isConditional`, text/tense.ts.) */
const INTENDED = /\b(?:aimed|planned|intended|wanted|sought)\b/i;
const TO_DO_AFTER = /^[\s,]*(?:[\w-]+\s+){0,2}?to\s+[a-z]+/i;

/** Rule 4: "were bound to", "was due to", "was to": the future as it was seen then. */
const AHEAD_THEN = words('going bound due set expected scheduled slated likely about poised supposed');
const FUTURE_IN_THE_PAST = new RegExp(
  String.raw`\b(?:was|were)\s+(?:(?:still|also|now|then)\s+)?(?:${anyOf(AHEAD_THEN)}\s+(?:\S+\s+){0,3}?)?to\s+[a-z]+`,
  'i',
);

/** Rule 5: a date right after "and" or "or". */
const JOINED_BEFORE = /\b(?:and|or)\s+$/i;

/** "Their first loss since 2019": what a date is counted from is past, whatever the verbs. */
const SINCE_BEFORE =
  /\bsince\s+(?:the\s+)?(?:(?:early|late|mid|start\s+of|end\s+of|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?)?$/i;

/** Where the clause after a date ends: a relative or reported clause that follows has its own tense. */
/** (", which" ends it at " which ": the last branch.) */
const CLAUSE_END = /[;:—]|,\s*(?:and|but|while|whereas|although|though|when|where|as)\b|\s(?:that|which|who)\s/i;
const CLAUSE_OR_COMMA = new RegExp(`,|${CLAUSE_END.source}`, 'i');

/** "The deadline was April 15": a bare copula or auxiliary states a schedule, it narrates nothing. */
const COPULA = /^(?:was|were|had|did|been)$/i;

/**
 * True when the clause holding a date narrates it as past: a simple past verb close before the
 * date ("sold out on August 2") or just after a date that opens the clause ("On August 2, 2025,
 * the festival sold out"), with no future, scheduling or condition in the sentence. Asked through
 * `pastNarrationOf` (`lang/reading.ts`), once per date.
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
  const before = clauseBefore(article, s, m);
  const clause = before.slice(clauseStart(before, m));
  // ("By" would be a target: isTarget.)
  const fronted = /^\s*(?:on|in|at)?\s*$/i.test(clause.replace(/^[\s,]+/, ''));
  // A date that opens the clause belongs to the main clause after its comma; any other's clause ends at the next comma.
  const rest = fronted ? article.text.slice(m.end, s.end).replace(/^\s*,/, '') : article.text.slice(m.end, s.end);
  const stop = rest.search(fronted ? CLAUSE_END : CLAUSE_OR_COMMA);
  const after = stop === -1 ? rest : rest.slice(0, stop);
  // Before the date, a marker anywhere in the sentence governs it ("there will be three: ..., one in 2022");
  // after it, only within its clause ("announced on December 30, 2020 that it would close").
  // The sentence is read for markers once; only a sentence that has one is read clause by clause.
  if (looksAhead(s) && (hasFutureMarker(`${before} ${after}`) || isConditional(`${before} ${after}`))) return false;
  if (FUTURE_IN_THE_PAST.test(`${clause} ${after}`) || (INTENDED.test(clause) && TO_DO_AFTER.test(after))) return false;
  if (isTarget(article, s, m, before)) return false;
  if (SINCE_BEFORE.test(before)) return true;
  const words = wordsOf(clause);
  const near = words.slice(-6);
  for (let i = near.length - 1; i >= 0; i--) {
    const prev = i > 0 ? near[i - 1] : words[words.length - near.length - 1];
    if (looksPast(near[i]!, prev)) return true;
  }
  if (fronted || words.length <= 1) {
    const next = wordsOf(after).slice(0, 7);
    for (let i = 0; i < next.length; i++) if (looksPast(next[i]!, next[i - 1])) return true;
  }
  return undefined;
}

/**
 * What a date's clause is read from: the sentence before it, back to a bound. Read from the
 * sentence's start, a sentence with a date every few words was read once per date (time in the
 * square of its length); a clause's verb of saying or its schedule word stands within the bound.
 */
const CLAUSE_READ_CHARS = 1_000;
const clauseBefore = (article: Article, s: Sentence, m: DateMention) =>
  tailOf(article.text, s.start, m.start, CLAUSE_READ_CHARS);

/** "Due on May 1 and June 1 and ...": how many dates back a join is followed to the target word. */
const JOINS_FOLLOWED = 8;

/** Rules 1, 2 and 5: the date is when something is due, not when it happened. */
function isTarget(article: Article, s: Sentence, m: DateMention, before: string): boolean {
  let current = m;
  let words = before;
  for (let joins = 0; joins <= JOINS_FOLLOWED; joins++) {
    if ([TARGET_BEFORE, SCHEDULE_BEFORE, DATE_VALUE_BEFORE, TERM_BEFORE].some((re) => re.test(words))) return true;
    if (!JOINED_BEFORE.test(words)) return false;
    const previous = mentionBefore(article, current);
    if (previous === undefined || previous.start < s.start) return false;
    current = previous;
    words = tailOf(article.text, s.start, previous.start);
  }
  return false;
}

/** A date that is a target, a deadline, a schedule or a term: when something is due, not when it happened. */
export function isDueDate(article: Article, s: Sentence, m: DateMention): boolean {
  return isTarget(article, s, m, tailOf(article.text, s.start, m.start));
}

/** The mention written before `m` (binary search: the mentions are in text order). */
function mentionBefore(article: Article, m: DateMention): DateMention | undefined {
  const all = article.dateMentions;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < m.start) lo = mid + 1;
    else hi = mid;
  }
  return all[lo - 1];
}

/** Future or condition anywhere in the sentence: read once per sentence, which may hold many dates. */
const aheadOf = perObject<Sentence, boolean>();
const looksAhead = (s: Sentence): boolean => aheadOf(s, () => hasFutureMarker(s.text) || isConditional(s.text));

/** The words of a sentence the article's tagger reads as verbs in the past tense: tagging is costly, done once. */
const verbsOf = perObject<Sentence, ReadonlySet<string>>();
const pastVerbsIn = (article: Article, s: Sentence): ReadonlySet<string> =>
  verbsOf(s, () => new Set(pastVerbs(s.text, article.tagger)));

/**
 * Where the date's clause starts: after the last ";", ":" or dash, or after a verb of saying whose
 * complement holds the date (rule 3), unless only a preposition stands between ("said on Friday").
 */
function clauseStart(before: string, m: DateMention): number {
  const start = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(' — ')) + 1;
  const verbs = [...before.slice(start).matchAll(SAYING)];
  // A day after "on" is the act's own: "approved the updated plan on March 9".
  if (m.day === undefined || !/\bon\s+$/i.test(before)) verbs.push(...before.slice(start).matchAll(ANNOUNCING));
  let last = start;
  for (const verb of verbs) {
    const end = start + verb.index + verb[0].length;
    if (end > last && !ADJUNCT_ONLY.test(before.slice(end))) last = end;
  }
  return last;
}

/**
 * compromise's reading of the three words before the date; tagging is the costly part, done once
 * per sentence. A participle after "to be", "will" or "has" is no simple past, whatever the tagger
 * calls it ("two articles to be featured in the December issue").
 */
function taggedPast(article: Article, s: Sentence, m: DateMention): boolean {
  const verbs = pastVerbsIn(article, s);
  const before = clauseBefore(article, s, m);
  const words = before.slice(clauseStart(before, m)).match(/[A-Za-z]+/g) ?? [];
  const from = Math.max(0, words.length - 3);
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    const previous = words[i - 1] ?? '';
    if (!verbs.has(w.toLowerCase()) || COPULA.test(w)) continue;
    if (!beforeNonFinite(previous) && !afterPreposition(previous)) return true;
  }
  return false;
}

/** Rule 7: what joins the two ends of a period. */
const RANGE_JOIN = /^\s*,?\s*(?:and|to|until|till|through)\s*$/i;
const RANGE_OPEN = /\bbetween\s+(?:the\s+)?$/i;

/**
 * The start of the period a date ends, when it ends one: "between April 1, 1986, and March 31, 1988",
 * "from 2017 to 2019", "August 1 to August 3, 2025" (whose start spans the whole range as written).
 */
export function rangeStartOf(article: Article, s: Sentence, m: DateMention): DateMention | null {
  const previous = mentionBefore(article, m);
  if (!previous || previous.start < s.start) return null;
  if (previous.end >= m.end && previous.start < m.start) return previous;
  const between = article.text.slice(previous.end, m.start);
  if (!RANGE_JOIN.test(between)) return null;
  // "and" joins the ends of a period only after "between" or "from"; "to", "until" and "through" do by themselves.
  return !/\band\b/i.test(between) || RANGE_OPEN.test(tailOf(article.text, s.start, previous.start)) ? previous : null;
}
