import type { Article } from '../article.js';
import type { Sentence } from '../text/sentences.js';
import type { KnownEvent } from '../knowledge/schema.js';
import { eventNames } from '../lexicon/event-nouns.js';
import { isPlanNoun } from '../lexicon/plan-nouns.js';
import type { Day, Period } from './calendar.js';
import { resolveDate, type DateMention } from './dates.js';
import { looksPast } from '../text/tense.js';
import { chooser, datedMentionsIn, datedWordsLike, type Reading } from './dated-words.js';
import { perObject } from '../text/memo.js';
import { tailOf } from '../text/tail.js';
import { anyOf, wordList } from '../text/alternation.js';

/**
 * What a span of time is counted from: a date written beside it ("four years ago, in 2019";
 * "after the mine closed in 2019") or an event the text dates elsewhere ("the invasion 11 months
 * ago" against "the initial invasion in February 2022").
 */
export interface AnchorDate {
  period: Period;
  mention: DateMention;
  /** The event's name when the date came from another sentence. */
  event?: string;
  /** The name the dating sentence gives the event, when it is another ("the storm" for "the hurricane"). */
  namedAs?: string;
  yearInferred: boolean;
  /** The knowledge pack's entry, when the pack dated the event and the text did not. */
  pack?: KnownEvent;
}

/** Words before a noun that name no kind of event: "its strike" is any strike the text dates. */
const DETERMINERS = new Set(wordList('the a an its their his her our this that these those last first'));
/** Heads too general to name one event. */
const GENERIC = new Set(
  wordList(`
    time times year years month months day days week weeks period one ones start beginning end moment point
    decade decades century era season today now then them things people record records level levels same other
    others
  `),
);
/** Prepositions, conjunctions and verbs that end a noun phrase read backwards. */
const BOUNDARY_WORDS = wordList(`
  since after before from than of in on at with by for to that which who when where while as and or
  but was were is are has have had began started
`);
const BOUNDARY = new RegExp(String.raw`\b${anyOf(BOUNDARY_WORDS)}\b|[,;:()—–"“”]`, 'gi');

/** The noun phrase just before an offset, back to a preposition or clause break: "the initial invasion". */
export function phraseBefore(article: Article, s: Sentence, at: number): { text: string; start: number } {
  // "since the war began four months ago": the event is the subject of the verb, not what follows it.
  const tail = tailOf(article.text, s.start, at);
  const base = at - tail.length;
  let before = tail.replace(
    /\s+(?:began|started|ended|erupted|broke\s+out|opened|closed|happened|took\s+place|occurred|was\s+\w+ed)\s*$/i,
    ' ',
  );
  // "The quake, which hit two months ago", "The takeover, agreed four months ago": the event is what the
  // clause is about.
  const clause = RELATIVE_TAIL.exec(before);
  if (clause && (clause[1] || looksPast(clause[2]!, undefined))) before = before.slice(0, clause.index);
  let cut = 0;
  for (const m of before.matchAll(BOUNDARY)) cut = m.index + m[0].length;
  const lead = before.slice(cut).length - before.slice(cut).trimStart().length;
  return { text: before.slice(cut).trim(), start: base + cut + lead };
}

/** ", which hit " or ", agreed ": a relative or participle clause that ends right where the claim starts. */
const RELATIVE_TAIL =
  /,\s*(?:(which|that)\s+(?:was\s+|were\s+|had\s+|has\s+|had\s+been\s+|has\s+been\s+)?)?([a-z]+)\s*$/i;

/** The phrase just after an offset, up to the next clause break: "the mine closed in 2019". */
export function phraseAfter(article: Article, s: Sentence, at: number): { text: string; end: number } {
  const after = article.text.slice(at, s.end);
  const stop = after.search(/[;:—–]|,(?!\s*\d)|\s(?:and|but|while|when|which|who)\s/);
  const text = stop === -1 ? after : after.slice(0, stop);
  return { text, end: at + text.length };
}

/** The event as the claim names it, from its last determiner on: "the repairs follow the inspection" → "inspection". */
function eventName(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const last = words.map((w) => w.toLowerCase()).lastIndexOf('the');
  return words.slice(last + 1).join(' ');
}

function headOf(phrase: string): { head: string; modifiers: string[] } | null {
  const words = phrase.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];
  const content = words.filter((w) => !DETERMINERS.has(w));
  const head = content[content.length - 1];
  if (!head || head.length < 3 || GENERIC.has(head)) return null;
  return { head, modifiers: content.slice(0, -1) };
}

/** Verbs of an event happening: any regular past, and the irregular ones news uses. */
const EVENT_VERBS = wordList(String.raw`
  [a-z]+ed began begun took\s+place broke\s+out held won lost came went fell rose struck hit
`);
/** The article or possessive an object of the event verb needs. */
const OBJECT_ARTICLES = wordList(`
  the a an its their his her
`);
/**
 * Between an event's name and its date: "invasion in", "war began in", "treaty was signed on", "attack on Kyiv in",
 * "flood struck the town in". An object needs its article, so that "fire destroyed the house they bought in"
 * is not read.
 */
