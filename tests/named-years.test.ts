import { describe, expect, it } from 'vitest';
import { findDates } from '../src/engine/time/dates.js';
import { isAttributive } from '../src/engine/time/named-years.js';

/**
 * Years that name things (issue 19, cause 3): a product, a security, a law, a crop, a cohort.
 * Each word of each rule has a case of its own, so that a rule that loses a word fails here; and
 * each rule has cases where the year is a time after all.
 */
const names = (text: string, year = /\b(?:1[6-9]|20)\d\d(?:-\d{4})?\b/) => {
  const m = year.exec(text)!;
  return isAttributive(text, m.index, m.index + m[0].length);
};
const namesDay = (text: string, date: string) => {
  const at = text.indexOf(date);
  return isAttributive(text, at, at + date.length, true);
};

describe('rule 1: after a determiner, before a noun', () => {
  it('a comparative before it: rule 3 reads it', () =>
    expect(names('Leaders sealed a tighter 2007-2013 spending package.')).toBe(true));
  it('the year as the subject is no modifier', () =>
    expect(names('They said the 2019 was a good vintage.')).toBe(false));
});

describe('rule 3: a bare year straight before a noun', () => {
  it.each([
    'The rule was broadened to include 1988 crop wheat.',
    'The bank sold 8.50 pct June 1997 tap stock at par.',
    'Ford recalled 2025 Explorer SUVs over a faulty camera.',
  ])('%s', (text) => expect(names(text, /\b(?:June )?(?:1[6-9]|20)\d\d\b/)).toBe(true));
  it.each(['U.S.', 'BUDGET'])('a headline in capitals: 1988 %s ...', (word) =>
    expect(names(`1988 ${word} CLEARED BY COMMITTEE`)).toBe(true),
  );
  it('a sentence may open on the year it is about', () =>
    expect(names('Sales fell. 1988 crop prospects are good.')).toBe(false));

  // After these words a year is a time: "spoke of 1988 crop prospects" dates the prospects.
  it.each([
    'in',
    'on',
    'at',
    'by',
    'since',
    'until',
    'till',
    'from',
    'to',
    'during',
    'before',
    'after',
    'through',
    'throughout',
    'of',
    'between',
    'and',
    'or',
    'for',
    'than',
    'as',
    'into',
    'within',
    'over',
    'under',
    'early',
    'late',
    'mid',
    'end',
    'start',
    'year',
    'years',
    'season',
    'fiscal',
    'calendar',
    'FY',
    'spring',
    'summer',
    'autumn',
    'fall',
    'winter',
    'ended',
    'ending',
    'against',
    'with',
    'is',
    'was',
    'are',
    'were',
    'be',
    'been',
    'said',
    'says',
  ])('a time after "%s"', (word) => expect(names(`Officials spoke ${word} 1988 crop prospects.`)).toBe(false));
  it.each([',', ';', ':', '(', '"', '“'])('a time after "%s"', (mark) =>
    expect(names(`Officials spoke${mark} 1988 crop prospects.`)).toBe(false),
  );

  // Before these words a year is a clause's subject or time: "left 1988 behind" is no "1988 behind".
  it.each([
    'the',
    'a',
    'an',
    'this',
    'that',
    'its',
    'their',
    'his',
    'her',
    'he',
    'she',
    'it',
    'they',
    'we',
    'i',
    'you',
    'there',
    'and',
    'or',
    'but',
    'to',
    'through',
    'until',
    'till',
    'when',
    'as',
    'while',
    'after',
    'before',
    'with',
    'for',
    'from',
    'in',
    'on',
    'at',
    'by',
    'of',
    'than',
    'alone',
    'only',
    'also',
    'saw',
    'brought',
    'was',
    'were',
    'is',
    'are',
    'has',
    'had',
    'have',
    'will',
    'would',
    'could',
    'should',
    'may',
    'might',
    'can',
    'did',
    'does',
    'do',
    'became',
    'began',
    'remains',
    'seems',
    'looks',
    'promises',
    'sees',
    'brings',
    'marks',
    'surprised',
    'largely',
  ])('no modifier before "%s"', (word) => expect(names(`Workers left 1988 ${word} prices.`)).toBe(false));
  it('but before a noun it is one', () => expect(names('Workers left 1988 crop prices.')).toBe(true));
});

describe('rule 4: a security named by its maturity', () => {
  it.each([
    'bond',
    'bonds',
    'note',
    'notes',
    'debenture',
    'debentures',
    'gilt',
    'gilts',
    'loan',
    'loans',
    'stock',
    'stocks',
    'securities',
    'certificate',
    'certificates',
    'bill',
    'bills',
    'treasury',
    'treasuries',
    'obligation',
    'obligations',
    'warrant',
    'warrants',
    'coupon',
    'coupons',
    'tranche',
    'tranches',
    'pct',
    'percent',
    '%',
  ])('the 8-1/2 %s of 2011', (noun) =>
    expect(names(`Traders sold the 8-1/2${noun === '%' ? '' : ' '}${noun} of 2011 at par.`)).toBe(true),
  );
  it.each(['of', 'due', 'maturing', 'maturing in', 'expiring', 'expiring in'])('notes %s 2030', (link) =>
    expect(names(`The fund bought notes ${link} 2030 last week.`)).toBe(true),
  );
  it('anything dated a year is labelled with it', () =>
    expect(names('The exchange listed the notes dated 1992 again.')).toBe(true));
  it('a noun that is no security is dated by "of"', () =>
    expect(names('The floods of 2019 destroyed the bridge.')).toBe(false));
});

describe('rule 5: a law named by its year', () => {
  it.each([
    'Law',
    'Code',
    'Statute',
    'Treaty',
    'Convention',
    'Charter',
    'Amendment',
    'Amendments',
    'Directive',
    'Decree',
    'Regulation',
    'Regulations',
    'Ordinance',
    'Protocol',
    'Constitution',
    'Act',
  ])('the Reform %s of 1986', (law) =>
    expect(names(`Critics said the Reform ${law} of 1986 changed little.`)).toBe(true),
  );
  it('an act in lower case is one too', () =>
    expect(names('He said the tax reform act of 1986 lowers rates.')).toBe(true));
  it('a law in lower case is a word, not a name', () =>
    expect(names('He studied the law of 1986 in depth.')).toBe(false));
});

describe('rule 6: a cohort named by its birth years', () => {
  it.each([
    'anyone',
    'anybody',
    'everyone',
    'those',
    'people',
    'children',
    'babies',
    'kids',
    'person',
    'persons',
    'students',
    'pupils',
    'generation',
    'generations',
    'cohort',
    'cohorts',
    'residents',
    'citizens',
    'smokers',
    'drivers',
    'voters',
  ])('%s born after 2030', (who) => expect(names(`The ban covers ${who} born after 2030.`)).toBe(true));
  it.each(['in', 'after', 'before', 'since', 'from', 'on or after', 'on or before', 'between'])(
    'children born %s a date',
    (link) => expect(namesDay(`The rule covers children born ${link} January 1, 2030.`, 'January 1, 2030')).toBe(true),
  );
  it('a person born on a date is a birth, not a cohort', () =>
    expect(namesDay('She was born on January 1, 2030.', 'January 1, 2030')).toBe(false));
});

describe('through the date reader', () => {
  it('marks the names and leaves the times', () => {
    const text = 'Debentures of 2009 rose; in 2009 the price fell; the Act of 1986 still stands.';
    const marked = findDates(text).map((m) => `${m.text}${m.attributive ? ' names' : ''}`);
    expect(marked).toEqual(['2009 names', '2009', '1986 names']);
  });
});
