import { describe, expect, it } from 'vitest';
import { articleOf } from './helpers/rule-tester.js';
import { RESULTS_LAG_DAYS } from '../src/engine/time/forecasts.js';
import { forecastsOf } from '../src/engine/lang/reading.js';

/**
 * A forecast's period is what it looks ahead to (issue 19, cause 4): each rule of
 * `time/forecasts.ts`, each word of it a case of its own, and the forecasts that stay forecasts.
 */
const periods = (text: string) => forecastsOf(articleOf({ text: `Probe\n\n${text}` })).map((f) => f.mention.text);
const dueLater = (text: string) => forecastsOf(articleOf({ text: `Probe\n\n${text}` })).map((f) => f.due - f.period.to);

describe('rule 1: what the expectation is about', () => {
  it.each(['end', 'start', 'beginning', 'middle'])('at the %s of a year', (part) =>
    expect(periods(`The plant will close at the ${part} of 2023.`)).toEqual(['2023']),
  );
  it('"of" alone names a thing', () => {
    expect(periods('The drought will be nowhere near the drought of 1982.')).toEqual([]);
    expect(periods('He said the cuts will not hurt and the tax reform act of 1986 lowers rates.')).toEqual([]);
  });
  it('a year that names a thing is not looked ahead to', () =>
    expect(periods('Prices will rise for the 2019 crop.')).toEqual([]));
  it('unless it names a period', () =>
    expect(periods('The firm will add a hybrid for the 2026 model year.')).toEqual(['2026']));
  it('nor through "of"', () =>
    expect(periods('Delegates will push for realization of the 1994 Bogor goals.')).toEqual([]));
});

describe('rule 2: a year compared with is a base', () => {
  it.each([
    ['against', 'Exports are forecast to rise to 3 million tonnes, against 2.7 million in 2019.'],
    ['up from', 'The IMF expects growth of 3.1 percent in 2024, up from 2.9 percent in 2019.'],
    ['down from', 'The agency expects a deficit of 2 percent in 2024, down from 3 percent in 2019.'],
    ['as in', 'Growth is expected to come from transport fuels, as in 2019.'],
    ['as during', 'Demand is expected to hold, as during 2019.'],
    ['as with', 'Sales will hold up, as with 2019.'],
    ['recall', 'You will recall that on my appointment in 2019 I made no promise.'],
    ['remember', 'Readers will remember that the bridge closed in 2019.'],
  ])('%s', (_word, text) => expect(periods(text).filter((y) => y === '2019')).toEqual([]));
  it.each([
    ['a figure from', 'Exports will rise 30 percent from 2019.'],
    ['a figure over', 'Sales will rise 5 pct over 2019.'],
    ['a figure on', 'Profit will rise 5 per cent on 2019.'],
    ['a figure in per cent', 'Profit will rise 5% from 2019.'],
    ['those of', 'Sales are expected to double those of 2019.'],
    ['that of', 'Output will exceed that of 2019.'],
    ['levels in', 'Output will return to levels in 2019.'],
    ['level of', 'Output will stay below the level of 2019.'],
    ['figures for', 'Sales will beat the figures for 2019.'],
    ['the record from', 'Traffic will top the record from 2019.'],
    ['averages of', 'Rainfall will stay under the averages of 2019.'],
    ['a bracket with a figure', 'Supplies will comprise 725,000 tonnes of oil (706,000 in 2019).'],
    ['from a figure in', 'Earnings will fall to 230 million dollars from 281 million dollars in 2019.'],
    ['from a number in words', 'The dam will raise capacity from six million cubic meters in 2019 to 290 million.'],
    ['from about a figure', 'Output will rise to 9 million from about 7 million in 2019.'],
    ['from some', 'Output will rise from some 7 million in 2019.'],
    ['from around', 'Output will rise from around 7 million in 2019.'],
    ['from nearly', 'Output will rise from nearly 7 million in 2019.'],
    ['from half', 'Spending will fall from half a billion for 2019.'],
    ["a year's own figure", "Spending is projected to fall from 2019's 25.8 billion dollars."],
  ])('%s', (_name, text) => expect(periods(text)).toEqual([]));
  it('a year looked ahead to beside a comparison stays', () =>
    expect(periods('Exports will rise to 3 million tonnes in 2025, against 2.7 million now.')).toEqual(['2025']));
});

