import { formatDay, weekdayName, weekdayOf } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import { hasFutureMarker } from '../text/tense.js';
import { capIfReported, spanEvidence } from './evidence.js';
import { named } from './catalogue.js';
import type { Check, Draft } from './types.js';

/** "Monday, March 5, 2024", when March 5, 2024 was a Tuesday. */
export const weekdayMismatch: Check = {
  ...named('weekday-mismatch'),
  run(article, ctx) {
    const out: Draft[] = [];
    const reference = ctx.published[0]?.day ?? null;
    for (const m of article.dateMentions) {
      if (m.weekday === undefined || m.day === undefined) continue;
      const s = article.sentenceAt(m.start);
      const r = resolveDate(m, reference, s ? hasFutureMarker(s.text) : false);
      if (!r) continue;
      const actual = weekdayOf(r.period.from);
      if (actual === m.weekday) continue;
      // With the year inferred, the date may belong to a year the weekday fits; say so with less certainty.
      const severity = r.yearInferred ? 'medium' : 'high';
      out.push({
        severity: capIfReported(article, m.start, m.end, severity),
        message: `${formatDay(r.period.from)} was a ${weekdayName(actual)}, not a ${weekdayName(m.weekday)}${r.yearInferred ? ' (year taken from the publication date)' : ''}.`,
        evidence: [spanEvidence(article, m.start, m.end)],
      });
    }
    return out;
  },
};
