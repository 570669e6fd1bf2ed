import type { Article } from '../article.js';
import type { Sentence } from '../text/sentences.js';
import { dayOf, monthPeriod, weekdayOf, yearOf, ymd, yearPeriod, type Day, type Period } from './calendar.js';
import type { DateMention } from './dates.js';

/**
 * "This year's 2019 conference", "last year (2018)", "the second raid this month, after the one
 * on March 2": a period named relative to the moment of writing, beside the date the text gives
 * it. Whether the two agree depends only on the article's date.
 */
export interface RelativePeriod {
  /** The words that name the period: "this year's", "the second raid this month". */
  start: number;
  end: number;
  offset: -1 | 0 | 1;
  unit: 'week' | 'month' | 'year';
  /** The date the text gives the same period. */
  mention: DateMention;
}

const OFFSET = { this: 0, last: -1, next: 1 } as const;
const NAMED = String.raw`\b(this|last|next)\s+(week|month|year)`;
/**
 * "this year's 2019 conference", "last year (2018)", "earlier this month, on March 28": the date right after
 * names the same period.
 */
const BESIDE = new RegExp(String.raw`${NAMED}(?:['’]s\s+|\s*\(\s*|,\s*(?:in\s+|on\s+)?)$`, 'id');
/** "the second raid this month, after the one on March 2": what came first came in the same period. */
const SERIES = new RegExp(
  String.raw`\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|another)\s+(?:[\w-]+\s+){0,3}?` +
    String.raw`(this|last)\s+(week|month|year)\b[^.;]{0,30}?\b(?:after|following|since)\s+` +
    String.raw`(?:(?:the|a|an|one)\s+(?:[\w-]+\s+)?)?(?:on|in)?\s*$`,
  'id',
);

const APPOSITION_CLOSED = /^\s*(?:[,;:)—–]|[.!?]?\s*$)/;

export function relativePeriodsIn(article: Article, s: Sentence, mentions: DateMention[]): RelativePeriod[] {
  const out: RelativePeriod[] = [];
  for (const m of mentions) {
    const before = article.text.slice(Math.max(s.start, m.start - 120), m.start);
    const match = BESIDE.exec(before) ?? SERIES.exec(before);
    // "Three years ago this week, on Jan. 6, 2021": an anniversary's period, counted back from the writing.
    if (!match || /\bago\s*$/i.test(before.slice(0, match.index))) continue;
    // After a bare comma the date is the same period only as an apposition, closed after it ("this year, 2019, ...");
    // "statistics released this year, 2004 witnessed growth" starts a clause about 2004.
    if (/,\s*$/.test(match[0]) && !APPOSITION_CLOSED.test(article.text.slice(m.end, s.end))) continue;
    // The words to show run from the match's start ("second raid this month", "this year") to the unit's end.
    const base = m.start - before.length;
    out.push({
      start: base + match.index,
      end: base + match.indices![2]![1],
      offset: OFFSET[match[1]!.toLowerCase() as keyof typeof OFFSET],
      unit: match[2]!.toLowerCase() as RelativePeriod['unit'],
      mention: m,
    });
  }
  return out;
}

/** The week (Monday to Sunday), month or year a day falls in, moved by `offset` of them. */
export function periodAround(day: Day, unit: RelativePeriod['unit'], offset: number): Period {
  if (unit === 'week') {
    const monday = day - ((weekdayOf(day) + 6) % 7) + 7 * offset;
    return { from: monday, to: monday + 6, precision: 'day' };
  }
  const { year, month } = ymd(day);
  if (unit === 'year') return yearPeriod(year + offset);
  const shifted = dayOf(year, month + offset, 1);
  return monthPeriod(yearOf(shifted), ymd(shifted).month);
}
