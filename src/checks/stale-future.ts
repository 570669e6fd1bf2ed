import { formatDay, formatPeriod } from '../time/calendar.js';
import { writtenNoEarlierThan } from '../time/clock.js';
import { resolveDate } from '../time/dates.js';
import { mentionsIn } from '../time/anchors.js';
import { futureMarker, hasPastExpectation } from '../text/tense.js';
import { capIfReported, spanEvidence } from './evidence.js';
import { named } from './catalogue.js';
import type { Check, Draft } from './types.js';

/** A time preposition right before the year makes it the period the expectation is about. */
const TARGET = /\b(?:in|by|into|until|till|through|throughout|during|for|of|before|from|starting|beginning|early|late|mid|end)[\s-]+(?:the\s+)?(?:(?:first|second|third|fourth|last|final|early|late|end|middle|start|beginning|spring|summer|autumn|fall|winter|half|quarter|part|course|rest|remainder)\s+(?:of\s+)?(?:the\s+)?){0,3}$/i;
/** Words between the expectation and the year that move the year out of it ("than in 2019", "which opened in 2019"). */
const BREAK = /[;.!?]|\b(?:than|since|after|ago|which|who|whose|when|where|compared|versus|vs|previous|prior|was|were|had|been|because|despite|following)\b/i;

/** Fiscal and school years and sports seasons end after the calendar year they are named by. */
const OTHER_CALENDAR_BEFORE = /\b(?:fiscal|financial|FY|academic)\s*(?:year\s*)?$/i;
const OTHER_CALENDAR_AFTER = /^\s*(?:(?:fiscal|financial|school|academic)\s+)?(?:season|year|school\s+year|campaign)\b/i;

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
    for (const s of article.sentences) {
      const marker = futureMarker(s.text);
      if (!marker) continue;
      const markerAt = s.start + marker.index;
      for (const m of mentionsIn(article, s)) {
        if (m.year === undefined || m.start < markerAt) continue;
        const lead = article.text.slice(s.start, m.start);
        if (!TARGET.test(lead)) continue;
        const between = article.text.slice(markerAt + marker[0].length, m.start);
        if (BREAK.test(between) || between.split(/\s+/).length > 14) continue;
        if (hasPastExpectation(article.text.slice(s.start, markerAt + marker[0].length))) continue;
        if (OTHER_CALENDAR_BEFORE.test(article.text.slice(s.start, m.start)) || OTHER_CALENDAR_AFTER.test(article.text.slice(m.end, s.end))) continue;
        const r = resolveDate(m, null, true);
        if (!r || r.period.to >= earliest) continue;
        const evidenceStart = markerAt;
        const severity = bound ? 'low' : capIfReported(article, evidenceStart, m.end, 'high');
        const against = bound ? `the text narrates ${bound.mention.text} as past (no publication date was found)` : `the article is dated ${formatDay(earliest)}`;
        out.push({
          severity,
          message: `Looks ahead to ${formatPeriod(r.period)}, but ${against}: that period was already over.`,
          evidence: [spanEvidence(article, evidenceStart, m.end)],
        });
        break;
      }
    }
    return out;
  },
};
