import { rangeStartOf, readPastNarration } from '../../src/engine/time/narration.js';
import { articleOf, framed } from './article.js';
import { pin, type Pinned } from './pin.js';

const F = 'time/narration.ts';
/** The date is narrated as past: "[2030]" marks it, "[!2030]" a date that is not. */
const narration = (example: string) => {
  const [, not, date] = /\[(!?)([^\]]+)\]/.exec(example)!;
  const text = example.replace(/\[!?([^\]]+)\]/, '$1');
  const article = articleOf(text);
  const m = article.dateMentions.find((x) => x.text === date || x.text.endsWith(date!));
  if (!m) return false;
  return readPastNarration(article, article.sentenceAt(m.start)!, m) === !not;
};
/** The start of the period a date ends: "She served from {2020} to [2030]." */
const rangeStart = (example: string) => {
  const start = /\{([^}]+)\}/.exec(example)![1]!;
  const end = /\[([^\]]+)\]/.exec(example)![1]!;
  const article = articleOf(example.replace(/[{}[\]]/g, ''));
  const m = article.dateMentions.filter((x) => x.text.endsWith(end)).pop();
  return !!m && rangeStartOf(article, article.sentenceAt(m.start)!, m)?.text === start;
};

export const NARRATION: Pinned[] = [
  pin(F, 'TARGET_WORDS', narration, {
    ...framed(
      `to until till through by before starting beginning effective due deadline scheduled planned expected
      slated set for next coming valid expiring`,
      (w) => `The pact was extended ${w} [!2030].`,
    ),
    // (Not "expiring in": a term, TERMS; the weekday's comma ends a term's words, not a target's.)
    expiring: 'The lease was renewed, expiring Friday, [!March 3, 2030] - 12 days more.',
    'ahead\\s+of': 'The pact was extended ahead of [!2030].',
    'as\\s+of': 'The pact was extended as of [!2030].',
    'expires?': 'The pact was extended to expire [!2030].',
    'runs?': 'The pact was extended and runs [!2030].',
  }),
  pin(F, 'PARTS', narration, {
    ...framed(
      'end start beginning middle close rest remainder',
      (w) => `The pact was extended until the ${w} of [!2030].`,
    ),
    'first\\s+half': 'The pact was extended until the first half of [!2030].',
    'second\\s+half': 'The pact was extended until the second half of [!2030].',
  }),
  pin(
    F,
    'CALENDARS',
    narration,
    framed('fiscal financial calendar FY tax', (w) => `The deficit rose to $173 billion for ${w} [!2030].`),
  ),
  pin(
    F,
    'WEEKDAY_BEFORE',
    narration,
    // chrono-node reads a weekday into the date that follows it, but not into a date it reads again
    // without a range's end ("- 12 days"): then the weekday stands before the date.
    framed(
      'mon tues wednes thurs fri satur sun',
      (w) => `The pact was extended to ${w}day, [!March 3, 2030] - 12 days more.`,
    ),
  ),
  pin(F, 'TARGET_BEFORE', narration, {
    'on\\s+': 'The loan was extended, due on [!March 3, 2030].',
    'in\\s+': 'The loan was extended, due in [!March 2030].',
  }),
  pin(F, 'SCHEDULED', narration, {
    ...framed(
      'scheduled slated planned timed earmarked targeted',
      (w) => `The trial, ${w} for jury verdicts in [!March 2030], drew crowds.`,
    ),
    'pencil+ed\\s+in': 'The trial, pencilled in for jury verdicts in [!March 2030], drew crowds.',
    // (A day after "on" keeps "planned" in the date's clause: an announcing verb's object starts after it.)
    planned: 'The vote, planned for jury selection on [!March 3, 2030], drew crowds.',
  }),
  pin(F, 'FOR_SOMETHING', narration, {
    ...framed('a an its their the', (w) => `Orders rose for ${w} delivery in [!August 2030].`),
    ...framed('in on during', (w) => `Orders rose for delivery ${w} [!August 2030].`),
  }),
  pin(F, 'SCHEDULE_BEFORE', narration, {
    for: 'The trial, scheduled for jury verdicts in [!March 2030], drew crowds.',
    to: 'The trial, scheduled to open in [!March 2030], drew crowds.',
    '\\b${anyOf(SCHEDULED)}\\s+(?:for|to)\\b[^,;.]{0,40}$':
      'The trial, scheduled to open in [!March 2030], drew crowds.',
    '${FOR_SOMETHING}': 'The airline placed an order for delivery in [!August 2030].',
  }),
  pin(F, 'DATE_VALUE_BEFORE', narration, {
    date: 'Banks worried its date was given as [!April 24, 2030].',
    deadline: 'Banks worried its deadline was given as [!April 24, 2030].',
    as: 'Banks worried the date was fixed as [!April 24, 2030].',
    at: 'Banks worried the date was fixed at [!April 24, 2030].',
  }),
  pin(F, 'TERMS', narration, {
    ...framed(
      'payable maturing matures? redeemable repayable convertible callable exercisable',
      (w) => `Investors bought notes ${w.replace('?', '')} some time in [!March 2030].`,
    ),
    'expir(?:es|ing|y)': 'Investors bought notes expiring some time in [!March 2030].',
    es: 'It sold one that expires late in [!2030].',
    ing: 'Investors bought notes expiring some time in [!March 2030].',
    y: 'It sold one with expiry late in [!2030].',
  }),
  pin(F, 'FOR_A_PERIOD', narration, {
    ...framed('period term duration', (w) => `Rates were lowered for the ${w} [!March 1, 2030 to June 1, 2031].`),
    'of\\s+': 'Rates were lowered for the period of [!March 1, 2030 to June 1, 2031].',
    'from\\s+': 'Rates were lowered for the period from [!March 1, 2030 to June 1, 2031].',
    'between\\s+': 'Rates were lowered for the period between [!March 1, 2030 to June 1, 2031].',
  }),
  pin(F, 'TERM_BEFORE', narration, {
    '\\b${anyOf(TERMS)}\\b[^,;.]{0,20}$': 'Investors bought notes payable in [!March 2030].',
    '${FOR_A_PERIOD}': 'Rates were lowered for the period [!March 1, 2030 to June 1, 2031].',
  }),
  pin(
    F,
    'SAYING_VERBS',
    narration,
    framed(
      `said says say added adds stated noted reported reports warned warns
    predicted forecasted projected expected estimated believed believes argued insisted claimed claims suggested
    indicated acknowledged conceded explained wrote writes thought thinks feared fears`,
      (w) => `The bank that failed ${w} the shop opens in [!March 2030].`,
    ),
  ),
  pin(F, 'ANNOUNCING_VERBS', narration, {
    ...framed(
      `announced unveiled outlined proposed detailed presented approved agreed ordered pledged promised
      planned signed recommended endorsed adopted launched urged demanded`,
      (w) => `The council ${w} job cuts between [!2030] and 2031.`,
    ),
    'called\\s+for': 'The council called for job cuts between [!2030] and 2031.',
  }),
  pin(F, 'ADJUNCT_ONLY', narration, {
    '[\\s,]': 'The minister said, in [2030], that the plant would close.',
    '\\b(?:on|in|during|early|late|the)\\b': 'The minister said in [2030] that the plant would close.',
    on: 'The minister said on [March 3, 2030] that the plant would close.',
    in: 'The minister said in [2030] that the plant would close.',
    during: 'The minister said during [2030] that the plant would close.',
    early: 'The minister said early in [2030] that the plant would close.',
    late: 'The minister said late in [2030] that the plant would close.',
    the: 'The minister said on the [3rd of March, 2030] that the plant would close.',
  }),
  pin(F, 'INTENDED', narration, {
    ...framed('aimed intended wanted sought', (w) => `He ${w} in [!2030] to recoup the money.`),
    // ("Planned in 2030" is a target: TARGET_WORDS.)
    planned: 'He planned early in [!2030] to recoup the money.',
  }),
  pin(F, 'AHEAD_THEN', narration, {
    ...framed('bound scheduled slated poised supposed', (w) => `Costs surged, were ${w} once again to go in [!2030].`),
    // A past verb near the date, which "were ... to" outweighs. Words between "going" or "set" and "to"
    // ("going to", "set to" are future markers by themselves); after "expected", a verb of saying, an adjunct only.
    going: 'Rents were going as many suspected to rise in [!2030].',
    due: 'Costs surged, were due to go in [!2030].',
    set: 'Rents were set as many suspected to rise in [!2030].',
    expected: 'Rents were expected late in [!2030] to rise.',
    likely: 'Costs surged, were likely to go in [!2030].',
    about: 'Costs surged, were about to go in [!2030].',
  }),
  pin(F, 'FUTURE_IN_THE_PAST', narration, {
    was: 'It surged, was to reopen in [!2030].',
    were: 'They surged, were to reopen in [!2030].',
    ...framed('still also now then', (w) => `Costs surged, were ${w} bound to go in [!2030].`),
  }),
  pin(
    F,
    'JOINED_BEFORE',
    narration,
    framed('and or', (w) => `Rich nations vowed net zero by 2030 ${w} [!2040].`),
  ),
  pin(F, 'SINCE_BEFORE', narration, {
    ...framed(
      'early late mid spring summer autumn fall winter',
      (w) => `Rates are at their first low since ${w} [2030].`,
    ),
    'start\\s+of': 'Rates are at their first low since the start of [2030].',
    'end\\s+of': 'Rates are at their first low since the end of [2030].',
  }),
  pin(F, 'CLAUSE_END', narration, {
    '[;:—]': 'In [2030], the mine closed; it will reopen.',
    ...framed(
      'and but while whereas although though when where as',
      (w) => `In [2030], the mine closed, ${w} it will reopen.`,
    ),
    ',\\s*(?:and|but|while|whereas|although|though|when|where|as)\\b':
      'In [2030], the mine closed, and it will reopen.',
    '\\s(?:that|which|who)\\s': 'In [2030], the firm said that it will reopen.',
    that: 'In [2030], the firm said that it will reopen.',
    which: 'In [2030], the mine closed, which it will reopen.',
    who: 'In [2030], the owner resigned, who will return.',
  }),
  pin(F, 'CLAUSE_OR_COMMA', narration, {
    ',': 'The mine closed in [2030], it will reopen.',
    '${CLAUSE_END.source}': 'The mine closed in [2030]; it will reopen.',
  }),
  pin(F, 'COPULA', narration, {
    was: 'The deadline was [!April 15, 2030].',
    were: 'The deadlines were [!April 15, 2030].',
    had: 'The deadline had [!April 15, 2030].',
    did: 'The deadline did [!April 15, 2030].',
    // (After "has", a participle: beforeNonFinite.)
    been: 'The deadline had been [!April 15, 2030].',
  }),
  pin(
    F,
    'plainReading',
    narration,
    framed('on in at', (w) => `${w[0]!.toUpperCase()}${w.slice(1)} [March 3, 2030], the mine closed.`),
  ),
  pin(F, 'isTarget', narration, {
    TARGET_BEFORE: 'The pact was extended to [!2030].',
    SCHEDULE_BEFORE: 'The trial, scheduled to open in [!March 2030], drew crowds.',
    DATE_VALUE_BEFORE: 'Banks worried its date was given as [!April 24, 2030].',
    TERM_BEFORE: 'Investors bought notes payable in [!March 2030].',
  }),
  pin(F, 'RANGE_JOIN', rangeStart, {
    and: 'Interest owed between {April 1, 2020}, and [March 31, 2030], was rescheduled.',
    ...framed('to until till through', (w) => `She served from {2020} ${w} [2030].`),
  }),
];
