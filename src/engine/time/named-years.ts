import { anyOf, wordList as words } from '../text/alternation.js';

/**
 * Years that name things rather than date events. A year used as a modifier or a label names a
 * product, a contest, a security, a law or a group of people: it still anchors a claim ("the 2019
 * takeover, agreed four months ago"), but nothing is narrated as happening then, and no forecast
 * looks ahead to it. The rules, each one documented below:
 *
 * 1. A determiner before and a word after make it a modifier: "the (early) 2020 campaign", "its
 *    December 2019 issue", "a tighter 2007-2013 spending package".
 * 2. A proper name before makes it part of the name: "Paris 2024", "Euro 2020".
 * 3. Straight before a noun, after no word of time, it modifies the noun: "1988 crop wheat",
 *    "June 1997 tap stock", "1988 U.S. budget cleared".
 * 4. A security named by its maturity: "debentures of 2009", "the 8-1/2 pct of 2011", "notes dated
 *    1992"; anything "dated" a year is labelled with it.
 * 5. A law named by its year: "the Tax Reform Act of 1986".
 * 6. A cohort named by its birth years: "anyone born after 2008", "children born on or after January 1, 2009".
 *
 * Decades ("the 1950s") are not read as years at all (`written.ts`).
 */

/** Rule 1: a determiner, then at most two adjectives ("early", "final": by their endings). */
const DETERMINERS = words('the a an this that these those its their his her our your my whose every each next last');
const ADJECTIVES = [
  ...words('late mid new whole entire full first second third so-called all-new'),
  String.raw`[a-z]+(?:est|ing|ed|ly|al|ic|ive|ous|ful|ary)`,
];
const DETERMINED_BEFORE = new RegExp(
  String.raw`(?:\b${anyOf(DETERMINERS)}|['’]s)\s+(?:${anyOf(ADJECTIVES)}[\s-]+){0,2}$`,
  'i',
);
/** What such a date modifies starts with a letter; "the 2019 was" is no English. */
const NOT_MODIFIED = words('and or to through until till was were is are had has when as but');
const MODIFIES_AFTER = new RegExp(String.raw`^[\s-]+(?!${anyOf(NOT_MODIFIED)}\b)\p{L}`, 'u');

/** Rule 2: an event or product named with its year. Seasons, holidays and quarters are dates. */
const NAMED_BEFORE = /(?<![.!?]\s*|^\s*)\b(\p{Lu}[\p{L}&-]+)\s+$/u;
const TIME_NAMES = new RegExp(
  `^${anyOf(
    words(`January February March April May June July August September October November December Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter Christmas Easter Ramadan Eid Diwali Hanukkah
    Thanksgiving Halloween New Year Midsummer Lent Advent FY Since In By Until From During Before After Through Of
    For Around Circa Early Late Mid End Start Beginning Between And Or To On At As The`),
  )}$`,
);

/** Rule 3: words after which a year is a time, not a modifier ("in 1988 crops failed", "for 2024 budgets"). */
const TIME_WORDS = words(`in on at by since until till from to during before after through throughout of between and
    or for than as into within over under early late mid end start year years season fiscal calendar FY spring
    summer autumn fall winter ended ending against with is was are were be been said says`);
const TIME_WORD_BEFORE = new RegExp(String.raw`\b${anyOf(TIME_WORDS)}\s*$|[,;:("“]\s*$`, 'i');
const BARE_MODIFIES_AFTER = /^\s+(?:\p{Lu}[\p{L}.&-]*|[a-z]+)(?=[\s,.;:])/u;
/**
 * Rule 3: words after a year that start a clause or are its verb ("1988 saw", "2019 the firm", "left 2019 alone");
 * a past participle or an adverb ("2019 only") by its ending.
 */
const CLAUSE_OR_VERB = [
  ...words(`the a an this that its their his her he she it they we i you there and or but to through until till when
    as while after before with for from in on at by of than alone also saw brought was were is are has had have
    will would could should may might can did does do became began remains? seems? looks? promises? sees brings
    marks`),
  '[a-z]+ed',
  '[a-z]+ly',
];
const CLAUSE_OR_VERB_AFTER = new RegExp(String.raw`^\s+${anyOf(CLAUSE_OR_VERB)}\b`, 'i');
/** A headline in capitals ("1988 U.S. BUDGET CLEARED") has a noun after the year as much as prose has. */
const HEADLINE_NOUN_AFTER = /^\s+(?:U\.S\.|[A-Z]{2,})(?=\s)/;

/** Rule 4: securities, by their maturity ("the 8-1/2 pct of 2011", "notes due 2030"); anything "dated" a year. */
const SECURITIES = words(`bonds? notes? debentures? gilts? loans? stocks? securities certificates? bills?
    treasur(?:y|ies) obligations? warrants? coupons? tranches? pct percent %`);
const MATURING = words(String.raw`of due maturing(?:\s+in)? expiring(?:\s+in)?`);
const SECURITY_BEFORE = new RegExp(String.raw`\b${anyOf(SECURITIES)}\s+${anyOf(MATURING)}\s+$|\bdated\s+$`, 'i');

/**
 * Rule 5: laws and treaties, by their year: in capitals, the name of one; an act in any case ("the tax
 * reform act of 1986").
 */
const LAWS = words(`Law Code Statute Treaty Convention Charter Amendments? Directive Decree Regulations? Ordinance
    Protocol Constitution`);
const LAW_BEFORE = new RegExp(String.raw`\b${anyOf(LAWS)}\s+of\s+$|\b[Aa]ct\s+of\s+$`);

/** Rule 6: a group of people by the years they were born in. */
const COHORTS = words(`anyone anybody everyone those people children babies kids persons? students pupils generations?
    cohorts? residents citizens smokers drivers voters`);
const BORN_WHEN = words(String.raw`in after before since from on\s+or\s+(?:after|before) between`);
const COHORT_BEFORE = new RegExp(String.raw`\b${anyOf(COHORTS)}\s+born\s+${anyOf(BORN_WHEN)}\s+$`, 'i');

/**
 * True when the date written at `start`..`end` of `text` names a thing. A date with a day ("March 5,
 * 2021") names a thing only as a cohort's or a security's term; rules 1 to 3 read years and months.
 */
export function isAttributive(text: string, start: number, end: number, hasDay = false): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 30);
  if (COHORT_BEFORE.test(before) || SECURITY_BEFORE.test(before) || LAW_BEFORE.test(before)) return true;
  if (hasDay) return false;
  if (DETERMINED_BEFORE.test(before) && MODIFIES_AFTER.test(after)) return true;
  const named = NAMED_BEFORE.exec(before);
  if (named !== null && !TIME_NAMES.test(named[1]!)) return true;
  return modifiesBare(before, after);
}

/** Rule 3: "to include 1988 crop wheat", "June 1997 tap stock", "1988 U.S. BUDGET CLEARED". */
function modifiesBare(before: string, after: string): boolean {
  // A sentence may open on a year it is about ("1988 was ..."): there only a headline's capitals show the noun.
  if (/(?:^|[.!?])\s*$/.test(before)) return HEADLINE_NOUN_AFTER.test(after);
  if (TIME_WORD_BEFORE.test(before)) return false;
  return BARE_MODIFIES_AFTER.test(after) && !CLAUSE_OR_VERB_AFTER.test(after);
}
