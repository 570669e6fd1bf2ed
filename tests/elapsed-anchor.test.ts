import { describe, expect, it } from 'vitest';
import { elapsedTime } from '../src/engine/checks/elapsed-time/index.js';
import { findDurations } from '../src/engine/time/durations.js';
import { isPlanNoun } from '../src/engine/lexicon/plan-nouns.js';
import { runCheck } from './helpers/rule-tester.js';

/**
 * An elapsed claim counts from its own anchor (issue 19, cause 5): spans that measure rather than
 * count, amounts and acts before "ago", a person's act after "after", targets, plan nouns, ages of
 * people, relative periods in apposition. Each word of each rule has a case of its own; each rule
 * has a case where the claim is still checked.
 */
const loud = (text: string, published: string) =>
  runCheck(elapsedTime, { text: `Probe\n\n${text}`, published })
    .drafts.filter((d) => d.severity === 'medium' || d.severity === 'high')
    .map((d) => d.messageId);
const capital = (word: string) => word.replace(/^./, (c) => c.toUpperCase());
const anchorOf = (text: string) => findDurations(text).map((d) => d.anchor);

describe('a span that measures is no claim (durations.ts)', () => {
  it.each(['by', 'within', 'every', 'per', 'each'])('%s five years since 1990', (w) =>
    expect(anchorOf(`Life expectancy rose ${w} five years since 1990.`)).toEqual(['none']),
  );
  it.each([
    ['a figure', 'Sales have grown 200 a year since 2015.'],
    ['a figure in per cent', 'Sales have grown 20% a year since 2015.'],
    ['a figure and its unit', 'Output grew by 1,000 barrels a day since 2015.'.replace('by ', '')],
    ['percent', 'Sales have grown 20 percent a year since 2015.'],
    ['pct', 'Sales have grown 20 pct a year since 2015.'],
    ['twice', 'The board has met twice a year since 2015.'],
    ['once', 'The board has met once a year since 2015.'],
    ['times', 'The board has met three times a year since 2015.'],
  ])('a rate: %s', (_name, text) => expect(anchorOf(text)).toEqual(['none']));
  it('a rate never takes "ago"', () =>
    expect(anchorOf('Revenue was 4.1 billion dollars a year ago.')).toEqual(['ago']));
  it('only "since" is counted across a comma', () => {
    expect(anchorOf('The archive holds posts from the past six years, after June 1.')).toEqual(['none']);
    expect(anchorOf('He has worked there for 12 years, since 2011.')).toEqual(['since']);
  });
  it('a plain span is still a claim', () =>
    expect(loud('It has been a year since 2015.', '2023-05-01')).toEqual(['sincePublication']));
});

describe('before "ago", an amount or an act names no event', () => {
  it.each([
    ['a figure', 'Revenue reached 3 billion dollars in 2019. It rose, up from 4.1 billion dollars a year ago.'],
    ['pct', 'Growth was three pct in 2019. It is slower than the three pct forecast six months ago.'],
    ['percent', 'Growth was three percent in 2019. It is slower than the three percent forecast six months ago.'],
    ['billion', 'Deposits were three billion in 2019. They rose from three billion a year ago.'],
    ['million', 'Deposits were three million in 2019. They rose from three million a year ago.'],
    ['mln', 'Deposits were three mln in 2019. They rose from three mln a year ago.'],
    ['dollars', 'Prices were ten dollars in 2019. They rose from ten dollars a year ago.'],
    ['an act', 'The civil war in Syria began in 2011. Amal, who fled Syria more than 20 years ago, runs a bakery.'],
    ['a revealed plan', 'The plan was first drafted in 2015. A newspaper revealed the plan two weeks ago.'],
  ])('%s', (_name, text) => expect(loud(text, '2024-05-01')).toEqual([]));
  it('an event named before "ago" is still counted', () =>
    expect(loud('The flood struck in May 2019. The flood two years ago ruined the harvest.', '2024-05-01')).toEqual([
      'sincePublication',
    ]));
});

describe('after "after", a person\'s act is its own event', () => {
  it.each(['she', 'they', 'you', 'Ada', 'Ada Byron'])('50 years after %s first used it', (who) =>
    expect(
      loud(
        `The archive opened Friday, 50 years after ${who} first used it. ${capital(who)} retired in 1991.`,
        '2023-11-17',
      ),
    ).toEqual([]),
  );
  it('a subject with its determiner is the event the verb tells of', () =>
    expect(
      loud(
        'The storm struck in August 2005. Six years after the hurricane flooded the city, residents still rebuild.',
        '2014-03-01',
      ),
    ).toEqual(['sincePublication']));
  it('a date that is a target is not when the anchor happened', () =>
    expect(
      loud(
        'Barely ten days after the president called the election scheduled for May 25, polls show a tight race.',
        '2024-04-30',
      ),
    ).toEqual([]));
  it.each([
    'begun',
    'was',
    'were',
    'had',
    'has',
    'have',
    'is',
    'are',
    'of',
    'in',
    'on',
    'at',
    'to',
    'for',
    'by',
    'with',
    'from',
    'that',
  ])('the noun phrase ends before "%s"', (w) =>
    expect(
      loud(
        `The flood struck in May 2019. Two years after the flood ${w} the river towns, the region is still rebuilding.`,
        '2023-06-01',
      ),
    ).toEqual(['sincePublication']),
  );
});

