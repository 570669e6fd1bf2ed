import { isPlausiblePublication, leadingDateline, parseDateline } from '../../src/engine/time/dateline.js';
import { findWireDateline } from '../../src/engine/time/wire-dateline.js';
import { articleOf, framed } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** Examples of a list of string literals, keyed as the source writes them ('jan'). */
const literals = (list: string, frame: (word: string, i: number) => string): Record<string, string> =>
  Object.fromEntries(list.split(' ').map((w, i) => [`'${w}'`, frame(w, i)]));

const D = 'time/dateline.ts';
const W = 'time/wire-dateline.ts';
/**
 * The line is read as these dates: "Updated 4 Oct 2020 → 2020-10-04 modified"; "→ none": as no dateline.
 * A line may keep three characters besides its date and filler: a short word is shown beside "hrs" (three
 * letters that are no filler), where it alone would be let through without its alternative.
 */
const reads = (example: string) => {
  const [line, dates] = example.split(' → ');
  const read = parseDateline(line!, 'dateline').map((d) => `${d.value} ${d.kind}`);
  return (read.join(', ') || 'none') === dates;
};
/** The dateline a story runs on from: "[Filed March 3 2018] Three firefighters were hurt." */
const leads = marks((text) => leadingDateline(text, 'dateline')?.text);
const placeholder = (value: string) => !isPlausiblePublication(value);

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/**
 * The day and month of the wire dateline a story begins with, and the weekday its lead names:
 * "PARIS, March 3 - Talks resumed on Tuesday. → 3/3 Tuesday"; "→ none": no wire dateline.
 */
const wire = (example: string) => {
  const [text, expected] = example.split(' → ');
  const d = findWireDateline(articleOf(text!));
  const weekday = d?.leadWeekday == null ? '' : ` ${WEEKDAYS[d.leadWeekday]}`;
  return (d ? `${d.month}/${d.day}${weekday}` : 'none') === expected;
};
/** A wire story filed on a day of a month: "PARIS, Feb 26 - The talks resumed. → 2/26". */
const filed = (month: number, written: string) => `PARIS, ${written} 26 - The talks resumed. → ${month}/26`;
/** A wire story whose lead names the weekday that begins with `w`: "sun" → "… on Sunday. → 3/3 Sunday". */
const onDay = (w: string) => `OSLO, March 3 - The talks resumed on ${capital(w)}day. → 3/3 ${capital(w)}day`;

