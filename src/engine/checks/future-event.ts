import { formatDay, formatPeriod } from '../time/calendar.js';
import { resolveDate } from '../time/dates.js';
import { isPastNarration } from '../time/narration.js';
import { capIfReported, spanEvidence } from './evidence.js';
import { named } from './catalogue.js';
import type { Check, Draft } from './types.js';

/**
 * Past-tense narration of a date after the article's own date: "the festival sold out on
 * August 2, 2025" in an article of April 2025. Scheduled, expected and conditional events are
 * the future told as such, and pass.
 */
export const futureEvent: Check = {
  ...named('future-event'),
  run(article, ctx) {
    const out: Draft[] = [];
    if (ctx.latest === null) return out;
    for (const m of article.dateMentions) {
      if (m.year === undefined) continue; // an inferred year is never put after publication for past narration
      const r = resolveDate(m, null, false);
      if (!r || r.period.from <= ctx.latest + 1) continue;
      const s = article.sentenceAt(m.start);
      if (!s || !isPastNarration(article, s, m)) continue;
      out.push({
        severity: capIfReported(article, m.start, m.end, r.period.precision === 'year' ? 'medium' : 'high'),
        message: `Told as past, but ${formatPeriod(r.period)} is after the article's own date (${formatDay(ctx.latest)}).`,
        evidence: [spanEvidence(article, m.start, m.end)],
      });
    }
    return out;
  },
};
