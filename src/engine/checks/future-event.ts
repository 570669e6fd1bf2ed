import { formatDay, formatPeriod } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';
import { CALENDAR_LANGUAGES } from '../lang/languages.js';

const messages = {
  pastAfterPublication: "Told as past, but {{date}} is after the article's own date ({{latest}}).",
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'future-event',
  title: 'Narrates a date after publication as past',
  description: 'The article tells, in the past tense, of something dated after the article was published or last updated.',
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
      if (m.year === undefined) continue; // an inferred year is never put after publication for past narration
      const r = resolveDate(m, null, false);
      if (!r || r.period.from <= ctx.latest + 1) continue;
      const s = article.sentenceAt(m.start);
      if (!s || !article.isPastNarration(s, m)) continue;
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
