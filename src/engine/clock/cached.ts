import type { Article } from '../article.js';
import type { CheckContext } from '../check-kit/types.js';
import type { Clock } from '../report/schema.js';
import { buildClock } from './build.js';
import { perObject } from '../text/memo.js';

const built = perObject<Article, (ctx: CheckContext, compute: () => Clock) => Clock>();

/** The clock of an article, built once for a context: the audit draws it and the old-text check reads it. */
export function clockOf(article: Article, ctx: CheckContext): Clock {
  return built(article, () => perObject<CheckContext, Clock>())(ctx, () => buildClock(article, ctx));
}
