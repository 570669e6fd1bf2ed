import type { Article } from '../article.js';
import type { CheckContext, PublicationDate } from '../check-kit/types.js';
import type { DateCandidate } from '../report/schema.js';
import type { Knowledge } from '../knowledge/index-pack.js';
import { parseISODay } from './calendar.js';

/** Sources in order of trust (DESIGN.md): structured data first, a visible dateline last. */
const TRUST = ['json-ld', 'meta', 'microdata', 'time', 'dateline', 'option'];
const trustOf = (c: DateCandidate) => {
  const i = TRUST.findIndex((t) => c.source === t || c.source.startsWith(`${t}:`));
  return i === -1 ? TRUST.length : i;
};

export function buildContext(article: Article, knowledge: Knowledge | null = null): CheckContext {
  const published: PublicationDate[] = [];
  let latest: number | null = null;
  for (const candidate of [...article.dates].sort((a, b) => trustOf(a) - trustOf(b))) {
    const day = parseISODay(candidate.value);
    if (day === null) continue;
    if (candidate.kind === 'published') published.push({ day, candidate });
    latest = latest === null ? day : Math.max(latest, day);
  }
  return { published, latest, knowledge };
}
