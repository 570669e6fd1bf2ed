import { describe, expect, it } from 'vitest';
import { dayOf, formatSpan, toISO, yearPeriod } from '../src/engine/time/calendar.js';
import { findDates, resolveDate } from '../src/engine/time/dates.js';
import { allowedDays, findDurations } from '../src/engine/time/durations.js';
import { parseNumber, parseOrdinal } from '../src/engine/time/numbers.js';

describe('numbers', () => {
  it.each([
    ['11', 11],
    ['eleven', 11],
    ['twenty-two', 22],
    ['twenty two', 22],
    ['1,200', 1200],
    ['a hundred', 100],
    ['dozen', 12],
  ])('%s is %d', (text, n) => expect(parseNumber(text)).toBe(n));
  it.each([
    ['30th', 30],
    ['thirtieth', 30],
    ['twenty-first', 21],
    ['100th', 100],
  ])('ordinal %s is %d', (t, n) => expect(parseOrdinal(t)).toBe(n));
});

describe('durations', () => {
  const one = (text: string) => {
    const found = findDurations(text);
    expect(found, text).toHaveLength(1);
    return found[0]!;
  };
  it.each([
    ['over two and a half years ago', 2.5, 'year', 'at-least', 'ago'],
    ['a year and a half ago', 1.5, 'year', 'exact', 'ago'],
    ['half a year later', 0.5, 'year', 'exact', 'later'],
    ['11 months after the invasion', 11, 'month', 'exact', 'after'],
    ['nearly a decade since the flood', 1, 'decade', 'at-most', 'since'],
    ['roughly 18 months into the war', 18, 'month', 'approx', 'into'],
    ['barely six weeks ago', 6, 'week', 'exact', 'ago'],
    ['some 22 months', 22, 'month', 'approx', 'none'],
    ['a quarter of a century ago', 0.25, 'century', 'exact', 'ago'],
    ['the 80-year-old bridge', 80, 'year', 'exact', 'old'],
  ])('%s', (text, value, unit, hedge, anchor) => {
    const d = one(text);
    expect([d.value, d.unit, d.hedge, d.anchor]).toEqual([value, unit, hedge, anchor]);
  });
  it('marks vague amounts', () => {
    expect(one('a few years ago').vague).toBe(true);
    expect(one('a couple of months ago').vague).toBe(true);
    expect(one('three years ago').vague).toBe(false);
  });
  it('widens the allowed span with the hedge', () => {
    const exact = allowedDays(one('11 months ago'));
    const over = allowedDays(one('over 11 months ago'));
    expect(over[1]).toBeGreaterThan(exact[1]);
    expect(allowedDays(one('nearly 11 months ago'))[1]).toBeLessThan(exact[1]);
  });
  it('says spans in the claim’s unit', () => {
    expect(formatSpan(670, 700, 'month')).toBe('22 to 23 months');
    expect(formatSpan(365, 366, 'year')).toBe('1 year');
    expect(formatSpan(190, 220, 'year')).toBe('6 to 7 months');
    expect(formatSpan(2900, 2950, 'decade')).toBe('8 years');
  });
});

describe('dates', () => {
  it('reads day-month, month-year and bare years, and not relative phrases', () => {
    const texts = findDates(
      'On Monday, March 5, 2024 and in February 2022, the 2023-24 season, six months ago, 2000 votes and in 2019.',
    ).map((m) => m.text);
    expect(texts).toEqual(['Monday, March 5, 2024', 'February 2022', '2023-24', '2019']);
  });
  it('keeps the weekday as written', () => {
    expect(findDates('on Tuesday, Jan. 9')[0]).toMatchObject({ weekday: 2, month: 1, day: 9 });
  });
  it('infers a missing year: the latest not after publication, or the next for the future', () => {
    const [m] = findDates('on December 31st');
    const pub = dayOf(2024, 1, 1);
    expect(toISO(resolveDate(m!, pub, false)!.period.from)).toBe('2023-12-31');
    const [june] = findDates('from June 3');
    expect(toISO(resolveDate(june!, pub, true)!.period.from)).toBe('2024-06-03');
    expect(resolveDate(m!, null, false)).toBeNull();
  });
  it('gives a range its whole extent', () => {
    const [m] = findDates('the 2023-24 season');
    expect(resolveDate(m!, null, false)!.period).toEqual({ ...yearPeriod(2023), to: yearPeriod(2024).to });
  });
});
