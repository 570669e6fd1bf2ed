import { daysInMonth, monthName } from '../time/calendar.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import { visibleText } from '../text/invisible.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';
import { CALENDAR_LANGUAGES } from '../lang/languages.js';

const messages = {
  noSuchDay: '{{month}} has {{days}} days: {{date}} does not exist.',
  noSuchDayInYear: '{{month}} has {{days}} days in {{year}}: {{date}} does not exist.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'invalid-date',
  title: 'Impossible date',
  description: 'A date that does not exist on the calendar, such as April 31 or February 29 of a common year.',
  messages,
  languages: CALENDAR_LANGUAGES,
};

const MONTH =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug' +
  '(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?`, 'g');

function monthNumber(word: string): number {
  return (
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
      word.slice(0, 3).toLowerCase(),
    ) + 1
  );
}

/** February 30, April 31, and February 29 of a common year: chrono-node drops these silently. */
export const invalidDate: Check<Id> = {
  meta,
  run(article) {
    const out: Array<Draft<Id>> = [];
    const seen = new Set<number>();
    const consider = (start: number, text: string, month: number, day: number, year: number | undefined) => {
      if (month < 1 || day < 29 || day > 31 || seen.has(start)) return;
      // Without a year February 29 may be right; every other day past the month's end never is.
      const limit = year !== undefined ? daysInMonth(year, month) : month === 2 ? 29 : daysInMonth(2001, month);
      if (day <= limit) return;
      seen.add(start);
      const inYear = month === 2 && year !== undefined;
      out.push({
        severity: capIfReported(article, start, start + text.length, 'high'),
        messageId: inYear ? 'noSuchDayInYear' : 'noSuchDay',
        data: { month: monthName(month), days: limit, date: text, ...(inYear ? { year } : {}) },
        evidence: [spanEvidence(article, start, start + text.length)],
      });
    };
    const year = (y: string | undefined) => (y ? Number(y) : undefined);
    if (article.language === 'en') {
      // Read as the reader sees the text: a character that shows nothing inside a date hides nothing.
      const visible = visibleText(article.text);
      const written = (m: RegExpExecArray | RegExpMatchArray) => {
        const start = visible ? visible.start(m.index!) : m.index!;
        const end = visible ? visible.end(m.index! + m[0].length) : start + m[0].length;
        return { start, text: article.text.slice(start, end) };
      };
      for (const m of (visible?.text ?? article.text).matchAll(MONTH_DAY)) {
        const w = written(m);
        consider(w.start, w.text, monthNumber(m[1]!), Number(m[2]), year(m[3]));
      }
      for (const m of (visible?.text ?? article.text).matchAll(DAY_MONTH)) {
        const w = written(m);
        consider(w.start, w.text, monthNumber(m[2]!), Number(m[1]), year(m[3]));
      }
    } else {
      // Another language's grammar keeps the dates that do not exist among the dates it reads (read visibly).
      for (const m of article.dateMentions) {
        if (m.month !== undefined && m.day !== undefined) consider(m.start, m.text, m.month, m.day, m.year);
      }
    }
    return out.sort((a, b) => (a.evidence[0]!.start ?? 0) - (b.evidence[0]!.start ?? 0));
  },
};
