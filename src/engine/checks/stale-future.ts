import { formatDay, formatPeriod } from '../time/calendar.js';
import { writtenNoEarlierThan } from '../time/lower-bound.js';
import { findForecasts, type Forecast } from '../time/forecasts.js';
import { capIfReported, spanEvidence } from './evidence.js';
import { named } from './catalogue.js';
import type { Check, Draft } from './types.js';

/**
 * Future or expectation language about a period already over when the article was published:
 * "will continue well into 2023" in a 2024 article. A forecast reported in the past ("in 2021 the
 * operator had forecast ...") is history, not staleness.
 */
export const staleFuture: Check = {
  ...named('stale-future'),
  run(article, ctx) {
    const out: Draft[] = [];
    const bound = ctx.published.length ? null : writtenNoEarlierThan(article);
    const earliest = ctx.published.length ? Math.min(...ctx.published.map((p) => p.day)) : bound?.day ?? null;
    if (earliest === null) return out;
    const reported = new Set<Forecast['sentence']>();
    for (const f of findForecasts(article)) {
      // One finding per sentence: the first period in it that was already over.
      if (f.period.to >= earliest || reported.has(f.sentence)) continue;
      reported.add(f.sentence);
      const severity = bound ? 'low' : capIfReported(article, f.start, f.mention.end, 'high');
      const against = bound ? `the text narrates ${bound.mention.text} as past (no publication date was found)` : `the article is dated ${formatDay(earliest)}`;
      out.push({
        severity,
        message: `Looks ahead to ${formatPeriod(f.period)}, but ${against}: that period was already over.`,
        evidence: [spanEvidence(article, f.start, f.mention.end)],
      });
    }
    return out;
  },
};
