import { anyOf, wordList } from './alternation.js';

/**
 * Small, explainable tests of what a clause says about time. compromise tags verbs, but only on
 * the few clauses a check has already picked; our own lexicon covers the irregular pasts it
 * misses ("sold out" comes back as an adjective).
 */
/**
 * Future and expectation markers, in parts. A verb that is also a noun ("the forecast", "its projects")
 * counts only where no determiner makes it the noun; the singular "project" is nearly always one.
 */
/** Modal and periphrastic futures: "will", "'ll", "going to". */
const MODALS = wordList(String.raw`will won['’]t shall ['’]ll going\s+to`);
/** "Is (still) expected to", "remains on track to": a copula, an adverb, a word of expectation, "to". */
const COPULAS = wordList('is are am remains? seems? appears? looks?');
const COPULA_ADVERBS = wordList('still now also widely currently');
const EXPECTATIONS = wordList(String.raw`set expected forecast forecasted projected due scheduled slated poised
  likely unlikely certain sure bound predicted planned anticipated estimated tipped on\s+track on\s+course`);
const EXPECTED_TO = String.raw`${anyOf(COPULAS)}\s+(?:${anyOf(COPULA_ADVERBS)}\s+)?${anyOf(EXPECTATIONS)}\s+to`;
/** "Is (tentatively) scheduled for": a schedule with its date. */
const SCHEDULE_COPULAS = wordList('is are');
const SCHEDULE_ADVERBS = wordList('still now also currently tentatively');
const SCHEDULES = wordList(String.raw`set scheduled slated planned due pencil+ed\s+in`);
const SCHEDULED_FOR =
  String.raw`${anyOf(SCHEDULE_COPULAS)}\s+(?:${anyOf(SCHEDULE_ADVERBS)}\s+)?` + String.raw`${anyOf(SCHEDULES)}\s+for`;
/** Verbs of expecting that are also nouns: not after a determiner ("the forecast", "its new plans to"). */
const NOUN_DETERMINERS = wordList(`the a an its their his her our my your this that these those whose new latest same
  failed earlier previous original initial`);
const EXPECTING_VERBS = wordList(String.raw`expects? forecasts? predicts? projects anticipates? plans?\s+to`);
const EXPECTING = String.raw`(?<!\b${anyOf(NOUN_DETERMINERS)}\s+)${anyOf(EXPECTING_VERBS)}`;
/** Intentions and words of the future by themselves: "aims to", "upcoming", "well into". */
const INTENTIONS = wordList(String.raw`expected\s+to aims?\s+to hopes?\s+to intends?\s+to upcoming forthcoming
  well\s+into poised\s+to set\s+to`);
const FUTURE = new RegExp(
  String.raw`\b${anyOf([...MODALS, EXPECTED_TO, SCHEDULED_FOR, EXPECTING, ...INTENTIONS])}(?![\w-])`,
  'i',
);

/**
 * Markers that place an expectation in the past: a forecast reported, not made. "The firm expected to"
 * is a past verb where "is expected to" and ", expected to" are not; "said in 2022 that" dates the report.
 */
/** "Had", "would", "previously": the tense or the time of the expectation is past. */
const PAST_WORDS = wordList(String.raw`had would was were wasn['’]t weren['’]t previously originally initially once
  earlier then`);
