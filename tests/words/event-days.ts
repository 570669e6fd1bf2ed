import { weekdayName } from '../../src/engine/time/calendar.js';
import { datedWordsLike } from '../../src/engine/time/dated-words.js';
import { eventDays, eventWeekdays } from '../../src/engine/time/event-days.js';
import { articleOf } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const E = 'time/event-days.ts';
const W = 'time/dated-words.ts';
/**
 * The day or the weekday an event noun is placed on, a weekday read as the day it names: "The storm of
 * [March 3, 2020] felled trees.", "The raid on [Friday] was quick."
 */
const placed = marks((text) => {
  const article = articleOf(text);
  const days = eventDays(article).map((d): [number, string] => [d.mention.start, d.mention.text]);
  const weekdays = eventWeekdays(article)
    .map((w): [number, string, number] => [w.start, article.text.slice(w.start, w.end), w.weekday])
    .filter(([, phrase, weekday]) => phrase.toLowerCase().includes(weekdayName(weekday).toLowerCase()));
  return (
    [...days, ...weekdays]
      .sort((a, b) => a[0] - b[0])
      .map((x) => x[1])
      .join(' | ') || null
  );
});
/**
 * An event's name found, plural and all, in a sentence that writes a year, spelt as the anchors spell a
 * name with a letter a pattern cannot write: "The [kick-offs] of 2019 drew crowds."
 */
const spelled = (example: string) => {
  const name = /\[([^\]]+)\]/.exec(example)![1]!.toLowerCase();
  const pattern = name.replace(/(?:es|s)$/, '').replace(/[^a-z]/g, '.');
  return marks((text) => {
    const article = articleOf(text);
    return (
      datedWordsLike(article, pattern)
        .map((w) => article.text.slice(w.start, w.end))
        .join(' | ') || null
    );
  })(example);
};

/** An event on each day of the week. */
const ON_WEEKDAYS = {
  sun: 'The raid on [Sunday] was quick.',
  mon: 'The raid on [Monday] was quick.',
  tues: 'The raid on [Tuesday] was quick.',
  wednes: 'The raid on [Wednesday] was quick.',
  thurs: 'The raid on [Thursday] was quick.',
  fri: 'The raid on [Friday] was quick.',
  satur: 'The raid on [Saturday] was quick.',
};

export const EVENT_DAYS: Pinned[] = [
  pin(
    E,
    'WEEKDAYS',
    placed,
    Object.fromEntries(Object.entries(ON_WEEKDAYS).map(([w, example]) => [`'${w}'`, example])),
  ),
  pin(E, 'WEEKDAY_PHRASE', placed, {
    early: 'The attack [early Saturday morning] killed two.',
    late: 'The raid [late on Friday] was quick.',
    ...ON_WEEKDAYS,
    morning: 'The attack on [Saturday morning] killed two.',
    afternoon: 'The attack on [Saturday afternoon] killed two.',
    evening: 'The attack on [Saturday evening] killed two.',
    night: 'The attack on [Saturday night] killed two.',
  }),
  pin(E, 'LINK_BEFORE', placed, {
    on: 'The raid on [Friday] was quick.',
    of: 'The storm of [March 3, 2020] felled trees.',
    in: 'The crash in [early Sunday] fog killed two.',
  }),
  pin(W, 'datedWordsLike', spelled, {
    s: 'The [kick-offs] of 2019 drew crowds.',
    es: 'The [re-matches] of 2019 drew crowds.',
  }),
];
