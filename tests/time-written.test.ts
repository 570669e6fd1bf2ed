import { describe, expect, it } from 'vitest';
import { findDates } from '../src/engine/time/dates.js';
import { isDecade, isTimeOfDay, writtenComponents } from '../src/engine/time/written.js';

/**
 * What a year is (issue 19, cause 1): a date holds only what its words write. Sentences of our
 * own, in the shapes agency copy and web pages use: tables, counts after a date, clock times,
 * decades, periods "to" and "ended".
 */
const read = (text: string) => findDates(text).map((m) => ({ text: m.text, year: m.year, month: m.month, day: m.day }));

describe('a number after a month is a day or a count, never a year', () => {
  it.each([
    ['On Oct. 28, 13 miners were trapped underground.', [{ text: 'Oct. 28', year: undefined, month: 10, day: 28 }]],
    ['On Jan. 6, 25 protesters were arrested.', [{ text: 'Jan. 6', year: undefined, month: 1, day: 6 }]],
    ['Results by month: April - 23 wins, May - 31 wins.', []],
    ['June 90-day bills eased.', []],
    ['Prices: Feb 32.9, Mar 6.8, Apr 6.3.', []],
    ['The note said March 3,500 tonnes.', []],
    [
      'He said the end of the February 22 accord was near.',
      [{ text: 'February 22', year: undefined, month: 2, day: 22 }],
    ],
  ])('%s', (text, expected) => expect(read(text)).toEqual(expected));

  it('a four-digit year and a day in figures are read as written', () => {
    expect(read('On Oct. 28, 2013, miners were trapped.')).toEqual([
      { text: 'Oct. 28, 2013', year: 2013, month: 10, day: 28 },
    ]);
    expect(read('It happened on 2023-06-05.')).toEqual([{ text: '2023-06-05', year: 2023, month: 6, day: 5 }]);
  });
});

describe('periods keep the year they are written with', () => {
  it('"the week to Wednesday, March 18" is the end date alone, not a relative week', () => {
    expect(read('Borrowings averaged $228 million in the week to Wednesday March 18, the bank said.')).toEqual([
      { text: 'to Wednesday March 18', year: undefined, month: 3, day: 18 },
    ]);
  });
  it('"June 2 - Six months ended March 31, 1987": the dateline and the period end, each as written', () => {
    expect(read('LONDON, June 2 - Six months ended March 31, 1987')).toEqual([
      { text: 'June 2', year: undefined, month: 6, day: 2 },
      { text: 'March 31, 1987', year: 1987, month: 3, day: 31 },
    ]);
  });
  it('a range takes its end year for its start', () => {
    expect(read('The fair runs August 1 to August 3, 2025.').map((m) => [m.text, m.year, m.day])).toEqual([
      ['August 1 to August 3, 2025', 2025, 1],
      ['to August 3, 2025', 2025, 3],
    ]);
  });
});

describe('the components a text writes', () => {
  it.each([
    ['a year in four digits', 'May 5, 1987', '', { year: 1987, month: 5, day: 5 }, { year: 1987, month: 5, day: 5 }],
    ['an apostrophe year', "May '87", '', { year: 1987, month: 5 }, { year: 1987, month: 5 }],
    ['a year in two digits is not one', 'May 5 87', '', { year: 1987, month: 5, day: 5 }, { month: 5, day: 5 }],
    ['a month that is not the one named is no date', 'June 2 - Six months', '', { year: 1999, month: 12, day: 2 }, {}],
    ['a decimal is no day', 'Mar 6', '.8', { month: 3, day: 6 }, { month: 3 }],
    ['a day not written is left out', 'end of the February 22', '', { year: 2022, month: 2, day: 28 }, { month: 2 }],
  ])('%s', (_name, text, after, claimed, written) => expect(writtenComponents(text, claimed, after)).toEqual(written));
  const months = [
    ['January', 1],
    ['Feb.', 2],
    ['March', 3],
    ['Apr', 4],
    ['May', 5],
    ['June', 6],
    ['Jul', 7],
    ['August', 8],
    ['Sept.', 9],
    ['Oct', 10],
    ['November', 11],
    ['Dec.', 12],
  ] as const;
  it.each(months)('the month %s', (word, month) =>
    expect(writtenComponents(`${word} 3, 1999`, { year: 1999, month, day: 3 })).toEqual({ year: 1999, month, day: 3 }),
  );
  const days = [
    ['first', 1],
    ['second', 2],
    ['third', 3],
    ['fourth', 4],
    ['fifth', 5],
    ['sixth', 6],
    ['seventh', 7],
    ['eighth', 8],
    ['ninth', 9],
    ['tenth', 10],
    ['eleventh', 11],
    ['twelfth', 12],
    ['thirteenth', 13],
    ['fourteenth', 14],
    ['fifteenth', 15],
    ['sixteenth', 16],
    ['seventeenth', 17],
    ['eighteenth', 18],
    ['nineteenth', 19],
    ['twentieth', 20],
    ['thirtieth', 30],
    ['twenty-first', 21],
    ['thirty-first', 31],
  ] as const;
  it.each(days)('a day in words: the %s of May', (word, day) =>
    expect(writtenComponents(`the ${word} of May`, { month: 5, day })).toEqual({ month: 5, day }),
  );
});

describe('four digits before a clock word are a time of day', () => {
  it.each([
    'GMT',
    'UTC',
    'BST',
    'CET',
    'CEST',
    'EST',
    'EDT',
    'CST',
    'CDT',
    'MST',
    'MDT',
    'PST',
    'PDT',
    'JST',
    'IST',
    'AEST',
    'AEDT',
    'Z',
    'local time',
    'hours',
    'hrs',
    'h',
  ])('at 2030 %s', (clock) => {
    expect(isTimeOfDay('2030', `${clock === 'Z' ? '' : ' '}${clock} on Friday`)).toBe(true);
    expect(read(`The polls closed at 2030 ${clock} on Friday.`.replace(' Z ', 'Z '))).toEqual([]);
  });
  it('not minutes no clock has, nor a year before a word that is no clock word', () => {
    expect(isTimeOfDay('1975', ' GMT')).toBe(false);
    expect(isTimeOfDay('2030', ' targets')).toBe(false);
    expect(read('The plan runs to 2030 as agreed.').map((m) => m.year)).toEqual([2030]);
  });
});

describe('four digits and an "s" are a decade', () => {
  it.each([
    ['the 1950s', 'the ', '1950', 's'],
    ["the 1990's", 'the ', '1990', "'s"],
    ["the early 1990's", 'the early ', '1990', "'s"],
    ["the late 1980's", 'the late ', '1980', "'s"],
    ["the mid 1970's", 'the mid ', '1970', "'s"],
  ])('%s', (_text, before, digits, after) => expect(isDecade(before, digits, after)).toBe(true));
  it("a year's possessive is the year's", () => {
    expect(isDecade('', '2020', "'s election")).toBe(false);
    expect(isDecade('the ', '2019', 's')).toBe(false);
    expect(read('Prices stayed high through the 2020s and into the 1990s.')).toEqual([]);
    expect(read("2020's election was close.").map((m) => m.year)).toEqual([2020]);
  });
});
