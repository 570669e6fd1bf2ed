import { formatPeriod, weekdayName } from '../../src/engine/time/calendar.js';
import { findDates, resolveDate } from '../../src/engine/time/dates.js';
import { EVENT_DAYS } from './event-days.js';
import { NUMBERS } from './numbers.js';
import { marks, pin, type Pinned } from './pin.js';

const D = 'time/dates.ts';
const C = 'time/calendar.ts';

/** The dates as written: "It opened on [March 3, 2020]."; an example without brackets writes none. */
const dated = marks(
  (text) =>
    findDates(text)
      .map((m) => m.text)
      .join(' | ') || null,
);
/** The days the dates are read as, as the calendar writes them: "It opened on [March 3, 2020]." */
const readAs = marks(
  (text) =>
    findDates(text)
      .map((m) => {
        const r = resolveDate(m, null, false);
        return r ? formatPeriod(r.period) : '?';
      })
      .join(' | ') || null,
);
/** The weekday as written beside a date, read as the day it names: "It opened on [Sunday] (June 2, 2019)." */
const weekday = marks(
  (text) =>
    findDates(text)
      .filter((m) => m.weekday !== undefined && m.weekdayText !== undefined)
      .filter((m) => weekdayName(m.weekday!).toLowerCase().startsWith(m.weekdayText!.toLowerCase().replace(/\.$/, '')))
      .map((m) => m.weekdayText)
      .join(' | ') || null,
);

/** The days of the first week of June 2019, in both of the bracketed forms chrono-node leaves out. */
const BRACKETED = {
  sun: 'It opened on [Sunday] (June 2, 2019).',
  mon: 'It opened June 3, 2019 ([Monday]).',
  tues: 'It opened on [Tuesday] (June 4, 2019).',
  wednes: 'It opened June 5, 2019 ([Wednesday]).',
  thurs: 'It opened on [Thursday] (June 6, 2019).',
  fri: 'It opened June 7, 2019 ([Friday]).',
  satur: 'It opened on [Saturday] (June 8, 2019).',
};

