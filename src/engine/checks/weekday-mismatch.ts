import type { Article } from '../article.js';
import { dayOf, formatDay, isValidDate, monthName, weekdayName, weekdayOf, yearOf } from '../time/calendar.js';
import type { Day } from '../time/calendar.js';
import { eventDays, eventWeekdays } from '../time/event-days.js';
import { resolveDate, type DateMention } from '../time/dates.js';
import { tenseAround } from '../lang/reading.js';
import type { Sentence } from '../text/sentences.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';
import { CALENDAR_LANGUAGES } from '../lang/languages.js';

type Id = keyof typeof messages;

const messages = {
  mismatch: '{{date}} was a {{actual}}, not a {{written}}.',
  eventWeekday: 'The {{event}} is dated {{date}}, a {{actual}}, in one sentence, and placed {{phrase}} in another.',
  mismatchInferredYear:
    "{{date}} is not a {{written}} in any year near the article's date ({{published}}): the text " +
    'gives no year, and in {{years}} it falls on a {{actuals}}.',
};

export const meta: CheckMeta<keyof typeof messages> = {
  id: 'weekday-mismatch',
  title: 'Weekday does not match the date',
  description: 'A weekday is written beside a date that falls on another day of the week.',
  messages,
  languages: CALENDAR_LANGUAGES,
};

/**
 * "Monday, March 5, 2024", when March 5, 2024 was a Tuesday. A date written without its year
 * ("tickets go on sale Friday, Dec. 6") is right when a year near the article's makes it right:
 * the one before, its own, or the next, but never a later one for what the text tells as past.
 */
/**
 * "Tuesday through Saturday, March 5 to 9", "Monday and Tuesday, March 4 and 5": the days and the dates pair
 * up as lists, not one by one.
 */
const WEEKDAY_LIST =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*(?:through|thru|to|and|or|until|till|&|-|–|—)\s*$/i;
function endsAWeekdayList(text: string, m: { start: number; weekdayText?: string; text: string }): boolean {
  return (
    m.weekdayText !== undefined &&
    m.text.startsWith(m.weekdayText) &&
    WEEKDAY_LIST.test(text.slice(Math.max(0, m.start - 40), m.start))
  );
}

export const weekdayMismatch: Check<keyof typeof messages> = {
  meta,
  run(article, ctx) {
    const out = [];
    const reference = ctx.published[0]?.day ?? null;
    // English reads a sentence's tense once, however many dates it holds; another language reads the
    // bounded stretch of words near each date (tenseAround), which is no sentence's to keep.
    const bySentence = new Map<Sentence, ReturnType<typeof tenseAround>>();
    const tenseOf = (s: Sentence, m: DateMention) => {
      if (article.language !== 'en') return tenseAround(article, s, m);
      return bySentence.get(s) ?? bySentence.set(s, tenseAround(article, s, m)).get(s)!;
    };
    for (const m of article.dateMentions) {
      if (m.weekday === undefined || m.day === undefined || endsAWeekdayList(article.text, m)) continue;
      const s = article.sentenceAt(m.start);
      const told = s ? tenseOf(s, m) : 'present';
      const r = resolveDate(m, reference, told === 'future');
      if (!r) continue;
      const actual = weekdayOf(r.period.from);
      if (actual === m.weekday) continue;
      if (r.yearInferred) {
        // The languages read since issue 23 also try the year before last for a story told as past
        // (a fact-check of an old claim).
        const years = yearsToTry(reference!, told, m.month!, m.day, article.language === 'en' ? 1 : 2);
        if (years.some((y) => weekdayOf(dayOf(y, m.month!, m.day!)) === m.weekday)) continue;
        // "Two years after his loss in 2020, he fought again on Saturday, Nov. 12": the sentence's own years
        // say which year is meant.
        const otherYears = s !== undefined && article.mentionsIn(s).some((o) => o !== m && o.year !== undefined);
        out.push({
          severity: otherYears ? 'low' : capIfReported(article, m.start, m.end, 'medium'),
          messageId: 'mismatchInferredYear' as const,
          data: {
            date: `${monthName(m.month!)} ${m.day}`,
            written: weekdayName(m.weekday),
            published: formatDay(reference!),
            years: years.join(' or '),
            actuals: years.map((y) => weekdayName(weekdayOf(dayOf(y, m.month!, m.day!)))).join(' or '),
            actual: weekdayName(actual),
          },
          evidence: [spanEvidence(article, m.start, m.end)],
        });
        continue;
      }
      out.push({
        severity: capIfReported(article, m.start, m.end, 'high'),
        messageId: 'mismatch' as const,
        data: { date: formatDay(r.period.from), actual: weekdayName(actual), written: weekdayName(m.weekday) },
        evidence: [spanEvidence(article, m.start, m.end)],
      });
    }
    // Events and their weekdays are read in English words only.
    if (article.language === 'en') out.push(...eventsOnTwoDays(article, reference));
    return out;
  },
};