/** A past verb of expecting with no "to" after it: "as predicted", "the rise they had anticipated". */
const PAST_EXPECTING = wordList('predicted forecasted projected anticipated expected planned hoped aimed intended');
/** "The firm expected to": a subject (no copula, adverb or "as" before) and a past verb of intending. */
const NOT_A_SUBJECT = wordList('is are am be been being widely now still also currently generally long as not');
const PAST_INTENDING = wordList('expected hoped aimed intended');
const SUBJECT_INTENDED = String.raw`(?<![’'])\b(?!${anyOf(NOT_A_SUBJECT)}\b)[a-z]+\s+${anyOf(PAST_INTENDING)}\s+to\b`;
/** "Said in 2022 that": a report dated by its year. */
/** ("Predicted" and "projected" need no year: PAST_EXPECTING reads them.) */
const DATED_REPORTS = wordList('said announced forecast estimated wrote stated reported warned');
const CENTURIES = wordList('1[89] 20');
const DATED_REPORT = String.raw`\b${anyOf(DATED_REPORTS)}\s+(?:in|on)\s+(?:[\w.]+\s+){0,2}?${anyOf(CENTURIES)}\d\d\b`;
const PAST_WORD = String.raw`\b${anyOf(PAST_WORDS)}\b`;
const PAST_EXPECTED = String.raw`\b${anyOf(PAST_EXPECTING)}\b(?!\s+to\b)`;
const PAST_EXPECTATION = new RegExp(anyOf([PAST_WORD, PAST_EXPECTED, SUBJECT_INTENDED, DATED_REPORT]), 'i');

export function hasFutureMarker(clause: string): boolean {
  return futureMarker(clause) !== null;
}

const FUTURE_ALL = new RegExp(FUTURE.source, 'gi');
/**
 * A marker that is a noun: "Pennzoil's plan to buy", "the agency's forecast" (a possessive before it);
 * "the Hanoi Action Plan to implement" (a capital "Plan" inside a sentence in lower case names one).
 */
const POSSESSIVE_BEFORE = /['’]s\s+$/;
const NAMED_PLAN = /^Plans?\s+to\s+\p{Ll}/u;
const NOUN_LIKE = /^(?:expects?|forecasts?|predicts?|projects|anticipates?|plans?)\b/i;
function isNounPlan(clause: string, at: number): boolean {
  const marker = clause.slice(at, at + 30);
  if (!NOUN_LIKE.test(marker)) return false;
  return POSSESSIVE_BEFORE.test(clause.slice(Math.max(0, at - 4), at)) || (at > 0 && NAMED_PLAN.test(marker));
}

/** The first future or expectation marker of a clause that is no part of a name. */
export function futureMarker(clause: string): RegExpMatchArray | null {
  if (!FUTURE.test(clause)) return null;
  for (const m of clause.matchAll(FUTURE_ALL)) if (!isNounPlan(clause, m.index)) return m;
  return null;
}

export function hasPastExpectation(clause: string): boolean {
  return PAST_EXPECTATION.test(clause);
}

/** Conditions, wishes and modals of possibility: "if", "could", "wants to", "in case". */
const CONDITIONS = wordList(String.raw`if unless whether would could might should must wants?\s+to hoped imagine suppose
  in\s+case`);
const CONDITIONAL = new RegExp(String.raw`\b${anyOf(CONDITIONS)}\b`, 'i');
/** Lower case only: "May 3" is a date. */
const MAY = /\bmay\b/;
export function isConditional(clause: string): boolean {
  return CONDITIONAL.test(clause) || MAY.test(clause);
}

/**
 * Simple pasts that the shape rule (three letters or more, then "-ed") does not read: the irregular
 * verbs, one form each, without duplicates; and regular pasts too short for the rule ("died", "axed").
 */
export const IRREGULAR_PAST_FORMS = wordList(`sold held won went came took made said told gave began became fell rose
  met left lost paid saw ran wrote struck beat broke built brought bought caught chose drew drove ate fought found flew
  froze got grew hung heard hid kept knew led lent lit meant rode rang sought sent shot sang sank sat slept spoke spent
  stood stole stuck swore swept swam taught tore thought threw understood woke wore withdrew overtook arose awoke bore
  bound bred dealt dug fed felt fled forbade forgave forsook laid lay leapt mistook overcame oversaw rebuilt shook shone
  slid slung smote sprang stank strode strove swung underwent undertook upheld withheld wound`);
export const SHORT_REGULAR_PAST_FORMS = wordList('died used sued owed tied axed');
const IRREGULAR_PAST = new Set([...IRREGULAR_PAST_FORMS, ...SHORT_REGULAR_PAST_FORMS]);
/** Words in -ed that are no verbs' pasts and long enough for the shape rule ("need" and "bed" are not). */
const NOT_PAST = new Set(wordList('speed bleed breed hundred indeed proceed exceed succeed greed creed embed'));

const AUXILIARY = /^(?:will|would|to|be|been|being|has|have|having|is|are|am|could|should|might|may|must|can|shall)$/i;

/** After these words a verb form is a participle or an infinitive ("has closed", "to be featured"), no simple past. */
export function beforeNonFinite(previous: string): boolean {
  // "May" with a capital is the month ("on Sunday 4 May drew crowds"), not the modal.
  return previous !== 'May' && AUXILIARY.test(previous);
}

/**
 * After a preposition a form in -ed is an adjective ("shares of preferred stock", "interest on
 * subordinated loans"): no finite verb follows a preposition.
 */
const PREPOSITIONS = wordList(`of for in on at with from into onto about under over than like per via without within
  among between against toward towards upon through across including`);
const PREPOSITION = new RegExp(`^${anyOf(PREPOSITIONS)}$`, 'i');

export const afterPreposition = (previous: string): boolean => PREPOSITION.test(previous);

/** A determiner, or an adverb of newness or degree, before a form in -ed makes it an adjective: "the most advanced". */
const ADJECTIVE_BEFORE = /^(?:the|a|an|newly|recently|most|more|less|least|very|highly|fully|well)$/i;

/** After an auxiliary, a preposition or a determiner, a form in -ed is a participle or an adjective. */
function noFiniteVerbAfter(previous: string): boolean {
  return beforeNonFinite(previous) || afterPreposition(previous) || ADJECTIVE_BEFORE.test(previous);
}

/** A compound is a verb only when its first part is a prefix a verb takes: "re-elected", not "par-priced". */
const VERB_PREFIXES = wordList('re co pre un de mis over out under up cross fast back double counter');
const VERB_PREFIX = new RegExp(`^${anyOf(VERB_PREFIXES)}$`, 'i');

/** The words of a text, a hyphenated compound as one word ("par-priced", "re-elected"). */
export function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z]+(?:-[A-Za-z]+)*/g) ?? [];
}

