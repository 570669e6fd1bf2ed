import { findDurations } from '../../src/engine/time/durations.js';
import { framed } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'time/durations.ts';
/**
 * The spans of time read, each with the anchor it is counted from: "The mill shut [two years ago]."; a span
 * that measures rather than counts ends at its unit: "Prices rose by [two years] since 2001" has no anchor.
 */
const spans = marks(
  (text) =>
    findDurations(text)
      .map((d) => text.slice(d.start, d.anchorEnd))
      .join(' | ') || null,
);

export const DURATIONS: Pinned[] = [
  pin(F, 'HEDGES', spans, {
    "['nearly', 'at-most']": 'The mill shut [nearly two years ago].',
    "['almost', 'at-most']": 'The mill shut [almost two years ago].',
    "['close to', 'at-most']": 'The mill shut [close to two years ago].',
    "['just under', 'at-most']": 'The mill shut [just under two years ago].',
    "['less than', 'at-most']": 'The mill shut [less than two years ago].',
    "['under', 'at-most']": 'The mill shut [under two years ago].',
    "['not quite', 'at-most']": 'The mill shut [not quite two years ago].',
    "['up to', 'at-most']": 'The mill shut [up to two years ago].',
    "['just over', 'at-least']": 'The mill shut [just over two years ago].',
    "['well over', 'at-least']": 'The mill shut [well over two years ago].',
    "['over', 'at-least']": 'The mill shut [over two years ago].',
    "['more than', 'at-least']": 'The mill shut [more than two years ago].',
    "['upwards of', 'at-least']": 'The mill shut [upwards of two years ago].',
    "['at least', 'at-least']": 'The mill shut [at least two years ago].',
    "['a little over', 'at-least']": 'The mill shut [a little over two years ago].',
    "['a little more than', 'at-least']": 'The mill shut [a little more than two years ago].',
    "['little more than', 'at-least']": 'The mill shut [little more than two years ago].',
    "['some', 'approx']": 'The mill shut [some two years ago].',
    "['about', 'approx']": 'The mill shut [about two years ago].',
    "['around', 'approx']": 'The mill shut [around two years ago].',
    "['roughly', 'approx']": 'The mill shut [roughly two years ago].',
    "['approximately', 'approx']": 'The mill shut [approximately two years ago].',
    "['nigh on', 'approx']": 'The mill shut [nigh on two years ago].',
    "['an estimated', 'approx']": 'The mill shut [an estimated two years ago].',
    "['barely', 'exact']": 'The mill shut [barely two years ago].',
    "['just', 'exact']": 'The mill shut [just two years ago].',
    "['only', 'exact']": 'The mill shut [only two years ago].',
    "['exactly', 'exact']": 'The mill shut [exactly two years ago].',
    "['precisely', 'exact']": 'The mill shut [precisely two years ago].',
  }),
  pin(F, 'hedgeSource', spans, { '': 'The mill shut [nearly two years ago].' }),
  // The vague counts (keys of VAGUE, which the lister does not read as a list) stand in vagueSource's alternation.
  pin(F, 'vagueSource', spans, {
    '': ['a few', 'few', 'several', 'a couple of', 'a couple', 'a number of', 'many', 'dozens of'].map(
      (v) => `The mill shut [${v} years ago].`,
    ),
  }),
  pin(F, 'UNIT_SOURCE', spans, {
    'days?': 'The mill shut [two days ago].',
    'weeks?': 'The mill shut [two weeks ago].',
    'fortnights?': 'The mill shut [two fortnights ago].',
    'months?': 'The mill shut [two months ago].',
    'years?': 'The mill shut [two years ago].',
    'decades?': 'The mill shut [two decades ago].',
    'centur(?:y|ies)': 'The mill shut [two centuries ago].',
    y: 'The mill shut [a century ago].',
    ies: 'The mill shut [two centuries ago].',
  }),
  pin(F, 'UNIT_WORD', spans, {
    day: 'The mill shut [two days ago].',
    week: 'The mill shut [two weeks ago].',
    fortnight: 'The mill shut [a fortnight ago].',
    month: 'The mill shut [two months ago].',
    year: 'The mill shut [two years ago].',
    decade: 'The mill shut [two decades ago].',
    centur: 'The mill shut [a century ago].',
  }),
  pin(F, 'DURATION', spans, {
    '-': 'The mill shut [a quarter-century ago].',
    '\\\\s+of\\\\s+a\\\\s+': 'The mill shut [a quarter of a century ago].',
    '(?<half>half\\\\s+an?)\\\\s+': 'The mill shut [half a year ago].',
    '(?<num>${NUMBER_SOURCE}|an?)': 'The mill shut [two years ago].',
    '${NUMBER_SOURCE}': 'The mill shut [two years ago].',
    'an?': 'The mill shut [a year ago].',
    has: '[A year has passed since] the fire.',
    have: '[Two years have passed since] the fire.',
    had: '[Two years had passed since] the fire.',
    'now\\\\s+': '[Two years have now passed since] the fire.',
    'already\\\\s+': '[Two years have already passed since] the fire.',
    'just\\\\s+': '[Two years have just passed since] the fire.',
    passed: '[Two years have passed since] the fire.',
    'gone\\\\s+by': '[Two years have gone by since] the fire.',
    elapsed: '[Two years have elapsed since] the fire.',
    gone: '[Ten years have gone since] she left.',
    ...framed('ago earlier later after since before into', (w) => `It came [two years ${w}] the war.`),
    old: 'The boy, [two years old], was found.',
    'on\\\\s+from': '[Ten years on from] the flood, the town is rebuilt.',
    'on(?=\\\\s*,)': '[Ten years on], the town is rebuilt.',
  }),
  pin(F, 'MEASURE_BEFORE', spans, {
    by: 'Life expectancy fell by [13 years] since 1990.',
    within: 'The law lapses within [90 days] after the vote.',
    every: 'The fair has come every [two years] since 1950.',
    per: 'The dose is given once per [six months] after the first.',
    each: 'The pass is renewed each [five years] since 2001.',
  }),
  pin(F, 'RATE_BEFORE', spans, {
    '\\d[\\d,.]*\\s*%?': 'Sales grew 200% [a year] since 1981.',
    '\\b(?:percent|pct|twice|once|times)': 'Prices rose ten percent [a year] since 1990.',
    percent: 'Prices rose ten percent [a year] since 1990.',
    pct: 'Prices rose ten pct [a year] since 1990.',
    twice: 'The club has met twice [a year] since 1990.',
    once: 'The club has met once [a year] since 1990.',
    times: 'The club has met three times [a year] since 1990.',
  }),
  pin(F, 'findDurations', spans, {
    ago: 'Sales hit 381 million, up from 300 million [a year ago].',
    earlier: 'Sales hit 381 million, up from 300 million [a year earlier].',
    later: 'Sales hit 300 million and 381 million [a year later].',
  }),
];