const DATES: Pinned[] = [
  pin(D, 'known', readAs, {
    "'year'": 'It opened on [March 3, 2020].',
    "'month'": 'It opened in [March 2020].',
    "'day'": 'It opened on [March 3, 2020].',
  }),
  pin(D, 'known', weekday, { "'weekday'": 'It opened on [Tuesday], March 3, 2020.' }),
  // A phrase counted from today is no date as written: of it, only a year written in it is kept.
  pin(D, 'RELATIVE', dated, {
    ago: 'It ran from two days ago to March 3, [2020].',
    later: 'It ran two days later to March 3, [2020].',
    earlier: 'It ran two days earlier to March 3, [2020].',
    before: 'It ended two days before March 3, [2020].',
    after: 'It ended three days after March 3, [2020].',
    last: 'It opened last Friday, March 6, [2020].',
    next: 'It opens next Friday, March 6, [2020].',
    this: 'It opens this Friday, March 6, [2020].',
    today: 'It runs from today until March 3, [2020].',
    tonight: 'It runs tonight to March 3, [2020].',
    tomorrow: 'It runs tomorrow through March 3, [2020].',
    yesterday: 'It ran yesterday to March 3, [2020].',
    now: 'It runs from now until March 3, [2020].',
  }),
  pin(D, 'MONTH_WORD', dated, {
    jan: 'It opened on [January 3, 2020].',
    feb: 'It opened on [February 3, 2020].',
    mar: 'It opened on [March 3, 2020].',
    apr: 'It opened on [April 3, 2020].',
    may: 'It opened on [May 3, 2020].',
    jun: 'It opened on [June 3, 2020].',
    jul: 'It opened on [July 3, 2020].',
    aug: 'It opened on [August 3, 2020].',
    sep: 'It opened on [September 3, 2020].',
    oct: 'It opened on [October 3, 2020].',
    nov: 'It opened on [November 3, 2020].',
    dec: 'It opened on [December 3, 2020].',
  }),
  // The paragraph holds no other month name, and no word a month's letters stand in ("opened" has none).
  pin(D, 'MONTH_NAMES', dated, {
    'jan(?:uary)?': 'It opened on [January 3, 2020].',
    'feb(?:ruary)?': 'It opened on [February 3, 2020].',
    'mar(?:ch)?': 'It opened on [March 3, 2020].',
    'apr(?:il)?': 'It opened on [April 3, 2020].',
    may: 'It opened on [May 3, 2020].',
    'june?': 'It opened on [June 3, 2020].',
    'july?': 'It opened on [July 3, 2020].',
    'aug(?:ust)?': 'It opened on [August 3, 2020].',
    'sept?(?:ember)?': 'It opened on [Sept. 3, 2020].',
    'oct(?:ober)?': 'It opened on [October 3, 2020].',
    'nov(?:ember)?': 'It opened on [November 3, 2020].',
    'dec(?:ember)?': 'It opened on [December 3, 2020].',
  }),
  pin(D, 'MAY_HOLD_A_DATE', dated, {
    '\\b${anyOf(MONTH_NAMES)}(?![a-z])': 'It opened on [May 3, 2020].',
    '\\d{4}-\\d{2}-\\d{2}': 'It opened on [2020-01-03].',
  }),
  // Four digits are a year unless they are part of a longer figure, an age or a percentage.
  pin(D, 'YEAR', dated, {
    '1[6-9]\\d\\d': 'The bridge was built in [1875].',
    '20\\d\\d': 'The bridge was built in [2015].',
    '\\d{4}': 'It was the [2019-2020] season.',
    '\\d{2}': 'It was the [2019-20] season.',
    '\\d': 'Lot 18561 sold quickly.',
    ',\\d': 'The field gave 1850,5 tonnes.',
    '\\.\\d': 'The field gave 1850.5 tonnes.',
    '-(?:year|month|day|week|old)': 'They found a 2000-year-old tomb.',
    year: 'They found a 2000-year-old tomb.',
    month: 'They signed a 1900-month lease.',
    day: 'The 1800-day siege ended.',
    week: 'It had a 1700-week run.',
    old: 'Locals call the oak 1800-old.',
    '\\s*(?:%|percent)': 'Prices rose 1900%.',
    '%': 'Prices rose 1900%.',
    percent: 'Prices rose 1900 percent.',
  }),
  // A word ending in "s" after four digits makes them a count ("2000 votes"), unless it is no plural.
  pin(D, 'COUNT_AFTER', dated, {
    as: 'The year [2019] as a whole was hard.',
    is: 'The year [2019] is over.',
    was: 'The year [2019] was hard.',
    has: 'The year [2019] has ended.',
    this: 'In [2019] this firm grew.',
    its: 'In [2019] its sales fell.',
    us: 'It was a [2019] us-versus-them race.',
    his: 'In [2019] his firm grew.',
    hers: 'In [2019] hers was the top bid.',
    ours: 'In [2019] ours was the only shop.',
    yours: 'In [2019] yours truly moved.',
    less: 'In [2019] less rain fell.',
    unless: 'It will close in [2019] unless sold.',
    across: 'In [2019] across Europe, prices fell.',
    plus: 'It ran in [2019] plus one more year.',
    thus: 'It closed in [2019] thus ending an era.',
  }),
  // Four digits after a quantity and its link are a count, not a year.
  pin(D, 'MEASURES', dated, {
    'score[ds]?': 'Her score was 1999.',
    scoring: 'His scoring was 1999.',
    'total(?:l?ing|l?ed)?': 'The total was 1999.',
    'l?ing': 'Sales totalling 1999 beat forecasts.',
    'l?ed': 'Sales totalled 1999 that day.',
    tally: 'The tally was 1999.',
    count: 'The count was 1999.',
    sum: 'The sum was 1999.',
    rating: 'Its rating was 1999.',
    'points?': 'It gained points of 1999.',
    'votes?': 'The vote was 1999 to 3.',
    'price[ds]?': 'The price was 1999.',
    'cost(?:s|ing)?': 'The cost was 1999.',
    s: 'It costs 1999.',
    ing: ['Costing 1999, it sold well.', 'Ranking 1999th, it lost.'],
    population: 'The population was 1999.',
    capacity: 'The capacity was 1999.',
    attendance: 'The attendance was 1999.',
    crowd: 'The crowd was 1999.',
    average: 'The average was 1999.',
    index: 'The index was 1999.',
    mileage: 'The mileage was 1999.',
    odometer: 'The odometer was 1999.',
    number: 'The number was 1999.',
    'no\\.': 'He wore No. 1999.',
    figure: 'The figure was 1999.',
    height: 'Its height was 1999.',
    elevation: 'Its elevation was 1999.',
    altitude: 'Its altitude was 1999.',
    depth: 'Its depth was 1999.',
    length: 'Its length was 1999.',
    distance: 'The distance was 1999.',
    weight: 'Its weight was 1999.',
    speed: 'Its speed was 1999.',
    rpm: 'Its rpm was 1999.',
    resolution: 'Its resolution was 1999.',
    'rank(?:ed|ing)?': 'Its rank was 1999.',
    ed: 'It ranked 1999th.',
    size: 'Its size was 1999.',
    reading: 'The reading was 1999.',
    worth: 'Its worth was 1999.',
    'value[ds]?': 'Its value was 1999.',
    budget: 'The budget was 1999.',
    salary: 'His salary was 1999.',
    balance: 'The balance was 1999.',
  }),
  pin(D, 'MEASURE_LINKS', dated, {
    of: 'A score of 1999 won it.',
    was: 'The score was 1999 at the end.',
    is: 'The score is 1999 now.',
    at: 'It ended with the score at 1999.',
    to: 'It took the count to 1999.',
    reached: 'The crowd reached 1999 by noon.',
    hit: 'The tally hit 1999 at noon.',
    'stood\\s+at': 'The score stood at 1999.',
    'stands\\s+at': 'The score stands at 1999.',
    by: 'It cut the budget by 1999 in all.',
  }),
  pin(D, 'APPROXIMATIONS', dated, {
    just: 'A crowd of just 1999 came.',
    about: 'A crowd of about 1999 came.',
    around: 'A crowd of around 1999 came.',
    nearly: 'A crowd of nearly 1999 came.',
    over: 'A crowd of over 1999 came.',
    only: 'A crowd of only 1999 came.',
    some: 'A crowd of some 1999 came.',
    roughly: 'A crowd of roughly 1999 came.',
    a: 'The index hit a 1950 high.',
    an: 'The index hit an 1800 low.',
  }),
  pin(D, 'WEEKDAY_NAMES', weekday, {
    "'sunday'": BRACKETED.sun,
    "'monday'": BRACKETED.mon,
    "'tuesday'": BRACKETED.tues,
    "'wednesday'": BRACKETED.wednes,
    "'thursday'": BRACKETED.thurs,
    "'friday'": BRACKETED.fri,
    "'saturday'": BRACKETED.satur,
  }),
  pin(D, 'WEEKDAY_WORD', weekday, BRACKETED),
  pin(D, 'RANGE_JOIN', readAs, {
    '\\b(?:to|until|through|till|and)\\b': 'It ran from [August 1, 2025] to [August 3, 2025].',
    to: 'It ran from [August 1, 2025] to [August 3, 2025].',
    until: 'It ran from [August 1, 2025] until [August 3, 2025].',
    through: 'It ran from [August 1, 2025] through [August 3, 2025].',
    till: 'It ran from [August 1, 2025] till [August 3, 2025].',
    '[-–]': 'It ran [August 1, 2025] – [August 3, 2025].',
  }),
  // A relative start: the range keeps its end, from the first join word on.
  pin(D, 'RANGE_JOIN', dated, { and: 'It was frozen for 2 years [and 3 days to March 3, 2020].' }),
  pin(D, 'findDates', dated, {
    on: 'It fell on [Monday, March 2, 2020].',
    at: 'It fell at [5pm March 3, 2020].',
  }),
  pin(D, 'findDates', weekday, {
    mon: 'It opened on [Mon.], June 3, 2019.',
    'tues?': 'It opened on [Tue.], June 4, 2019.',
    'wed(?:nes)?': 'It opened on [Wed.], June 5, 2019.',
    'thu(?:rs?)?': 'It opened on [Thurs.], June 6, 2019.',
    fri: 'It opened on [Fri.], June 7, 2019.',
    'sat(?:ur)?': 'It opened on [Sat.], June 8, 2019.',
    sun: 'It opened on [Sun.], June 9, 2019.',
  }),
];

