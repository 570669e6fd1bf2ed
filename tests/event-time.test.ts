import { describe, expect, it } from 'vitest';
import { dateConflict } from '../src/engine/checks/date-conflict.js';
import { elapsedTime } from '../src/engine/checks/elapsed-time/index.js';
import { futureEvent } from '../src/engine/checks/future-event.js';
import type { Check } from '../src/engine/check-kit/types.js';
import { allowedDays, findDurations } from '../src/engine/time/durations.js';
import { eventWeekdays } from '../src/engine/time/event-days.js';
import { articleOf, runCheck } from './helpers/rule-tester.js';

/**
 * Date arithmetic in machine text (issue 20): one event, two dates; a yearless wire dateline; relative
 * time against the text's own dates; known events. Each word of each list has a case of its own.
 */
const ids = (check: Check, text: string, published?: string) =>
  runCheck(check, { text: `Probe\n\n${text}`, ...(published ? { published } : {}) }).drafts.map((d) => d.messageId);

describe('one event, two days: the hours a weekday phrase allows', () => {
  const hoursOf = (text: string) => eventWeekdays(articleOf({ text: `Probe\n\n${text}` })).map((w) => w.hours);
  it.each([
    ['early Saturday morning', [0, 6]],
    ['Saturday morning', [0, 12]],
    ['Saturday afternoon', [12, 18]],
    ['Saturday evening', [18, 24]],
    ['Saturday night', [18, 24]],
    ['early Saturday', [0, 6]],
    ['late Saturday', [18, 24]],
    ['late on Saturday', [18, 24]],
    ['Saturday', [0, 24]],
  ])('the attack %s', (phrase, hours) =>
    expect(hoursOf(`Witnesses said the attack ${phrase} lasted an hour.`)).toEqual([hours]),
  );
  it.each(['on', 'of', 'in'])('an event noun linked by "%s"', (link) =>
    expect(hoursOf(`Witnesses recalled the attack ${link} Saturday.`)).toEqual([[0, 24]]),
  );
  it('a possessive weekday before the noun', () =>
    expect(hoursOf("Saturday's attack woke the town.")).toEqual([[0, 24]]));
  it("a weekday after a verb is the verb's", () =>
    expect(hoursOf('A poll official announced on Monday that it was over.')).toEqual([]));
});

describe('a yearless day told as past', () => {
  it.each([
    'said',
    'says',
    'told',
    'announced',
    'proposed',
    'planned',
    'agreed',
    'scheduled',
    'set',
    'moved',
    'postponed',
    'extended',
    'delayed',
    'called',
    'urged',
    'offered',
  ])('what "%s" reports is not the act', (verb) =>
    expect(ids(futureEvent, `KYIV, March 6 - Officials ${verb} a meeting on March 9.`, '2024-03-06')).toEqual([]),
  );
  it('"last March 9" is a year back', () =>
    expect(ids(futureEvent, 'KYIV, March 6 - The group was founded last March 9.', '2024-03-06')).toEqual([]));
  it.each([
    ',',
    '.',
    ';',
    ':',
    ')',
    ' and',
    ' after',
    ' before',
    ' when',
    ' as',
    ' but',
    ' while',
    ' at',
    ' in',
    ' with',
  ])('the day ends its phrase before "%s"', (next) =>
    expect(ids(futureEvent, `Troops entered the town on March 9${next} x.`, '2024-03-06')).toEqual([
      'pastAfterPublicationNoYear',
    ]),
  );
  it('a day that names a thing does not', () =>
    expect(ids(futureEvent, 'Troops entered on March 9 polls.', '2024-03-06')).toEqual([]));
});

