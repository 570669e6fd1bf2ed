import { describe, expect, it } from 'vitest';
import { articleOf } from './helpers/rule-tester.js';
import { futureMarker, hasFutureMarker, looksPast } from '../src/engine/text/tense.js';
import { rangeStartOf } from '../src/engine/time/narration.js';
import { pastNarrationOf } from '../src/engine/lang/reading.js';

/**
 * Past narration needs a past event (issue 19, cause 2): each rule of `time/narration.ts`, each
 * word of it a case of its own. A case reads true when the date is narrated as past. Every
 * sentence has a past verb near the date, so that a rule that loses a word fails its case.
 */
function narrated(text: string, date: string): boolean {
  const article = articleOf({ text: `Probe\n\n${text}` });
  const m = article.dateMentions.find((x) => x.text === date || x.text.endsWith(date));
  const all = article.dateMentions.map((x) => x.text).join(' | ');
  if (!m) throw new Error(`no mention «${date}» in «${text}»: ${all}`);
  return pastNarrationOf(article, article.sentenceAt(m.start)!, m);
}

describe('rule 1: a target or a deadline', () => {
  it('the coming 2030-2035', () =>
    expect(narrated('The board named the coming 2030-2035 as a decade of renewal.', '2030-2035')).toBe(false));
  it.each(['end', 'start', 'beginning', 'middle', 'close', 'first half', 'second half', 'rest', 'remainder'])(
    'until the %s of 2030',
    (part) => expect(narrated(`The pact was extended until the ${part} of 2030.`, '2030')).toBe(false),
  );
  it.each(['fiscal', 'financial', 'calendar', 'FY', 'tax', 'fiscal year'])('for %s 2030', (cal) =>
    expect(narrated(`The deficit rose to $173 billion for ${cal} 2030.`, '2030')).toBe(false),
  );
  it('"from" narrates', () => expect(narrated('She served as chair from 2030 to 2032.', '2030')).toBe(true));
});

describe('rule 2: a schedule or a term', () => {
  it.each(['scheduled', 'slated', 'planned', 'timed', 'earmarked', 'pencilled in', 'penciled in', 'targeted'])(
    'a trial %s for ... in March 2030',
    (w) => expect(narrated(`The trial, ${w} for jury verdicts in March 2030, drew crowds.`, 'March 2030')).toBe(false),
  );
  it('what something is for', () =>
    expect(narrated('The airline placed an order for delivery in August 2030.', 'August 2030')).toBe(false));
  it.each(['date', 'deadline'])('the value of a %s', (noun) =>
    expect(narrated(`Banks worried its ${noun} was given as April 24, 2030.`, 'April 24, 2030')).toBe(false),
  );
  it.each(['as', 'at'])('a date fixed %s', (prep) =>
    expect(narrated(`Banks worried the date was fixed ${prep} April 24, 2030.`, 'April 24, 2030')).toBe(false),
  );
  it.each([
    'payable',
    'maturing',
    'mature',
    'matures',
    'redeemable',
    'repayable',
    'convertible',
    'callable',
    'exercisable',
    'expires',
    'expiring',
    'expiry',
  ])('notes %s in March 2030', (w) =>
    expect(narrated(`Investors bought notes ${w} in March 2030.`, 'March 2030')).toBe(false),
  );
  it.each(['period', 'term', 'duration'])('for the %s of a contract', (w) =>
    expect(
      narrated(`Rates were lowered for the ${w} March 1, 2030 to June 1, 2031.`, 'March 1, 2030 to June 1, 2031'),
    ).toBe(false),
  );
  it.each(['of', 'from', 'between'])('for the period %s', (w) =>
    expect(
      narrated(
        `Rates were lowered for the period ${w} March 1, 2030 to June 1, 2031.`,
        'March 1, 2030 to June 1, 2031',
      ),
    ).toBe(false),
  );
  it('a day of a plain past event narrates', () =>
    expect(narrated('The festival sold out on August 2, 2030.', 'August 2, 2030')).toBe(true));
});

describe('rule 3: a verb of saying dates the saying', () => {
  it.each([
    'said',
    'says',
    'say',
    'added',
    'adds',
    'stated',
    'noted',
    'reported',
    'reports',
    'warned',
    'warns',
    'predicted',
    'forecasted',
    'projected',
    'expected',
    'estimated',
    'believed',
    'believes',
    'argued',
    'insisted',
    'claimed',
    'claims',
    'suggested',
    'indicated',
    'acknowledged',
    'conceded',
    'explained',
    'wrote',
    'writes',
    'thought',
    'thinks',
    'feared',
    'fears',
  ])('the bank that failed %s the shop opens in March 2030', (verb) =>
    expect(narrated(`The bank that failed ${verb} the shop opens in March 2030.`, 'March 2030')).toBe(false),
  );
  it.each([
    'on March 3, 2030',
    'in 2030',
    'during 2030',
    'early in 2030',
    'late in 2030',
    ', in 2030',
    'on the 3rd of March, 2030',
  ])('"said %s" is the saying\'s own date', (adjunct) =>
    expect(
      narrated(
        `The minister said ${adjunct} that the plant would close.`.replace('said ,', 'said,'),
        adjunct.replace(/^[, ]*(?:on the|on|in|during|early in|late in)\s+/, ''),
      ),
    ).toBe(true),
  );
  it('a past verb inside what is said narrates', () =>
    expect(narrated('The firm said the plant closed in March 2030.', 'March 2030')).toBe(true));
});

