import { hoursApart, nthInPeriod } from '../../src/engine/time/sequence.js';
import { articleOf, framed } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'time/sequence.ts';
/** An event the text puts hours from the one in the sentence before: "[Hours earlier], on May 2, 2017, ...". */
const hours = marks((text) => {
  const article = articleOf(text);
  return (
    hoursApart(article)
      .map((h) => article.text.slice(h.start, h.end))
      .join(' | ') || null
  );
});
/** The n-th event of a period whose predecessor the text dates: "It was the [second raid this month]." */
const nth = marks((text) => {
  const article = articleOf(text);
  return (
    nthInPeriod(article)
      .map((n) => article.text.slice(n.start, n.end))
      .join(' | ') || null
  );
});
const BLAST = 'The blast hit on June 3, 2019.';
/** "The first raid, on March 2, hit a bank. It was the [second raid this month]." */
const raids = (first: string, nth = 'second raid this month') => `${first} It was the [${nth}].`;

export const SEQUENCE: Pinned[] = [
  pin(F, 'HOURS_APART', hours, {
    hours: `${BLAST} [Hours earlier], on May 2, 2017, police raided the house.`,
    minutes: `${BLAST} [Minutes earlier], on May 2, 2017, police raided the house.`,
    ...framed('earlier later before after', (w) => `${BLAST} [Hours ${w}], on May 2, 2017, police raided the house.`),
  }),
  pin(F, 'RELATIVE_CLAUSE', hours, {
    which: `${BLAST} On May 2, 2017, police raided a house which burned hours later.`,
    that: `${BLAST} On May 2, 2017, police raided a house that burned hours later.`,
    who: `${BLAST} On May 2, 2017, police held a man who fled hours later.`,
    whose: `${BLAST} On May 2, 2017, police held a man whose car burned hours later.`,
    where: `${BLAST} On May 2, 2017, police raided a house where a fire broke out hours later.`,
  }),
  pin(F, 'hoursApart', hours, {
    hours: `${BLAST} [Hours earlier], on May 2, 2017, police raided the house.`,
    minutes: `${BLAST} [Minutes earlier], on May 2, 2017, police raided the house.`,
  }),
  pin(F, 'ORDINALS', nth, {
    "'second'": raids('The first raid, on March 2, hit a bank.'),
    "'third'": raids('The second raid, on March 2, hit a bank.', 'third raid this month'),
    "'fourth'": raids('The third raid, on March 2, hit a bank.', 'fourth raid this month'),
    "'fifth'": raids('The fourth raid, on March 2, hit a bank.', 'fifth raid this month'),
  }),
  pin(F, 'NTH', nth, {
    '': raids('The first raid, on March 2, hit a bank.'),
    week: raids('The first raid, on March 2, hit a bank.', 'second raid this week'),
    month: raids('The first raid, on March 2, hit a bank.'),
    year: raids('The first raid, on March 2, hit a bank.', 'second raid this year'),
  }),
  pin(F, 'nthInPeriod', nth, {
    week: raids('The first raid, on March 2, hit a bank.', 'second raid this week'),
    month: raids('The first raid, on March 2, hit a bank.'),
    year: raids('The first raid, on March 2, hit a bank.', 'second raid this year'),
  }),
  pin(F, 'predecessor', nth, {
    // Another raid dated in the text: only the one called the first is the second's predecessor.
    '${ordinal}': raids('The first raid, on March 2, hit a bank. A rival raid, on March 5, hit a shop.'),
    previous: raids('The previous raid, on March 2, hit a bank.'),
    earlier: raids('The earlier raid, on March 2, hit a bank.'),
    'came\\s+': raids('The first raid came on March 2.'),
    'was\\s+': raids('The first raid was on March 2.'),
    'took\\s+place\\s+': raids('The first raid took place on March 2.'),
    on: raids('The first raid, on March 2, hit a bank.'),
    in: raids('The first raid came in March 2019.'),
  }),
];