describe('rule 3: a year whose own clause is told in the past', () => {
  it.each([
    ['and ... was', 'The mine is expected to produce 900 tonnes in 2024, and in 2019 its output was 700 tonnes.'],
    ['but ... were', 'Prices will rise in 2024, but in 2019 they were lower.'],
    ['that ... had', 'He expects to win in 2024, knowing that in 2019 he had no seat.'],
    ['while ... fell', 'Sales will grow in 2024, while in 2019 they fell.'],
    ['whereas ... were', 'Millions will live in cities in 2024, whereas in 2019 city dwellers were fewer.'],
    [
      'subjects joined by and',
      'The mine will produce 900 tonnes in 2024, and that in 2019 its output and exports were 700 tonnes.',
    ],
    ['a comma and during', 'Sales will grow in 2024; during 2019 they slumped.'],
  ])('%s', (_name, text) => expect(periods(text)).toEqual(['2024']));
  it.each([
    ['a comma', 'Sales will grow in 2024, and in 2025, analysts said.'],
    ['a semicolon', 'Sales will grow in 2024, and in 2025; prices fell.'],
    ['a colon', 'Sales will grow in 2024, and in 2025: prices fell.'],
    ['a bracket', 'Sales will grow in 2024, and in 2025 (prices fell).'],
    ['which', 'Sales will grow in 2024, and in 2025 which analysts doubted.'],
    ['when', 'Sales will grow in 2024, and in 2025 when rates eased.'],
  ])('the clause ends at %s', (_name, text) => expect(periods(text)).toEqual(['2024', '2025']));
});

describe('rule 4: accounts of a finished period come out after it', () => {
  it.each([
    'profit',
    'profits',
    'loss',
    'losses',
    'earnings',
    'income',
    'results',
    'revenue',
    'revenues',
    'sales',
    'dividend',
    'dividends',
    'charge',
    'charges',
    'provision',
    'provisions',
    'breakeven',
    'break even',
    'figures',
    'deficit',
    'surplus',
  ])('%s for the year', (word) =>
    expect(dueLater(`The company expects its ${word} to be flat for 2019.`)).toEqual([RESULTS_LAG_DAYS]),
  );
  it.each(['write-off', 'write-offs', 'writedown', 'write-downs'])('the %s for the year', (word) =>
    expect(dueLater(`The bank expects the ${word} for 2019 to be small.`)).toEqual([RESULTS_LAG_DAYS]),
  );
  it.each([
    ['write off', 'The bank will write off 16 million dollars of loans in 2019.'],
    ['writes off', 'The bank expects that it writes off 16 million dollars of loans in 2019.'],
    ['writing off', 'The bank expects to keep writing off loans in 2019.'],
    ['write down', 'The bank will write down 16 million dollars of loans in 2019.'],
  ])('the bookkeeping act "%s"', (_verb, text) => expect(dueLater(text)).toEqual([RESULTS_LAG_DAYS]));
  it('a result for the period', () =>
    expect(dueLater('The group expects income for 2019 to be flat.')).toEqual([RESULTS_LAG_DAYS]));
  it.each(['report', 'reports', 'reporting', 'post', 'book', 'record', 'show', 'declare'])(
    'to %s a profit in 2019',
    (verb) => expect(dueLater(`The group expects to ${verb} a profit in 2019.`)).toEqual([RESULTS_LAG_DAYS]),
  );
  it.each(['charge', 'charges', 'impairment', 'provision'])('to take a %s in 2019', (noun) =>
    expect(dueLater(`The bank will take a $2 billion ${noun} on its profit in 2019.`)).toEqual([RESULTS_LAG_DAYS]),
  );
  it('a forecast of events, not of accounts, ends with its period', () => {
    expect(dueLater('Sales, expected to recover in 2019, remain weak.')).toEqual([0]);
    expect(dueLater('The company expects sales to recover in 2019.')).toEqual([0]);
  });
});