/**
 * True when the word is a simple past verb form (not a participle after "has"/"will be", nor an
 * adjective after a preposition). A bare "was" or "had" is left out: "the deadline was April 15"
 * states a schedule, not an event.
 */
export function looksPast(word: string, previous: string | undefined): boolean {
  const dash = word.indexOf('-');
  if (dash !== -1) return VERB_PREFIX.test(word.slice(0, dash)) && looksPast(word.slice(dash + 1), previous);
  const w = word.toLowerCase();
  if (previous !== undefined && noFiniteVerbAfter(previous)) return false;
  if (IRREGULAR_PAST.has(w)) return true;
  return /^[a-z]{3,}ed$/.test(w) && !NOT_PAST.has(w);
}

/** A sentence that tells of the past: a simple past verb in it, and no future marker. */
export function tellsOfThePast(sentence: string): boolean {
  if (hasFutureMarker(sentence)) return false;
  const words = sentence.match(/[A-Za-z]+/g) ?? [];
  return words.some((w, i) => looksPast(w, words[i - 1]));
}

/**
 * A part-of-speech tagger's reading of one clause: the words it calls verbs in the past tense, as
 * written (compromise's, `tagger.ts`, in Node; the extension's content script gets its answers
 * from the popup). `undefined`: it cannot read this clause here, and the report says so.
 */
export type Tagger = (clause: string) => readonly string[] | undefined;

/** The tagger's past-tense verbs of one clause, folded to lower-case letters. */
export function pastVerbs(clause: string, tagger: (clause: string) => readonly string[]): string[] {
  return tagger(clause).map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
}
