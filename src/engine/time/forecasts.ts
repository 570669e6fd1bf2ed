import type { Article } from '../article.js';
import { anyOf, wordList as words } from '../text/alternation.js';
import { futureMarker, hasPastExpectation, looksPast, wordsOf } from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import type { Day, Period } from './calendar.js';
import { resolveDate, type DateMention } from './dates.js';
import { NUMBER_SOURCE } from './numbers.js';
import { tailOf } from '../text/tail.js';

/**
 * A forecast's period is what it looks ahead to. The rules, each below:
 *
 * 1. A time preposition right before the year makes it the period the expectation is about ("will
 *    continue well into 2023"); other words between move the year out of it (BREAK).
 * 2. A year compared with is a base, not a target: "forecast to rise to 720,000 tonnes against 695,000
 *    in 1986", "up 30 percent from 2005", "double those of 2005", "(706,000 in 1986)".
 * 3. A year whose own clause is told in the past is history: "expected to produce 1,900 tonnes in
 *    1987, and that in 1986 its output was 1,200 tonnes".
 * 4. Accounts of a finished period are published after it ends: "will write off 16 million in 1986",
 *    "expects to break even for 1986", written in March 1987, look ahead to the results (`due`).
 * 5. Fiscal and school years and seasons end after the calendar year they are named by.
 */
/** Rule 1: a time preposition right before the year makes it the period the expectation is about. */
const PARTS_OF_PERIOD = words(`first second third fourth last final early late end middle start beginning spring
    summer autumn fall winter half quarter part course rest remainder`);
const PART_OF_PERIOD = String.raw`${anyOf(PARTS_OF_PERIOD)}\s+(?:of\s+)?(?:the\s+)?`;
const TIME_PREPOSITIONS = words(`in by into until till through throughout during for before from starting beginning
    early late mid end`);
/**
 * "Of" alone names a thing ("the drought of 1982", "the tax reform act of 1986"); it reaches a period
 * only through a part of it ("by the end of 2023", "at the start of 2025").
 */
const TARGET = new RegExp(
  String.raw`(?:\b${anyOf(TIME_PREPOSITIONS)}[\s-]+(?:the\s+)?(?:${PART_OF_PERIOD}){0,3}` +
    String.raw`|\bat\s+(?:the\s+)?(?:${PART_OF_PERIOD}){1,3})$`,
  'i',
);
/** Words between the expectation and the year that move the year out of it ("than in 2019", "which opened in 2019"). */
const BREAK_WORDS = words(`than since after ago which who whose when where compared versus vs previous prior was were
    had been because despite following`);
/** Rule 2: a comparison ("against 695,000 in 1986", "up from 2.9 percent", "as in 1986"); a look back ("recall"). */
const COMPARED = String.raw`\bagainst\b|\b(?:up|down)\s+from\b|\bas\s+(?:in|during|with)\b|\b(?:recall|remember)\b`;
const BREAK = new RegExp(String.raw`[;.!?]|\b${anyOf(BREAK_WORDS)}\b|${COMPARED}`, 'i');

