import { dayOf, formatDay, isValidDate, monthName, weekdayName, weekdayOf, yearOf } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import { tenseAround } from '../lang/reading.js';
import { mentionsIn } from '../time/anchors.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta } from '../check-kit/types.js';
import { CALENDAR_LANGUAGES } from '../lang/languages.js';

const messages = {
  mismatch: '{{date}} was a {{actual}}, not a {{written}}.',
  mismatchInferredYear: '{{date}} is not a {{written}} in any year near the article\'s date ({{published}}): the text gives no year, and in {{years}} it falls on a {{actuals}}.',
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
/** "Tuesday through Saturday, March 5 to 9", "Monday and Tuesday, March 4 and 5": the days and the dates pair up as lists, not one by one. */
const WEEKDAY_LIST = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*(?:through|thru|to|and|or|until|till|&|-|–|—)\s*$/i;
function endsAWeekdayList(text: string, m: { start: number; weekdayText?: string; text: string }): boolean {
  return m.weekdayText !== undefined && m.text.startsWith(m.weekdayText) && WEEKDAY_LIST.test(text.slice(Math.max(0, m.start - 40), m.start));
}

export const weekdayMismatch: Check<keyof typeof messages> = {
  meta,
  run(article, ctx) {
    const out = [];
    const reference = ctx.published[0]?.day ?? null;
    for (const m of article.dateMentions) {
      if (m.weekday === undefined || m.day === undefined || endsAWeekdayList(article.text, m)) continue;
      const s = article.sentenceAt(m.start);
      const told = s ? tenseAround(article, s, m) : 'present';
      const r = resolveDate(m, reference, told === 'future');
      if (!r) continue;
      const actual = weekdayOf(r.period.from);
      if (actual === m.weekday) continue;
      if (r.yearInferred) {
        // The languages read since issue 23 also try the year before last for a story told as past
        // (a fact-check of an old claim).
        const years = yearsToTry(reference!, told, m.month!, m.day, article.language === 'en' ? 1 : 2);
        if (years.some((y) => weekdayOf(dayOf(y, m.month!, m.day!)) === m.weekday)) continue;
        // "Two years after his loss in 2020, he fought again on Saturday, Nov. 12": the sentence's own years say which year is meant.
        const otherYears = s !== undefined && mentionsIn(article, s).some((o) => o !== m && o.year !== undefined);
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
    return out;
  },
};

/** The years a yearless date may belong to: around the article's, none after it for what is told as past nor before it for what is to come. */
function yearsToTry(
  reference: number, told: 'past' | 'present' | 'future', month: number, day: number, back = 1,
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