describe('the day a lead says things were said', () => {
  it.each(['said', 'says', 'told', 'announced', 'reported', 'confirmed', 'stated', 'declared'])(
    'officials %s on a day a year away',
    (verb) =>
      expect(
        ids(
          dateConflict,
          `(Wire) Friday 1 May 2020 - News.\n\nOfficials ${verb} on Friday, May 3, 2019 that it was over.`,
        ),
      ).toEqual(['reportDayFar']),
  );
  it("a weekday the date does not fall on is the weekday check's", () =>
    expect(
      ids(dateConflict, '(Wire) Friday 1 May 2020 - News.\n\nOfficials said on Monday, May 3, 2019 that it was over.'),
    ).toEqual([]));
});

describe('hours apart', () => {
  it('whatever the count before', () =>
    expect(
      ids(
        elapsedTime,
        'The blast hit on June 3, 2019. Police came several hours earlier, on May 2, 2017, to raid it.',
        '2019-06-04',
      ),
    ).toEqual(['hoursApart']));
  it.each(['hours earlier', 'hours later', 'minutes before', 'minutes after'])('"%s"', (phrase) =>
    expect(
      ids(
        elapsedTime,
        `The blast hit on June 3, 2019. Police, ${phrase}, raided the house on May 2, 2017.`,
        '2019-06-04',
      ),
    ).toEqual(['hoursApart']),
  );
  it.each(['which', 'that', 'who', 'whose', 'where'])('a date after "%s" belongs to another clause', (word) =>
    expect(
      ids(
        elapsedTime,
        `The blast hit on June 3, 2019. Hours later, the shop ${word} x on May 2, 2017 shut.`,
        '2019-06-04',
      ),
    ).toEqual([]),
  );
  it.each([';', ':'])('a date after "%s" belongs to another clause', (mark) =>
    expect(
      ids(
        elapsedTime,
        `The blast hit on June 3, 2019. Hours later${mark} the shop opened on May 2, 2017.`,
        '2019-06-04',
      ),
    ).toEqual([]),
  );
});

describe('the n-th event of a period', () => {
  it.each([
    ['second', 'first'],
    ['third', 'second'],
    ['fourth', 'third'],
    ['fifth', 'fourth'],
  ])('the %s raid this month after the %s', (nth, before) =>
    expect(
      ids(
        elapsedTime,
        `The ${before} raid, on March 2, destroyed two houses. It was the ${nth} raid this month.`,
        '2019-08-09',
      ),
    ).toEqual(['nthInPeriod']),
  );
  it.each(['previous', 'earlier'])('after the %s raid', (word) =>
    expect(
      ids(
        elapsedTime,
        `The ${word} raid, on March 2, destroyed two houses. It was the second raid this month.`,
        '2019-08-09',
      ),
    ).toEqual(['nthInPeriod']),
  );
  it.each(['came', 'was', 'took place'])('the first raid %s on a day', (verb) =>
    expect(
      ids(elapsedTime, `The first raid ${verb} on March 2. It was the second raid this month.`, '2019-08-09'),
    ).toEqual(['nthInPeriod']),
  );
});

describe('known events and round numbers', () => {
  it('"on from" counts as "after"', () =>
    expect(findDurations('Ten years on from the disaster').map((d) => d.anchor)).toEqual(['after']));
  it('a decade is ten years, give or take two', () => {
    const [lo, hi] = allowedDays(findDurations('a decade after')[0]!);
    expect([Math.round(lo / 365.25), Math.round(hi / 365.25)]).toEqual([8, 12]);
  });
  it('a century, give or take twenty years', () => {
    const [lo, hi] = allowedDays(findDurations('a century after')[0]!);
    expect([Math.round(lo / 365.25), Math.round(hi / 365.25)]).toEqual([80, 120]);
  });
});

describe('a yearless wire dateline', () => {
  it.each([
    ['a day', '1987-05-19', []],
    ['three days', '1987-05-21', []],
    ['four days', '1987-05-22', ['yearlessDateline']],
  ])('%s from the page', (_name, published, expected) =>
    expect(ids(dateConflict, 'TOKYO, May 18 - A strong earthquake struck, authorities said.', published)).toEqual(
      expected,
    ),
  );
});