export const DATELINES: Pinned[] = [
  pin(D, 'MODIFIED_WORDS', reads, {
    ...framed(
      'updated modified revised edited reviewed refreshed republished reposted',
      (w) => `${capital(w)} 4 Oct 2020 → 2020-10-04 modified`,
    ),
    'fact[\\s-]checked': 'Fact-checked 4 Oct 2020 → 2020-10-04 modified',
  }),
  pin(D, 'PUBLISHED_WORDS', reads, {
    '(?:first\\s+)?published(?:\\s+on)?': 'First published on 4 Oct 2020 → 2020-10-04 published',
    'posted(?:\\s+on)?': 'Posted 4 Oct 2020 → 2020-10-04 published',
    'date\\s+of\\s+publication': 'Date of publication: 4 Oct 2020 → 2020-10-04 published',
    'publication\\s+date': 'Publication date: 4 Oct 2020 → 2020-10-04 published',
    date: 'Date: 4 Oct 2020 → 2020-10-04 published',
    filed: 'Filed 4 Oct 2020 → 2020-10-04 published',
  }),
  pin(D, 'FILLER_WEEKDAYS', reads, {
    mon: 'Monday | 4 Oct 2020 → 2020-10-04 published',
    tue: 'Tue | 4 Oct 2020, 10:15 hrs → 2020-10-04 published',
    tues: 'Tues | 4 Oct 2020 → 2020-10-04 published',
    wed: 'Wednesday | 4 Oct 2020 → 2020-10-04 published',
    thu: 'Thu | 4 Oct 2020, 10:15 hrs → 2020-10-04 published',
    thur: 'Thur | 4 Oct 2020 → 2020-10-04 published',
    thurs: 'Thurs | 4 Oct 2020 → 2020-10-04 published',
    fri: 'Friday | 4 Oct 2020 → 2020-10-04 published',
    sat: 'Saturday | 4 Oct 2020 → 2020-10-04 published',
    sun: 'Sunday | 4 Oct 2020 → 2020-10-04 published',
  }),
  pin(D, 'FILLER_WORDS', reads, {
    at: '4 Oct 2020 at 10.15 hrs → 2020-10-04 published',
    on: '4 Oct 2020, 10:15 hrs on Tue → 2020-10-04 published',
    the: 'On the 4th of October 2020, 10:15 hrs → 2020-10-04 published',
    am: '4 Oct 2020, 13:15 AM ET → 2020-10-04 published',
    pm: '4 Oct 2020, 13:15 PM ET → 2020-10-04 published',
    ...framed(
      'gmt utc bst cet cest est edt pst pdt cst cdt aest aedt ist',
      (w) => `4 Oct 2020, 10:15 hrs ${w.toUpperCase()} → 2020-10-04 published`,
    ),
  }),
  pin(D, 'FILLER', reads, {
    '\\b${anyOf(FILLER_WEEKDAYS)}(?:day|nesday|urday)?\\b\\.?': 'Friday | 4 Oct 2020 → 2020-10-04 published',
    day: 'Monday | 4 Oct 2020 → 2020-10-04 published',
    nesday: 'Wednesday | 4 Oct 2020 → 2020-10-04 published',
    urday: 'Saturday | 4 Oct 2020 → 2020-10-04 published',
    '\\b${anyOf(FILLER_WORDS)}\\b': '4 Oct 2020, 10:15 hrs IST → 2020-10-04 published',
    '': 'Friday | 4 Oct 2020 → 2020-10-04 published',
    '\\d{1,2}[:.]\\d{2}(?::\\d{2})?': '4 Oct 2020 at 10.15 → 2020-10-04 published',
    '[\\s,.|·•:()\\-–—/+]+': 'Friday | 4 Oct 2020 → 2020-10-04 published',
  }),
  pin(D, 'RELATIVE', reads, {
    ago: '4 Oct 2020 ago → none',
    now: 'Now · 4 Oct 2020 → none',
    last: 'Last Friday, 4 Oct 2020 → none',
    next: 'Next Friday, 4 Oct 2020 → none',
    this: 'This Friday, 4 Oct 2020 → none',
  }),
  pin(D, 'PLACEHOLDERS', placeholder, {
    "'1970-01-01'": '1970-01-01',
    "'1900-01-01'": '1900-01-01',
    "'1899-12-30'": '1899-12-30',
    "'1899-12-31'": '1899-12-31',
    "'1753-01-01'": '1753-01-01',
    "'1601-01-01'": '1601-01-01',
  }),
  pin(D, 'LEAD_WORDS', leads, {
    '(?:first\\s+)?published(?:\\s+on)?': '[First published on March 3 2018] Three firefighters were hurt.',
    'posted(?:\\s+on)?': '[Posted March 3 2018] Three firefighters were hurt.',
    'date\\s+of\\s+publication': '[Date of publication: March 3 2018] Three firefighters were hurt.',
    'publication\\s+date': '[Publication date: March 3 2018] Three firefighters were hurt.',
    dated: '[Dated March 3 2018] Three firefighters were hurt.',
    filed: '[Filed March 3 2018] Three firefighters were hurt.',
  }),
  pin(D, 'leadingDateline', leads, {
    '[-–—:|]\\s*': '[Filed March 3 2018] - three firefighters were hurt.',
    '\\s+(?=\\p{Lu})': '[Filed March 3 2018] Three firefighters were hurt.',
  }),
  pin(
    W,
    'MONTHS',
    wire,
    literals('jan feb mar apr may jun jul aug sep oct nov dec', (m, i) => filed(i + 1, capital(m))),
  ),
  pin(W, 'MONTH', wire, {
    'jan(?:uary)?': filed(1, 'January'),
    'feb(?:ruary)?': filed(2, 'February'),
    'mar(?:ch)?': filed(3, 'March'),
    'apr(?:il)?': filed(4, 'April'),
    may: filed(5, 'May'),
    'june?': filed(6, 'June'),
    'july?': filed(7, 'July'),
    'aug(?:ust)?': filed(8, 'August'),
    'sept?(?:ember)?': filed(9, 'Sept.'),
  }),
  pin(W, 'MONTH_DAY', wire, {
    '${MONTH}': filed(2, 'Feb'),
    'oct(?:ober)?': filed(10, 'October'),
    'nov(?:ember)?': filed(11, 'November'),
    'dec(?:ember)?': filed(12, 'December'),
  }),
  pin(W, 'DATELINE', wire, {
    '-{1,2}': 'SALVADOR, March 3 -- The talks resumed. → 3/3',
    '–': 'SALVADOR, March 3 – The talks resumed. → 3/3',
    '—': 'SALVADOR, March 3 — The talks resumed. → 3/3',
  }),
  pin(W, 'WEEKDAY', wire, framed('sun mon tues wednes thurs fri satur', onDay)),
  pin(W, 'WEEKDAYS', wire, literals('sun mon tues wednes thurs fri satur', onDay)),
];
