import { relativePeriodsIn } from '../../src/engine/time/relative-periods.js';
import { articleOf, framed } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'time/relative-periods.ts';
/** The words that name a period beside the date the text gives it: "Sales at [this year]'s 2019 fair rose." */
const periods = marks((text) => {
  const article = articleOf(text);
  return (
    article.sentences
      .flatMap((s) => relativePeriodsIn(article, s, article.mentionsIn(s)))
      .map((p) => article.text.slice(p.start, p.end))
      .join(' | ') || null
  );
});
/** "It was the [second raid this month], after the one on March 2." */
const series = (nth = 'second raid this month', after = 'after the one on') => `It was the [${nth}], ${after} March 2.`;

export const RELATIVE_PERIODS: Pinned[] = [
  pin(F, 'NAMED', periods, {
    this: 'Sales at [this year]’s 2019 fair rose.',
    last: 'Sales at [last year]’s 2018 fair rose.',
    next: 'Tickets for [next year]’s 2020 fair sold out.',
    week: 'The vote [this week] (March 3) passed.',
    month: 'The vote [this month] (March 3) passed.',
    year: 'The vote [this year] (2019) passed.',
  }),
  pin(F, 'BESIDE', periods, {
    "['’]s\\s+": "Sales at [this year]'s 2019 fair rose.",
    '\\s*\\(\\s*': 'Sales peaked [last year] (2018) and fell.',
    ',\\s*(?:in\\s+|on\\s+)?': 'Sales peaked [last year], 2018, then fell.',
    'in\\s+': 'Earlier [this year], in March 2019, sales fell.',
    'on\\s+': 'Earlier [this month], on March 28, the mill shut.',
  }),
  pin(F, 'APPOSITION_CLOSED', periods, {
    '[,;:)—–]': 'Sales peaked [last year], 2018, then fell.',
    '[.!?]?\\s*$': 'Sales peaked [last year], 2018.',
  }),
  pin(F, 'SERIES', periods, {
    ...framed('second third fourth fifth sixth', (w) => series(`${w} raid this month`)),
    '\\d+(?:st|nd|rd|th)': series('3rd raid this month'),
    st: series('21st raid this month'),
    nd: series('22nd raid this month'),
    rd: series('3rd raid this month'),
    th: series('4th raid this month'),
    another: 'It was [another raid this month], after the one on March 2.',
    this: series(),
    last: series('second raid last month'),
    week: series('second raid this week'),
    month: series(),
    year: series('second raid this year'),
    after: series(),
    following: series(undefined, 'following the one on'),
    since: series(undefined, 'the first since the one on'),
    the: series(),
    a: series(undefined, 'after a raid on'),
    an: series(undefined, 'after an attack on'),
    one: series(undefined, 'after one on'),
    on: series(),
    in: 'It was the [second flood this year], after the one in March 2019.',
  }),
];