describe('rule 3: a verb of announcing or deciding, for what it announces', () => {
  it.each([
    'announced',
    'unveiled',
    'outlined',
    'proposed',
    'detailed',
    'presented',
    'approved',
    'agreed',
    'ordered',
    'pledged',
    'promised',
    'planned',
    'signed',
    'recommended',
    'endorsed',
    'adopted',
    'launched',
    'called for',
    'urged',
    'demanded',
  ])('the council %s job cuts between 2030 and 2031', (verb) =>
    expect(narrated(`The council ${verb} job cuts between 2030 and 2031.`, '2030')).toBe(false),
  );
  it('a day after "on" is the act\'s own', () =>
    expect(narrated('The council approved the updated plan on March 9, 2030.', 'March 9, 2030')).toBe(true));
  it('so is a date right after the verb', () =>
    expect(narrated('The company announced on December 30, 2030 that it would close.', 'December 30, 2030')).toBe(
      true,
    ));
});

describe('rule 4: the future seen from the past', () => {
  it.each([
    'going',
    'bound',
    'due',
    'set',
    'expected',
    'scheduled',
    'slated',
    'likely',
    'about',
    'poised',
    'supposed',
    'still bound',
    'also bound',
    'now bound',
    'then bound',
  ])('costs were %s to go up in 2030', (w) =>
    expect(narrated(`Costs surged, were ${w} to go in 2030.`, '2030')).toBe(false),
  );
  it('"was to"', () => expect(narrated('It surged, was to reopen in 2030.', '2030')).toBe(false));
  it.each(['aimed', 'planned', 'intended', 'hoped', 'wanted', 'sought'])('he %s in 2030 to recoup', (verb) =>
    expect(narrated(`He ${verb} in 2030 to recoup the money.`, '2030')).toBe(false),
  );
});

describe('rule 5: a date joined to a target', () => {
  it.each(['and', 'or'])('by 2030 %s 2040', (join) =>
    expect(narrated(`Rich nations vowed net zero by 2030 ${join} 2040.`, '2040')).toBe(false),
  );
  it('joined to a date that is no target, it narrates', () =>
    expect(narrated('The fires struck in 2030 and 2031.', '2031')).toBe(true));
});

describe('rule 6: an adjective is no verb', () => {
  it.each([
    'of',
    'for',
    'in',
    'on',
    'at',
    'with',
    'from',
    'into',
    'onto',
    'about',
    'under',
    'over',
    'than',
    'like',
    'per',
    'via',
    'without',
    'within',
    'among',
    'between',
    'against',
    'toward',
    'towards',
    'upon',
    'through',
    'across',
    'including',
  ])('a participle after "%s"', (prep) => expect(looksPast('subordinated', prep)).toBe(false));
  it('after a noun it is a verb', () => expect(looksPast('subordinated', 'bank')).toBe(true));
  it.each(['the', 'a', 'an', 'newly', 'recently', 'most', 'more', 'less', 'least', 'very', 'highly', 'fully', 'well'])(
    'an adjective after "%s"',
    (word) => expect(looksPast('industrialised', word)).toBe(false),
  );
  it.each([
    're',
    'co',
    'pre',
    'un',
    'de',
    'mis',
    'over',
    'out',
    'under',
    'up',
    'cross',
    'fast',
    'back',
    'double',
    'counter',
  ])('a verb with the prefix %s-', (prefix) => expect(looksPast(`${prefix}-launched`, 'firm')).toBe(true));
  it('a compound of another kind is an adjective', () => expect(looksPast('par-priced', 'the')).toBe(false));
  it.each(['used', 'sued', 'owed', 'tied', 'axed'])('%s is a past form', (w) => expect(looksPast(w, 'he')).toBe(true));
  it('a possessive makes "plan to" a noun', () => {
    expect(hasFutureMarker("Pennzoil's plan to buy the refinery")).toBe(false);
    expect(hasFutureMarker('Pennzoil plans to buy the refinery')).toBe(true);
    expect(hasFutureMarker("The agency's forecast was wrong")).toBe(false);
    expect(hasFutureMarker('The agency forecasts a deficit')).toBe(true);
  });
  it('a capital "Plan" inside a sentence names a plan', () => {
    expect(futureMarker('They endorsed the Hanoi Action Plan to implement the roadmap')).toBeNull();
    expect(futureMarker('Company Plans To Cut Jobs')?.[0]).toBe('Plans To');
  });
});

describe("rule 7: a period that runs through the article's date", () => {
  const startOf = (text: string, end: string) => {
    const article = articleOf({ text: `Probe\n\n${text}` });
    const m = article.dateMentions.filter((x) => x.text.endsWith(end)).pop()!;
    return rangeStartOf(article, article.sentenceAt(m.start)!, m)?.text ?? null;
  };
  it.each([
    ['Interest owed between April 1, 2020, and March 31, 2030, was rescheduled.', 'March 31, 2030', 'April 1, 2020'],
    ['She served from 2020 to 2030.', '2030', '2020'],
    ['She served from 2020 until 2030.', '2030', '2020'],
    ['She served from 2020 till 2030.', '2030', '2020'],
    ['She served from 2020 through 2030.', '2030', '2020'],
    ['The fair ran August 1 to August 3, 2030.', 'to August 3, 2030', 'August 1 to August 3, 2030'],
    ['Interest owed March 1, 2020 - June 1, 2030 was paid.', '- June 1, 2030', 'March 1, 2020 - June 1, 2030'],
    ['Interest owed March 1, 2020 – June 1, 2030 was paid.', '– June 1, 2030', 'March 1, 2020 – June 1, 2030'],
  ])('%s', (text, end, start) => expect(startOf(text, end)).toBe(start));
  it('two dates joined by "and" without "between" or "from" are two dates', () =>
    expect(startOf('The fires struck in 2020 and 2030.', '2030')).toBeNull());
});
