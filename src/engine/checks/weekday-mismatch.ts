import { formatDay, weekdayName, weekdayOf } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import { hasFutureMarker } from '../text/tense.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta } from '../check-kit/types.js';

const messages = {
  mismatch: '{{date}} was a {{actual}}, not a {{written}}.',
  mismatchInferredYear: '{{date}} was a {{actual}}, not a {{written}} (year taken from the publication date).',
};

export const meta: CheckMeta<keyof typeof messages> = {
  id: 'weekday-mismatch',
  title: 'Weekday does not match the date',
  description: 'A weekday is written beside a date that falls on another day of the week.',
  messages,
};

/** "Monday, March 5, 2024", when March 5, 2024 was a Tuesday. */
export const weekdayMismatch: Check<keyof typeof messages> = {
  meta,
  run(article, ctx) {
    const out = [];
    const reference = ctx.published[0]?.day ?? null;
    for (const m of article.dateMentions) {
      if (m.weekday === undefined || m.day === undefined) continue;
      const s = article.sentenceAt(m.start);
      const r = resolveDate(m, reference, s ? hasFutureMarker(s.text) : false);
      if (!r) continue;
      const actual = weekdayOf(r.period.from);
      if (actual === m.weekday) continue;
      // With the year inferred, the date may belong to a year the weekday fits; say so with less certainty.
      out.push({
        severity: capIfReported(article, m.start, m.end, r.yearInferred ? 'medium' : 'high'),
        messageId: r.yearInferred ? ('mismatchInferredYear' as const) : ('mismatch' as const),
        data: { date: formatDay(r.period.from), actual: weekdayName(actual), written: weekdayName(m.weekday) },
        evidence: [spanEvidence(article, m.start, m.end)],
      });
    }
    return out;
  },
};
