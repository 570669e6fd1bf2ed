import { NUMBER_SOURCE, ORDINAL_SOURCE, parseNumber, parseOrdinal } from '../../src/engine/time/numbers.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'time/numbers.ts';
const COUNT = new RegExp(String.raw`\b(${NUMBER_SOURCE})\s+days\b`, 'i');
const NTH = new RegExp(String.raw`\b(${ORDINAL_SOURCE})\s+anniversary\b`, 'i');
/** The number of days, as a span is counted: "The strike lasted [twenty-one] days." */
const counted = marks((text) => {
  const n = COUNT.exec(text)?.[1];
  return n !== undefined && parseNumber(n) !== null ? n : null;
});
/** The ordinal of an anniversary: "It marked the [21st] anniversary." */
const nth = marks((text) => {
  const n = NTH.exec(text)?.[1];
  return n !== undefined && parseOrdinal(n) !== null ? n : null;
});

/** The suffixes of an ordinal in figures, read and parsed. */
const SUFFIXES = {
  st: 'It marked the [21st] anniversary.',
  nd: 'It marked the [22nd] anniversary.',
  rd: 'It marked the [23rd] anniversary.',
  th: 'It marked the [24th] anniversary.',
};

export const NUMBERS: Pinned[] = [
  // The bar each list of number words is joined with: without it the words run into one.
  pin(F, 'small', counted, { '': 'The strike lasted [eleven] days.' }),
  pin(F, 'tens', counted, { '': 'The strike lasted [thirty] days.' }),
  pin(F, 'NUMBER_SOURCE', counted, {
    one: 'The strike lasted [twenty-one] days.',
    two: 'The strike lasted [thirty-two] days.',
    three: 'The strike lasted [forty-three] days.',
    four: 'The strike lasted [fifty-four] days.',
    five: 'The strike lasted [sixty-five] days.',
    six: 'The strike lasted [seventy-six] days.',
    seven: 'The strike lasted [eighty-seven] days.',
    eight: 'The strike lasted [ninety-eight] days.',
    nine: 'The strike lasted [twenty nine] days.',
  }),
  pin(F, 'parseNumber', counted, {
    a: 'The strike lasted [a hundred] days.',
    one: 'The strike lasted [one hundred] days.',
  }),
  pin(F, 'ORDINAL_SOURCE', nth, { ...SUFFIXES, '': 'It marked the [fifth] anniversary.' }),
  pin(F, 'parseOrdinal', nth, SUFFIXES),
];