describe('a forecast, plan or budget is named by the period it looks ahead to', () => {
  it.each([
    'forecast',
    'forecasts',
    'projection',
    'projections',
    'outlook',
    'target',
    'targets',
    'goal',
    'goals',
    'budget',
    'budgets',
    'plan',
    'plans',
    'estimate',
    'estimates',
    'guidance',
    'prediction',
    'predictions',
    'deadline',
    'programme',
    'program',
    'strategy',
  ])('%s', (noun) => expect(isPlanNoun(noun)).toBe(true));
  it('an event noun is not', () => expect(isPlanNoun('invasion')).toBe(false));
  it('the year beside one is not its date', () =>
    expect(
      loud(
        'Its original 2023 forecast came out last fall. The agency now sees less than the forecast six months ago.',
        '2023-03-31',
      ),
    ).toEqual([]));
  it('the year after one, without a verb, is its period', () =>
    expect(
      loud(
        "The IMF's forecast of 3 percent in 2023 stood. Growth is slower than the forecast six months ago.",
        '2023-03-31',
      ),
    ).toEqual([]));
  it('a verb dates one', () =>
    expect(
      loud('The forecast was released in May 2019. Growth is slower than the forecast six months ago.', '2023-03-31'),
    ).toEqual(['sincePublication']));
});

describe("an age before a name, or an age used as a noun, is a person's", () => {
  it.each([
    ['a name', 'Retired since 2003, the 80-year-old Mahathir spoke.'],
    ['has', 'Retired since 2003, the 80-year-old has spoken.'],
    ['is', 'Retired since 2003, the 80-year-old is still active.'],
    ['was', 'Retired since 2003, the 80-year-old was heard.'],
    ['who', 'Retired since 2003, the 80-year-old who spoke left.'],
    ['said', 'Retired since 2003, the 80-year-old said little.'],
    ['a comma', 'Retired since 2003, the 80-year-old, a lawyer, spoke.'],
    ['a full stop', 'Retired since 2003, he spoke to the 80-year-old.'],
    ['a semicolon', 'Retired since 2003, he met the 80-year-old; they spoke.'],
    ['a colon', 'Retired since 2003, he met the 80-year-old: they spoke.'],
  ])('%s', (_name, text) => expect(loud(text, '2005-12-11')).toEqual([]));
  it("a thing's age is checked", () =>
    expect(loud('Opened in 1932, the 62-year-old bridge still stands.', '2020-05-01')).toEqual(['ageOfThing']));
});

describe('"since" dates a beginning after a verb of lasting', () => {
  it.each([
    ['a participle', 'The fair, staged since 1994, is 60 years old.'],
    ['an -ing form', 'The fair, running since 1994, is 60 years old.'],
    ['open', 'The shop, open since 1994, is 60 years old.'],
    ['been', 'The shop has been since 1994 a family firm; it is 60 years old.'],
    ['every year', 'The fair, staged every year since 1994, is 60 years old.'],
    ['ever', 'The shop, open ever since 1994, is 60 years old.'],
  ])('%s', (_name, text) => expect(loud(text, '2024-05-01')).toEqual(['ageOfThing']));
  it("after a noun it is a person's tenure", () =>
    expect(
      loud('The parade marked the 50th anniversary of the armed forces, for Castro, leader since 1959.', '2006-12-02'),
    ).toEqual([]));
});

describe('a period named relative to the writing, beside a date', () => {
  it.each([',', ';', ':', ')', '—', '–', '.'])('an apposition closed by "%s"', (mark) =>
    expect(
      loud(
        mark === '.' ? 'Figures released this year, 2019.' : `Figures released this year, 2019${mark} show growth.`,
        '2021-11-18',
      ),
    ).toEqual(['relativePeriod']),
  );
  it('a date that opens a clause of its own is no apposition', () =>
    expect(loud('According to figures released this year, 2019 saw demand grow.', '2021-11-18')).toEqual([]));
  it("a date without its year takes last year's", () =>
    expect(loud("Police recalled last year's August 21 attack on the rally.", '2005-11-20')).toEqual([]));
});
