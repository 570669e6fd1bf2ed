import { formatDay, formatPeriod } from '../time/calendar.js';
import type { Forecast } from '../time/forecasts.js';
import { forecastsOf } from '../lang/reading.js';
import { capIfReported, spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';
import { lowerBoundOf } from '../time/lower-bound.js';
import { CALENDAR_LANGUAGES } from '../lang/languages.js';

const messages = {
  overAtPublication: 'Looks ahead to {{period}}, but the article is dated {{published}}: that period was already over.',
  overAtNarratedDate:
    'Looks ahead to {{period}}, but the text narrates {{narrated}} as past (no publication date was ' +
    'found): that period was already over.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'stale-future',
  title: 'Forecast about a period already over',
  description:
    'The article looks forward to a time that had already passed when it was published, as text ' +
    'written earlier and republished would.',
  messages,
  languages: CALENDAR_LANGUAGES,
};

/**
 * Future or expectation language about a period already over when the article was published:
 * "will continue well into 2023" in a 2024 article. A forecast reported in the past ("in 2021 the
 * operator had forecast ...") is history, not staleness.
 */
export const staleFuture: Check<Id> = {
  meta,
  run(article, ctx) {
    const out: Array<Draft<Id>> = [];
    const bound = ctx.published.length ? null : lowerBoundOf(article);
    const earliest = ctx.published.length ? Math.min(...ctx.published.map((p) => p.day)) : (bound?.day ?? null);
    if (earliest === null) return out;
    const reported = new Set<Forecast['sentence']>();
    for (const f of forecastsOf(article)) {
      // One finding per sentence: the first period in it that was already over.
      if (f.due >= earliest || reported.has(f.sentence)) continue;
      reported.add(f.sentence);
      out.push({
        severity: bound ? 'low' : capIfReported(article, f.start, f.mention.end, 'high'),
        ...(bound
          ? {
              messageId: 'overAtNarratedDate' as const,
              data: { period: formatPeriod(f.period), narrated: bound.mention.text },
            }
          : {
              messageId: 'overAtPublication' as const,
              data: { period: formatPeriod(f.period), published: formatDay(earliest) },
            }),
        evidence: [spanEvidence(article, f.start, f.mention.end)],
      });
    }
    return out;
  },
};
