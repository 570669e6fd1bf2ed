import type { Article } from '../article.js';
import type { Day } from './calendar.js';
import { resolveDate, type DateMention } from './dates.js';
import { isPastNarration } from './narration.js';

/**
 * When a page has no publication date, the text still bounds when it was written: it cannot be
 * earlier than the latest event it narrates as past. Checks use this instead of today's date.
 */
export interface LowerBound {
  day: Day;
  mention: DateMention;
}

const cache = new WeakMap<Article, LowerBound | null>();

export function writtenNoEarlierThan(article: Article): LowerBound | null {
  if (cache.has(article)) return cache.get(article)!;
  let best: LowerBound | null = null;
  for (const m of article.dateMentions) {
    if (m.year === undefined || m.month === undefined) continue;
    if (article.isReported(m.start, m.end)) continue;
    const r = resolveDate(m, null, false);
    if (!r || (best && r.period.from <= best.day)) continue;
    const s = article.sentenceAt(m.start);
    if (s && isPastNarration(article, s, m)) best = { day: r.period.from, mention: m };
  }
  cache.set(article, best);
  return best;
}
