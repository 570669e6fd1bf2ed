import type { Article } from '../article.js';
import type { CheckContext } from '../check-kit/types.js';
import type { Clock } from '../report/schema.js';
import { buildClock } from './build.js';

const built = new WeakMap<Article, { ctx: CheckContext; clock: Clock }>();

/** The clock of an article, built once for a context: the audit draws it and the old-text check reads it. */
export function clockOf(article: Article, ctx: CheckContext): Clock {
  const known = built.get(article);
  if (known?.ctx === ctx) return known.clock;
  const clock = buildClock(article, ctx);
  built.set(article, { ctx, clock });
  return clock;
}
