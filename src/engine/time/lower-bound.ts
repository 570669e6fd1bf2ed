import type { Article } from '../article.js';
import { perObject } from '../text/memo.js';
import type { Day } from './calendar.js';
import { resolveDate, type DateMention } from './dates.js';
import { pastNarrationOf } from '../lang/reading.js';

/**
 * When a page has no publication date, the text still bounds when it was written: it cannot be
 * earlier than the latest event it narrates as past. Checks use this instead of today's date
 * (through `lowerBoundOf`, computed once per article).
 */
export interface LowerBound {
  day: Day;
  mention: DateMention;
}

const lowerBounds = perObject<Article, LowerBound | null>();
export const lowerBoundOf = (article: Article): LowerBound | null =>
  lowerBounds(article, () => findLowerBound(article));

function findLowerBound(article: Article): LowerBound | null {
  const dated: LowerBound[] = [];
  for (const m of article.dateMentions) {
    if (m.year === undefined || m.month === undefined) continue;
    if (article.isReported(m.start, m.end)) continue;
    const r = resolveDate(m, null, false);
    if (r) dated.push({ day: r.period.from, mention: m });
  }
  // The latest first (of equal ones, the first written): the first narrated as past is the bound,
  // and the earlier dates need not be read, which spares most of the tagging.
  dated.sort((a, b) => b.day - a.day || a.mention.start - b.mention.start);
  for (const d of dated) {
    const s = article.sentenceAt(d.mention.start);
    if (s && pastNarrationOf(article, s, d.mention)) return d;
  }
  return null;
}
