import * as chrono from 'chrono-node/en';
import { findDates, known } from '../../src/engine/time/dates.js';
import { claimsMore, writtenComponents } from '../../src/engine/time/written.js';
import { framed } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'time/written.ts';
/** The dates a text writes, as written: "The vote was on [March 3, 2020]."; none in "Polls close at 2000 GMT." */
const dates = marks(
  (text) =>
    findDates(text)
      .map((m) => m.text)
      .join(' | ') || null,
);
/** "Oct. 28, 13 → Oct. 28, 2013": chrono-node's reading (after the arrow) claims more than the words write. */
const claimed = (example: string) => {
  const [words, reading] = example.split(' → ');
  const k = known(chrono.parse(reading!)[0]!.start);
  return claimsMore(k, writtenComponents(words!, k));
};

const MONTHS = 'January February March April May June July August September October November December';
const monthly = (quote: string) =>
  Object.fromEntries(
    MONTHS.split(' ').map((month) => [
      `${quote}${month.slice(0, 3).toLowerCase()}${quote}`,
      `The vote was on [${month} 3, 2020].`,
    ]),
  );

export const WRITTEN: Pinned[] = [
  pin(F, 'MONTH_PREFIXES', dates, monthly("'")),
  pin(F, 'MONTH_WORDS', dates, monthly('')),
  pin(F, 'DAY_NUMBER', dates, {
    // Neither the start of a larger figure ("end of March" claims the 31st) nor of a decimal.
    '\\d': 'The city fell at the end of March 310 AD.',
    '[.,:]\\d': 'Exports grew in Mar 6.8 percent.',
  }),
  pin(F, 'claimsMore', claimed, {
    "'year'": 'Oct. 28, 13 → Oct. 28, 2013',
    "'month'": 'spring → March',
    "'day'": 'end of February 2022 → February 28, 2022',
  }),
  pin(
    F,
    'ZONES',
    dates,
    Object.fromEntries(
      'GMT UTC BST CET CEST EST EDT CST CDT MST MDT PST PDT JST IST AEST AEDT'
        .split(' ')
        .map((zone) => [`'${zone}'`, `Polls close at 2000 ${zone}.`]),
    ),
  ),
  pin(F, 'CLOCK_WORDS', dates, {
    'String.raw`Z\\b`': 'The strike began at 1800Z.',
    'String.raw`local\\b`': 'The strike began at 1800 local time.',
    'String.raw`hours?\\b`': 'The strike began at 1800hours.',
    'String.raw`hrs?\\b`': 'The strike began at 1800hrs.',
    'String.raw`h\\b`': 'The strike began at 1800 h.',
  }),
  pin(F, 'CLOCK_AFTER', dates, {
    '...ZONES': 'Polls close at 2000 GMT.',
    '...CLOCK_WORDS': 'The strike began at 1800 local time.',
  }),
  pin(
    F,
    'isDecade',
    dates,
    framed('early late mid', (w) => `Prices fell in the ${w} 1990's.`),
  ),
];