const CALENDAR: Pinned[] = [
  pin(C, 'MONTHS', readAs, {
    "'January'": 'It opened on [January 3, 2020].',
    "'February'": 'It opened on [February 3, 2020].',
    "'March'": 'It opened on [March 3, 2020].',
    "'April'": 'It opened on [April 3, 2020].',
    "'May'": 'It opened on [May 3, 2020].',
    "'June'": 'It opened on [June 3, 2020].',
    "'July'": 'It opened on [July 3, 2020].',
    "'August'": 'It opened on [August 3, 2020].',
    "'September'": 'It opened on [September 3, 2020].',
    "'October'": 'It opened on [October 3, 2020].',
    "'November'": 'It opened on [November 3, 2020].',
    "'December'": 'It opened on [December 3, 2020].',
  }),
  pin(C, 'WEEKDAYS', weekday, {
    "'Sunday'": BRACKETED.sun,
    "'Monday'": BRACKETED.mon,
    "'Tuesday'": BRACKETED.tues,
    "'Wednesday'": BRACKETED.wednes,
    "'Thursday'": BRACKETED.thurs,
    "'Friday'": BRACKETED.fri,
    "'Saturday'": BRACKETED.satur,
  }),
];

/** The tables of `time/`'s dates, calendar, numbers, event days and dated words. */
export const TIME_WORDS: Pinned[] = [...DATES, ...CALENDAR, ...NUMBERS, ...EVENT_DAYS];