/** Rule 2: a figure, or what stands for one ("those", "levels"), right before the year's preposition. */
/** (Only "from" can come right before a year that is looked ahead to: TARGET.) */
const FIGURE = String.raw`\d[\d,.]*\s*(?:%|percent|per\s+cent|pct)?\s+from`;
/** ("Those of 2019": "of" alone never reaches a period, TARGET.) */
const FIGURE_WORD = String.raw`\b(?:those|levels?|figures?|records?|averages?)\s+(?:in|from|for)`;
const BASE_BEFORE = new RegExp(String.raw`(?:${FIGURE}|${FIGURE_WORD})\s+(?:the\s+)?$`, 'i');
/** "(706,000 in 1986)": an open bracket that holds a figure. */
const FIGURE_IN_BRACKETS = /\((?=[^)]*\d)[^)]*$/;
/** "Will fall to 230 million from 281 million in 1985", "from six million cubic meters in 1961": where it starts. */
const FROM_A_FIGURE = new RegExp(
  String.raw`\bfrom\s+(?:(?:about|some|around|nearly)\s+)?(?:${NUMBER_SOURCE}|half)\b` +
    String.raw`[^,;()]{0,40}?\s+(?:in|for)\s+(?:the\s+)?$`,
  'i',
);
/** "From 1986's 25.8 billion": the year's own figure. */
const YEARS_FIGURE_AFTER = /^['’]s\s+(?:[$€£]\s*)?[\d.,]+/;

/** Rule 1: a year that names a period is one: "the 2026 model year", "the 2024 season". */
/** ("The 2024 season" is another calendar's year: OTHER_CALENDAR_AFTER.) */
const NAMES_A_PERIOD = /^\s+(?:model\s+)?(?:year|term|quarter|half)\b/i;

/** Rule 3: a year that opens a clause of its own ("and that in 1986 ..."), whose verb is past. */
const OPENS_CLAUSE = /(?:\b(?:and|but|that|while|whereas)|[,;])\s+(?:in|during)\s+(?:the\s+)?$/i;
/** Its clause ends at a comma or a relative word; "and" may join its subjects ("its output and exports were"). */
const OWN_CLAUSE_END = /[,;:()]|\s(?:which|when)\s/i;
const TOLD_AS_PAST = /\b(?:was|were|had)\b/i;

/** Rule 4: words of accounts, and how long after a period ends its results still come out. */
const ACCOUNTS_WORDS = words(String.raw`profits? loss(?:es)? earnings income results revenues? sales dividends?
    charges? provisions? break\s?even figures deficit surplus writ(?:e|es|ing)[\s-]?(?:offs?|downs?)`);
const ACCOUNTS = new RegExp(String.raw`\b${anyOf(ACCOUNTS_WORDS)}\b`, 'i');
/** The result is the period's ("breakeven for 1986"), or the act is one of bookkeeping ("will write off in 1986"). */
const RESULT_OF_PERIOD = /\bfor\s+(?:the\s+)?$/i;
const BOOKKEEPING_VERBS = words(String.raw`report post book record show declare`);
const BOOKKEEPING_VERB = String.raw`\b${anyOf(BOOKKEEPING_VERBS)}(?:s|ing)?\b|\bwrit(?:e|es|ing)\s+(?:off|down)\b`;
const BOOKKEEPING_CHARGE = String.raw`\btak(?:e|es|ing)\s+(?:\S+\s+){0,4}?(?:charges?|impairments?|provisions?)\b`;
const BOOKKEEPING = new RegExp(`${BOOKKEEPING_VERB}|${BOOKKEEPING_CHARGE}`, 'i');
export const RESULTS_LAG_DAYS = 183;

/** Rule 4: accounts of the period, in words of accounts, as a result for it or a bookkeeping act. */
function accountsFor(sentence: string, fromMarker: string): boolean {
  return ACCOUNTS.test(sentence) && (RESULT_OF_PERIOD.test(fromMarker) || BOOKKEEPING.test(fromMarker));
}

/**
 * After "is scheduled for": the date itself, the part of it ("early", "the end of"), or one word of
 * what happens then ("for launch in 2023", "for a vote on March 3"); not a thing the year belongs to
 * ("for a rematch of the 2022 final").
 */
const PARTS_OF_A_YEAR = words(String.raw`end start beginning middle first\s+half second\s+half spring summer autumn fall
    winter`);
const PART_OF = String.raw`(?:early|late|mid|the\s+${anyOf(PARTS_OF_A_YEAR)}\s+of)[\s-]+`;
/** ("On" a year never reaches here: TARGET has no "on".) */
const WHAT_HAPPENS = String.raw`(?:(?:a|an|its|their|the)\s+)?[\w-]+\s+(?:in|by|before|during)\s+(?:${PART_OF})?`;
const FOR_THE_DATE = new RegExp(String.raw`^\s*(?:${PART_OF}|${WHAT_HAPPENS})?$`, 'i');

/** A simple past between the marker and the year dates something else: "the project first announced in 2017". */
function narratesPast(between: string): boolean {
  const words = between.match(/[A-Za-z]+/g) ?? [];
  return words.some((w, i) => looksPast(w, words[i - 1]));
}

/** Fiscal and school years and sports seasons end after the calendar year they are named by. */
/** ("In fiscal 2024" is no period looked ahead to by TARGET's reading: no other calendar before the year.) */
const OTHER_CALENDAR_AFTER = /^\s*(?:(?:fiscal|financial|school|academic)\s+)?(?:season|year|campaign)\b/i;

/** Future or expectation language about a dated period: "will continue well into 2023". */
export interface Forecast {
  sentence: Sentence;
  /** Where the future marker starts: the evidence runs from it to the end of the date. */
  start: number;
  mention: DateMention;
  period: Period;
  /** The last day the forecast can still be about: the period's end, or when the accounts of it come out (rule 4). */
  due: Day;
}

/**
 * Every dated period a sentence looks ahead to, in text order. A forecast reported in the past ("in 2021
 * the operator had forecast ...") is history and is left out. Asked through `forecastsOf`
 * (`lang/reading.ts`), once per article:
 * the stale-future check and the clock both ask.
 */
export function findForecasts(article: Article): Forecast[] {
  const out: Forecast[] = [];
  for (const s of article.sentences) {
    // A forecast is about a year the sentence writes: the marker is sought only where there is one.
    const mentions = article.mentionsIn(s);
    if (!mentions.some((m) => m.year !== undefined)) continue;
    const marker = futureMarker(s.text);
    if (!marker) continue;
    const markerAt = s.start + marker.index!;
    // Read once per sentence: the marker is the same for every year in it.
    const expectedInThePast = hasPastExpectation(article.text.slice(s.start, markerAt + marker[0].length));
    for (const m of mentions) {
      // A year that names a thing ("the 1994 Bogor goals", "the Act of 1986") is no period looked ahead to,
      // unless the thing is a period ("the 2026 model year").
      if (m.year === undefined || m.start < markerAt) continue;
      if (m.attributive && !NAMES_A_PERIOD.test(article.text.slice(m.end, m.end + 20))) continue;
      const before = tailOf(article.text, s.start, m.start);
      if (!TARGET.test(before)) continue;
      const between = article.text.slice(markerAt + marker[0].length, m.start);
      // "is set for March 2025" names the date; "is set for a rematch of the 2022 final" names a thing the
      // year belongs to.
      if (/\bfor$/i.test(marker[0]) && !FOR_THE_DATE.test(between)) continue;
      if (BREAK.test(between) || between.split(/\s+/).length > 14 || narratesPast(between)) continue;
      if (expectedInThePast) continue;
      const fromMarker = article.text.slice(markerAt, m.start);
      const after = article.text.slice(m.end, s.end);
      if (OTHER_CALENDAR_AFTER.test(after)) continue;
      if (isBase(fromMarker, after) || toldAsPast(fromMarker, after)) continue;
      const r = resolveDate(m, null, true);
      if (!r) continue;
      const due = accountsFor(s.text, fromMarker) ? r.period.to + RESULTS_LAG_DAYS : r.period.to;
      out.push({ sentence: s, start: markerAt, mention: m, period: r.period, due });
    }
  }
  return out;
}

/** Rule 2: the year is what the forecast is compared with. */
function isBase(fromMarker: string, afterYear: string): boolean {
  if (YEARS_FIGURE_AFTER.test(afterYear)) return true;
  return [BASE_BEFORE, FIGURE_IN_BRACKETS, FROM_A_FIGURE].some((re) => re.test(fromMarker));
}

/** Rule 3: "in 1986 its output was about 1,200 tonnes": the year's clause narrates. */
function toldAsPast(beforeYear: string, afterYear: string): boolean {
  if (!OPENS_CLAUSE.test(beforeYear)) return false;
  const stop = afterYear.search(OWN_CLAUSE_END);
  const clause = stop === -1 ? afterYear : afterYear.slice(0, stop);
  if (TOLD_AS_PAST.test(clause)) return true;
  const words = wordsOf(clause);
  return words.some((w, i) => looksPast(w, words[i - 1]));
}