/** Hours that time zones and a story told across midnight can explain between two readings of one day. */
const TIME_ZONE_HOURS = 14;

/**
 * One event, two days: "the attack on December 31" and "the attack early Saturday morning", when
 * December 31 was a Sunday. The weekday may be the day before or after by the clock of another
 * place; beyond that, the text dates one event twice. Likely, not proven: the same noun may name two
 * events, so a kind dated to two days is left alone.
 */
function eventsOnTwoDays(article: Article, reference: Day | null): Draft<Id>[] {
  const out: Draft<Id>[] = [];
  const days = eventDays(article);
  for (const w of eventWeekdays(article)) {
    const own = article.sentenceAt(w.start);
    const dated = days.filter((d) => d.kind === w.kind && article.sentenceAt(d.mention.start) !== own);
    const candidates = dated.map((d) => ({ d, days: daysOf(d.mention, reference) })).filter((c) => c.days.length);
    if (!candidates.length) continue;
    // Two days for the kind: two events, or one the text dates twice already; either way not this claim's to judge.
    const first = candidates[0]!;
    const apart = (c: (typeof candidates)[number]) => Math.abs(c.days[0]! - first.days[0]!) > 1;
    if (candidates.some((c) => apart(c) && c.d.mention.year === first.d.mention.year)) continue;
    const gap = Math.min(...first.days.map((day) => hoursApart(day, w.weekday, w.hours)));
    if (gap <= TIME_ZONE_HOURS) continue;
    const day = first.days[0]!;
    out.push({
      // A year the text does not write is a third guess beside the event's name and the weekday's: worth a look.
      severity: first.d.mention.year === undefined ? 'low' : capIfReported(article, w.start, w.end, 'medium'),
      messageId: 'eventWeekday',
      data: {
        event: w.kind,
        date:
          first.d.mention.year === undefined
            ? `${monthName(first.d.mention.month!)} ${first.d.mention.day}`
            : formatDay(day),
        actual: weekdayName(weekdayOf(day)),
        phrase: article.text.slice(w.start, w.end),
      },
      evidence: [w, first.d.mention].map((e) => spanEvidence(article, e.start, e.end)),
    });
  }
  return out;
}

/** The day a date is; without its year, the last such day by the article's date (the event is told as past). */
function daysOf(m: DateMention, reference: Day | null): Day[] {
  const r = resolveDate(m, reference, false);
  return r && r.period.precision === 'day' ? [r.period.from] : [];
}

/** Hours between a day and the nearest stretch of that weekday the phrase allows ("early Saturday": 0 to 6 h). */
function hoursApart(day: Day, weekday: number, [from, to]: [number, number]): number {
  let best = Infinity;
  for (let k = -6; k <= 6; k++) {
    if (weekdayOf(day + k) !== weekday) continue;
    const start = (day + k) * 24 + from;
    const end = (day + k) * 24 + to;
    best = Math.min(best, Math.max(0, day * 24 - end, start - (day * 24 + 24)));
  }
  return best;
}

/**
 * The years a yearless date may belong to: around the article's, none after it for what is told as past nor
 * before it for what is to come.
 */
function yearsToTry(
  reference: number,
  told: 'past' | 'present' | 'future',
  month: number,
  day: number,
  back = 1,
): number[] {
  const y = yearOf(reference);
  const years = Array.from({ length: back + 2 }, (_, i) => y - back + i);
  return years.filter((year) => {
    if (told !== 'past' && year < y - 1) return false;
    if (!isValidDate(year, month, day)) return false;
    const d = dayOf(year, month, day);
    return !(told === 'past' && d > reference + 1) && !(told === 'future' && d < reference - 1);
  });
}