const EVENT_TO_DATE = new RegExp(
  String.raw`^(?:\s+(?:of|against|on|in|at|by)\s+[\w\s'’-]{0,25}?)?(?:\s+(?:that|which))?` +
    String.raw`(?:\s+(?:was|were|had\s+been|had))?` +
    String.raw`(?:\s+${anyOf(EVENT_VERBS)}(?:\s+${anyOf(OBJECT_ARTICLES)}\s+[\w'’-]+(?:\s+[\w'’-]+)?)?)?\s+` +
    String.raw`(?:in|on|of)\s*,?\s*$`,
  'i',
);

/** A verb between the head and the date: "the plan, approved in 2020", "the forecast released in May". */
const DATING_VERB = String.raw`(?:[a-z]+ed|began|took\s+place|held|won|lost|came|went|fell|rose|struck|hit)`;
const VERB_TO_DATE = new RegExp(String.raw`${DATING_VERB}(?:\s+\S+){0,4}?\s+(?:in|on|of)\s*,?\s*$`, 'i');

/**
 * A mention that belongs to the head noun at `at`: "invasion in February 2022", "the 2022 invasion".
 * A forecast, plan or budget is named by the period it looks ahead to ("the 1987 forecast"): only a
 * verb dates it ("the forecast released in May").
 */
function datedNear(
  article: Article,
  headStart: number,
  headEnd: number,
  within: DateMention[],
  plan: boolean,
): DateMention | null {
  for (const m of within) {
    const between = article.text.slice(headEnd, m.start);
    const toDate = EVENT_TO_DATE.test(between) && (!plan || VERB_TO_DATE.test(between));
    if (m.start >= headEnd && between.length <= 50 && toDate) return m;
    const gap = article.text.slice(m.end, headStart);
    if (!plan && m.end <= headStart && /^\s+(?:[a-z-]+\s+)?$/i.test(gap) && gap.length <= 20) return m;
  }
  return null;
}

const readings = perObject<Article, Map<string, ((exclude: Sentence) => AnchorDate | null) | null>>();

/**
 * The date the text gives elsewhere for the event a claim names ("the initial invasion in February
 * 2022"), leaving the claim's own sentence out. The text is searched once per phrase, not once per
 * claim: a repeated claim asks again with another sentence left out.
 */
export function resolveEvent(
  article: Article,
  phrase: string,
  exclude: Sentence,
  reference: Day | null,
): AnchorDate | null {
  const known = readings(article, () => new Map());
  const key = `${reference} ${phrase}`; // a day has no space in it: the first space ends it
  let choose = known.get(key);
  if (choose === undefined) known.set(key, (choose = readEvent(article, phrase, reference)));
  return choose ? choose(exclude) : null;
}

function readEvent(
  article: Article,
  phrase: string,
  reference: Day | null,
): ((exclude: Sentence) => AnchorDate | null) | null {
  const h = headOf(phrase);
  if (!h) return null;
  // The event under its own name first; under the other names of its kind only where its own is never dated.
  const own = readingsUnder(article, [h.head], h, phrase, reference);
  const kin = readingsUnder(
    article,
    eventNames(h.head).filter((n) => n !== h.head),
    h,
    phrase,
    reference,
  );
  const answerOwn = chooser(own);
  const answerKin = kin.length ? chooser(kin) : null;
  return (exclude) => (own.some((r) => r.sentence !== exclude) ? answerOwn(exclude) : (answerKin?.(exclude) ?? null));
}

/** Every dated reading, in text order, of the event under any of these names. */
function readingsUnder(
  article: Article,
  names: string[],
  h: { head: string; modifiers: string[] },
  phrase: string,
  reference: Day | null,
): Array<Reading<AnchorDate>> {
  const found: Array<Reading<AnchorDate>> = [];
  const event = eventName(phrase);
  const words = names
    .flatMap((n) => datedWordsLike(article, n.replace(/(?:es|s)$/, '').replace(/[^a-z]/g, '.')))
    .sort((a, b) => a.start - b.start);
  for (const w of words) {
    const s = w.sentence;
    const headStart = w.start;
    const plan = isPlanNoun(article.text.slice(headStart, w.end));
    const mention = datedNear(article, headStart, w.end, datedMentionsIn(article, s), plan);
    if (!mention) continue;
    const resolved = resolveDate(mention, reference, false);
    if (!resolved) continue;
    const context = article.text.slice(Math.max(s.start, headStart - 40), headStart).toLowerCase();
    const shared = h.modifiers.filter((mod) => context.includes(mod)).length;
    const anchor: AnchorDate = { period: resolved.period, mention, event, yearInferred: resolved.yearInferred };
    const written = article.text.slice(headStart, w.end).toLowerCase();
    if (written.replace(/e?s$/, '') !== h.head.replace(/e?s$/, '')) anchor.namedAs = written;
    found.push({ sentence: s, anchor, shared });
  }
  return found;
}

/** A date written right beside an offset range: ", in 2019" after it, or "In 2019, " before it. */
export function adjacentDate(article: Article, s: Sentence, start: number, end: number): DateMention | null {
  for (const m of article.mentionsIn(s)) {
    if (
      m.start >= end &&
      /^[\s,]*(?:in|on|back\s+in|during)?\s*$/i.test(article.text.slice(end, m.start)) &&
      m.start - end <= 14
    )
      return m;
    if (m.end <= start && /^[\s,]*$/.test(article.text.slice(m.end, start)) && start - m.end <= 3) return m;
  }
  return null;
}
