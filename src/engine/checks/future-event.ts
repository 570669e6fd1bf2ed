import type { Article } from '../article.js';
import { NEAR } from '../clock/calendar-claims.js';
import { dayOf, formatDay, formatPeriod, isValidDate, monthName, yearOf, type Day } from '../time/calendar.js';
import { resolveDate, type DateMention } from '../time/dates.js';
import { rangeStartOf } from '../time/narration.js';
import { pastNarrationOf, plainlyPastOf } from '../lang/reading.js';
import type { Sentence } from '../text/sentences.js';
import { anyOf, wordList } from '../text/alternation.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';
import { CALENDAR_LANGUAGES } from '../lang/languages.js';

const messages = {
  pastAfterPublication: "Told as past, but {{date}} is after the article's own date ({{latest}}).",
  pastAfterPublicationNoYear:
    "Told as past, but {{date}} (no year written) is {{days}} days after the article's own date ({{latest}}); " +
    'the same day a year earlier would be {{ago}} days before it, further back than news leaves a year unsaid.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'future-event',
  title: 'Narrates a date after publication as past',
  description:
    'The article tells, in the past tense, of something dated after the article was published or last updated.',
  messages,
  languages: CALENDAR_LANGUAGES,
};

/**
 * Past-tense narration of a date after the article's own date: "the festival sold out on
 * August 2, 2025" in an article of April 2025. Scheduled, expected and conditional events are
 * the future told as such, and pass.
 */
export const futureEvent: Check<Id> = {
  meta,
  run(article, ctx) {
    const out: Array<Draft<Id>> = [];
    if (ctx.latest === null) return out;
    for (const m of article.dateMentions) {
      if (m.year === undefined) {
        const draft = yearlessAfter(article, m, ctx.latest);
        if (draft) out.push(draft);
        continue;
      }
      const r = resolveDate(m, null, false);
      if (!r || r.period.from <= ctx.latest + 1) continue;
      const s = article.sentenceAt(m.start);
      if (!s || !pastNarrationOf(article, s, m)) continue;
      // A period that began by the article's date and runs past it is going on, not over.
      const start = rangeStartOf(article, s, m);
      const begun = start && resolveDate(start, null, false);
      if (begun && begun.period.from <= ctx.latest + 1) continue;
      out.push({
        severity: capIfReported(article, m.start, m.end, r.period.precision === 'year' ? 'medium' : 'high'),
        messageId: 'pastAfterPublication',
        data: { date: formatPeriod(r.period), latest: formatDay(ctx.latest) },
        evidence: [spanEvidence(article, m.start, m.end)],
      });
    }
    return out;
  },
};

/**
 * "Troops entered the town on March 9" in a story of March 6: a day without its year, told as past,
 * read as the last such day before the article would lie nearly a year back, where news writes the
 * year (`NEAR`, the clock's measure); read in the article's year it lies after the article. Either
 * way the text contradicts its date, but the year is not written and the narration is read, not
 * stated: worth a look (on real agency copy it finds slips of a month as often as old text). Only the
 * plainest narration counts: a past verb of the date's own clause, a day after "on" that ends its
 * phrase ("entered the town on March 9, officials said"); not "last February 28" (a year back),
 * not "the May 23 polls" (a day that names a thing), not what a verb of saying or announcing
 * reports ("proposed a meeting on April 23").
 */
function yearlessAfter(article: Article, m: DateMention, latest: Day): Draft<Id> | null {
  if (m.month === undefined || m.day === undefined) return null;
  const y = yearOf(latest);
  const days = [y, y + 1].filter((yy) => isValidDate(yy, m.month!, m.day!)).map((yy) => dayOf(yy, m.month!, m.day!));
  const after = days.find((d) => d > latest + 1);
  if (after === undefined) return null;
  const before = isValidDate(yearOf(after) - 1, m.month, m.day) ? dayOf(yearOf(after) - 1, m.month, m.day) : null;
  if (before !== null && latest - before <= NEAR) return null;
  const s = article.sentenceAt(m.start);
  if (!s || !actOnTheDay(article, s, m) || !plainlyPastOf(article, s, m) || rangeStartOf(article, s, m)) return null;
  return {
    severity: 'low',
    messageId: 'pastAfterPublicationNoYear',
    data: {
      date: `${monthName(m.month)} ${m.day}`,
      days: after - latest,
      latest: formatDay(latest),
      ago: before === null ? '?' : latest - before,
    },
    evidence: [spanEvidence(article, m.start, m.end)],
  };
}

/** "On March 9" right after the act: a day that is the act's own, not the name of a thing or another's date. */
const ON_THE_DAY_BEFORE = /[a-z]\s+on\s+$/i;
const PHRASE_ENDS_AFTER = /^(?:\s*[,.;:)]|\s*$|\s+(?:and|after|before|when|as|but|while|at|in|with)\b)/i;
const REPORTS = new RegExp(
  `\\b${anyOf(
    wordList(`said says told announced proposed planned agreed scheduled set moved
  postponed extended delayed called urged offered`),
  )}\\b`,
  'i',
);

function actOnTheDay(article: Article, s: Sentence, m: DateMention): boolean {
  const before = article.text.slice(Math.max(s.start, m.start - 60), m.start);
  if (!ON_THE_DAY_BEFORE.test(before) || !PHRASE_ENDS_AFTER.test(article.text.slice(m.end, m.end + 12))) return false;
  return !REPORTS.test(before);
}
