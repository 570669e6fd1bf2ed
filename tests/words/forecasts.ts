import { findForecasts, RESULTS_LAG_DAYS } from '../../src/engine/time/forecasts.js';
import { articleOf, framed } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'time/forecasts.ts';
/** The years the text looks ahead to: "Output will rise in [2030]." */
const looksTo = marks(
  (text) =>
    findForecasts(articleOf(text))
      .map((f) => f.mention.text)
      .join(' | ') || null,
);
/** A forecast of accounts, due when the accounts of its year come out. */
const ofAccounts = (text: string) => {
  const f = findForecasts(articleOf(text));
  return f.length === 1 && f[0]!.due - f[0]!.period.to === RESULTS_LAG_DAYS;
};
/** "Regex source" → plain words for an example: "per\\s+cent" → "per cent", "loss(?:es)?" → "loss". */
const plain = (w: string) =>
  w
    .replace(/\\s\?\+?/g, ' ')
    .replace(/\(\?:[^)]*\)\??|\?/g, '')
    .replace(/\\b/g, '');

export const FORECASTS: Pinned[] = [
  pin(
    F,
    'PARTS_OF_PERIOD',
    looksTo,
    framed(
      `first second third fourth last final early late end middle start
    beginning spring summer autumn fall winter half quarter part course rest remainder`,
      (w) => `Output will rise at the ${w} of [2030].`,
    ),
  ),
  pin(F, 'TIME_PREPOSITIONS', looksTo, {
    ...framed(
      'in by into until till through throughout during for before from starting',
      (w) => `Output will rise ${w} [2030].`,
    ),
    beginning: 'Output will peak beginning [2030].',
    early: 'Output will peak early [2030].',
    late: 'Output will peak late [2030].',
    mid: 'Output will peak mid [2030].',
    end: 'Output will peak end [2030].',
  }),
  pin(F, 'BREAK_WORDS', looksTo, {
    ...framed(
      'than since after ago which who whose when where versus vs previous prior was were had been because',
      (w) => `Output will rise ${w} in 2030.`,
    ),
    compared: 'Output will rise, to be compared in 2030.',
    despite: 'Output will rise despite cuts in 2030.',
    following: 'Output will rise following cuts in 2030.',
  }),
  pin(F, 'COMPARED', looksTo, {
    '\\bagainst\\b': 'Output will rise against sales in 2030.',
    up: 'Output will rise, up from sales in 2030.',
    down: 'Output will fall, down from sales in 2030.',
    in: 'Output will rise as in 2030.',
    during: 'Output will rise as during 2030.',
    with: 'Output will rise, as with sales in 2030.',
    recall: 'Output will rise, recall, in 2030.',
    remember: 'Output will rise, remember, in 2030.',
    '\\b(?:up|down)\\s+from\\b': 'Output will rise, up from sales in 2030.',
    '\\bas\\s+(?:in|during|with)\\b': 'Output will rise as in 2030.',
    '\\b(?:recall|remember)\\b': 'Output will rise, recall, in 2030.',
  }),
  pin(F, 'BREAK', looksTo, {
    '[;.!?]': 'Output will rise; sales in 2030 too.',
    '\\b${anyOf(BREAK_WORDS)}\\b': 'Output will rise than in 2030.',
    '${COMPARED}': 'Output will rise as in 2030.',
  }),
  pin(F, 'FIGURE', looksTo, {
    '%': 'Output will rise 5% from 2029.',
    percent: 'Output will rise 5 percent from 2029.',
    'per\\s+cent': 'Output will rise 5 per cent from 2029.',
    pct: 'Output will rise 5 pct from 2029.',
  }),
  pin(F, 'FIGURE_WORD', looksTo, {
    those: 'Sales will double those of 2029.',
    'levels?': 'Sales will double levels in 2029.',
    'figures?': 'Sales will double figures in 2029.',
    'records?': 'Sales will double records in 2029.',
    'averages?': 'Sales will double averages in 2029.',
    in: 'Sales will double those in 2029.',
    from: 'Sales will double those from 2029.',
    for: 'Sales will double those for 2029.',
  }),
  pin(F, 'BASE_BEFORE', looksTo, {
    '${FIGURE}': 'Output will rise 5% from 2029.',
    '${FIGURE_WORD}': 'Sales will double those in 2029.',
  }),
  pin(F, 'FROM_A_FIGURE', looksTo, {
    about: 'Output will fall to 2 tonnes from about 3 tonnes in 2029.',
    some: 'Output will fall to 2 tonnes from some 3 tonnes in 2029.',
    around: 'Output will fall to 2 tonnes from around 3 tonnes in 2029.',
    nearly: 'Output will fall to 2 tonnes from nearly 3 tonnes in 2029.',
    '${NUMBER_SOURCE}': 'Output will fall to 2 tonnes from 3 tonnes in 2029.',
    half: 'Output will fall to a third from half the total in 2029.',
    in: 'Output will fall to 2 tonnes from 3 tonnes in 2029.',
    for: 'Output will fall to 2 tonnes from 3 tonnes for 2029.',
  }),
  pin(
    F,
    'NAMES_A_PERIOD',
    looksTo,
    framed('year term quarter half', (w) => `The firm will add a hybrid for the [2030] model ${w}.`),
  ),
  pin(F, 'OPENS_CLAUSE', looksTo, {
    and: 'Output will rise in [2031], and in 2030 output was low.',
    but: 'Output will rise in [2031], but in 2030 output was low.',
    that: 'Output will rise in [2031], said that in 2030 output was low.',
    while: 'Output will rise in [2031] while in 2030 output was low.',
    whereas: 'Output will rise in [2031], whereas in 2030 output was low.',
    '[,;]': 'Output will rise in [2031], in 2030 it was low.',
    in: 'Output will rise in [2031], and in 2030 output was low.',
    during: 'Output will rise in [2031], and during 2030 output was low.',
    '\\b(?:and|but|that|while|whereas)': 'Output will rise in [2031], and in 2030 output was low.',
  }),
  pin(F, 'OWN_CLAUSE_END', looksTo, {
    '[,;:()]': 'Output will rise in [2031], and in [2030], output was low.',
    '\\s(?:which|when)\\s': 'Output will rise in [2031], and in [2030] which was low.',
    which: 'Output will rise in [2031], and in [2030] which was low.',
    when: 'Output will rise in [2031], and in [2030] when output was low.',
  }),
  pin(
    F,
    'TOLD_AS_PAST',
    looksTo,
    framed('was were had', (w) => `Output will rise in [2031], and in 2030 it ${w} low.`),
  ),
  pin(F, 'ACCOUNTS_WORDS', ofAccounts, {
    ...framed(
      String.raw`profits? loss(?:es)? earnings income results revenues?
    sales dividends? charges? provisions? break\s?even deficit surplus`,
      (w) => `The bank expects ${plain(w)} for 2030 to be small.`,
    ),
    figures: 'The bank expects its figures to be weak for 2030.',
    'writ(?:e|es|ing)[\\s-]?(?:offs?|downs?)': 'The bank expects write-offs for 2030 to be small.',
    e: 'The bank expects write-offs for 2030 to be small.',
    es: 'The bank expects writes-off for 2030 to be small.',
    ing: 'The bank expects writing-off for 2030 to be small.',
    'offs?': 'The bank expects write-offs for 2030 to be small.',
    'downs?': 'The bank expects writedowns for 2030 to be small.',
  }),
  pin(
    F,
    'BOOKKEEPING_VERBS',
    ofAccounts,
    framed('report post book record show declare', (w) => `The group will ${w} a profit in 2030.`),
  ),
  pin(F, 'BOOKKEEPING_VERB', ofAccounts, {
    '\\b${anyOf(BOOKKEEPING_VERBS)}(?:s|ing)?\\b': 'The group will report a profit in 2030.',
    s: 'The group expects it reports a profit in 2030.',
    ing: ['The group expects reporting a profit in 2030.', 'The group expects writing off a loss in 2030.'],
    '\\bwrit(?:e|es|ing)\\s+(?:off|down)\\b': 'The group will write off a loss in 2030.',
    e: 'The group will write off a loss in 2030.',
    es: 'The group expects it writes off a loss in 2030.',
    off: 'The group will write off a loss in 2030.',
    down: 'The group will write down a loss in 2030.',
  }),
  pin(F, 'BOOKKEEPING_CHARGE', ofAccounts, {
    e: 'The bank will take a $2 billion charge on its profit in 2030.',
    es: 'The bank expects it takes a $2 billion charge on its profit in 2030.',
    ing: 'The bank expects taking a $2 billion charge on its profit in 2030.',
    'charges?': 'The bank will take a $2 billion charge on its profit in 2030.',
    'impairments?': 'The bank will take a $2 billion impairment on its profit in 2030.',
    'provisions?': 'The bank will take a $2 billion provision on its profit in 2030.',
  }),
  pin(F, 'BOOKKEEPING', ofAccounts, {
    '${BOOKKEEPING_VERB}': 'The group will report a profit in 2030.',
    '${BOOKKEEPING_CHARGE}': 'The bank will take a $2 billion charge on its profit in 2030.',
  }),
  pin(F, 'PARTS_OF_A_YEAR', looksTo, {
    ...framed(
      'end start beginning middle spring summer autumn fall winter',
      (w) => `The vote is set for the ${w} of [2030].`,
    ),
    'first\\s+half': 'The vote is set for the first half of [2030].',
    'second\\s+half': 'The vote is set for the second half of [2030].',
  }),
  pin(F, 'PART_OF', looksTo, {
    early: 'The vote is set for early [2030].',
    late: 'The vote is set for late [2030].',
    mid: 'The vote is set for mid [2030].',
    'the\\s+${anyOf(PARTS_OF_A_YEAR)}\\s+of': 'The vote is set for the end of [2030].',
  }),
  pin(F, 'WHAT_HAPPENS', looksTo, {
    ...framed('a an its their the', (w) => `The vote is set for ${w} launch in [2030].`),
    ...framed('in by before during', (w) => `The vote is set for launch ${w} [2030].`),
  }),
  pin(F, 'FOR_THE_DATE', looksTo, {
    '${PART_OF}': 'The vote is set for early [2030].',
    '${WHAT_HAPPENS}': 'The vote is set for launch in [2030].',
  }),
  pin(F, 'OTHER_CALENDAR_AFTER', looksTo, {
    ...framed('fiscal financial school academic', (w) => `Output will rise in 2030 ${w} year.`),
    ...framed('season year campaign', (w) => `Output will rise in 2030 ${w}.`),
  }),
  pin(F, 'isBase', looksTo, {
    BASE_BEFORE: 'Output will rise 5% from 2029.',
    FIGURE_IN_BRACKETS: 'Output will rise to 7 tonnes (6 in 2029).',
    FROM_A_FIGURE: 'Output will fall to 2 tonnes from 3 tonnes in 2029.',
  }),
];
