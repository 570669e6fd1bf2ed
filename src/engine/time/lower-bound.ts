import type { Article } from '../article.js';
import type { Day } from './calendar.js';
import { resolveDate, type DateMention } from './dates.js';

/**
 * When a page has no publication date, the text still bounds when it was written: it cannot be
 * earlier than the latest event it narrates as past. Checks use this instead of today's date
 * (through `article.writtenNoEarlierThan`, computed once).
 */
export interface LowerBound {
  day: Day;
  mention: DateMention;
}

export function findLowerBound(article: Article): LowerBound | null {
  let best: LowerBound | null = null;
  for (const m of article.dateMentions) {
    if (m.year === undefined || m.month === undefined) continue;
    if (article.isReported(m.start, m.end)) continue;
    const r = resolveDate(m, null, false);
    if (!r || (best && r.period.from <= best.day)) continue;
    const s = article.sentenceAt(m.start);
    if (s && article.isPastNarration(s, m)) best = { day: r.period.from, mention: m };
  }
  return best;
}
