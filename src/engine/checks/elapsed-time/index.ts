import type { Article } from '../../article.js';
import type { Check, CheckContext, Draft } from '../../check-kit/types.js';
import type { Sentence } from '../../text/sentences.js';
import { countsFromSentenceBefore } from '../../time/elapsed-claims.js';
import { countsToWritingIn } from '../../lang/reading.js';
import type { Duration } from '../../time/durations.js';
import { afterClaim } from './after.js';
import { ageOfThing } from './age-of-thing.js';
import { anniversaries } from './anniversary.js';
import { eventsHoursApart } from './hours-apart.js';
import { lastingStates } from './lasting-state.js';
import { meta, type Id } from './meta.js';
import { nthEvents } from './nth-event.js';
import { relativePeriods } from './relative-period.js';
import { sinceClaim } from './since.js';

export { meta } from './meta.js';

type SpanDetector = (article: Article, ctx: CheckContext, s: Sentence, d: Duration) => Draft<Id> | null;

/**
 * What a span of time is checked as, by the word that anchors it. "Six years after X, the city is
 * still ..." counts to the writing too: checked so when it does not land after the article.
 */
const BY_ANCHOR: Partial<Record<Duration['anchor'], SpanDetector>> = {
  ago: sinceClaim,
  since: sinceClaim,
  into: sinceClaim,
  after: (article, ctx, s, d) =>
    afterClaim(article, ctx, s, d) ?? (countsToWritingIn(article, s, d) ? sinceClaim(article, ctx, s, d) : null),
  old: ageOfThing,
};

/** Detectors that read the whole article rather than one span of time. */
const WHOLE_ARTICLE = [anniversaries, relativePeriods, lastingStates, eventsHoursApart, nthEvents];

/**
 * "N units ago / since X / into X / after X", anniversaries and the ages of things, checked
 * against the dates the text itself gives and the publication date: one detector a file.
 */
export const elapsedTime: Check<Id> = {
  meta,
  run(article, ctx) {
    const out: Array<Draft<Id>> = [];
    for (const d of article.durations) {
      const s = article.sentenceAt(d.start);
      if (!s) continue;
      // "Ten years later" and "ten years on" count from the sentence before, to the writing.
      const detect = countsFromSentenceBefore(d) ? sinceClaim : BY_ANCHOR[d.anchor];
      const draft = detect?.(article, ctx, s, d);
      if (draft) out.push(draft);
    }
    for (const detect of WHOLE_ARTICLE) out.push(...detect(article, ctx));
    return out;
  },
};
