import type { Article } from '../article.js';
import type { Knowledge } from '../knowledge/index-pack.js';
import { perObject } from '../text/memo.js';
import { hasFutureMarker, tellsOfThePast } from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import type { AnchorDate } from '../time/anchors.js';
import type { Day } from '../time/calendar.js';
import type { DateMention } from '../time/dates.js';
import type { Duration } from '../time/durations.js';
import { countsToWriting, findAnchor } from '../time/elapsed-claims.js';
import { findForecasts, type Forecast } from '../time/forecasts.js';
import { isPlainlyPast, readPastNarration } from '../time/narration.js';
import { findAnchorIn } from './anchors.js';
import { findForecastsIn } from './forecasts.js';
import { grammarOf } from './index.js';
import { readPastNarrationIn, tenseNearIn } from './narration.js';

/**
 * The readings the checks and the clock ask for, each in the article's language: the English
 * grammar where it is English (or a language the engine has no grammar for, whose checks do not
 * run), the language's grammar otherwise. One function a reading, so that a call site changes by
 * one name and the English code stays where it is. A reading several checks share is made once
 * per article (`perObject`).
 */

/** Every dated period the text looks ahead to. */
export function forecastsOf(article: Article): readonly Forecast[] {
  return forecasts(article, () => {
    const g = grammarOf(article.language);
    return g ? findForecastsIn(g, article) : findForecasts(article);
  });
}
const forecasts = perObject<Article, readonly Forecast[]>();

/**
 * True when the clause holding the date narrates it as past. A mention belongs to one sentence of one
 * article: it alone keys the reading.
 */
export function pastNarrationOf(article: Article, s: Sentence, m: DateMention): boolean {
  return narrations(m, () => {
    const g = grammarOf(article.language);
    return g ? readPastNarrationIn(g, article, s, m) : readPastNarration(article, s, m);
  });
}
const narrations = perObject<DateMention, boolean>();

/** The same, from the words alone: other languages are read from the words alone anyway. */
export function plainlyPastOf(article: Article, s: Sentence, m: DateMention): boolean {
  const g = grammarOf(article.language);
  return g ? readPastNarrationIn(g, article, s, m) : isPlainlyPast(article, s, m);
}

/**
 * What a span of time is counted from, with `reference` supplying a missing year and `knowledge`
 * dating named events: read once per claim and question, so that the elapsed-time check and the
 * clock read a claim the same way.
 */
export function anchorOf(
  article: Article,
  s: Sentence,
  d: Duration,
  reference: Day | null,
  knowledge: Knowledge | null,
): AnchorDate | null {
  const asked = askedOf(d, () => []);
  const known = asked.find((a) => a.reference === reference && a.knowledge === knowledge);
  if (known) return known.anchor;
  const g = grammarOf(article.language);
  const anchor = g ? findAnchorIn(g, article, s, d, reference) : findAnchor(article, s, d, reference, knowledge);
  asked.push({ reference, knowledge, anchor });
  return anchor;
}
/** A claim belongs to one article: it keys the answers to the few questions asked of it. */
const askedOf = perObject<
  Duration,
  Array<{ reference: Day | null; knowledge: Knowledge | null; anchor: AnchorDate | null }>
>();

/** Another language's spans are read only where they count to the writing ("ago", "since" in the present). */
export function countsToWritingIn(article: Article, s: Sentence, d: Duration): boolean {
  return grammarOf(article.language) ? d.anchor === 'ago' || d.anchor === 'since' : countsToWriting(s, d);
}

/**
 * The tense a date is told in. English reads the whole sentence, as it always has; another language
 * reads the words near the date, since its sentences run longer and mix tenses more.
 */
export function tenseAround(article: Article, s: Sentence, m: DateMention): 'past' | 'present' | 'future' {
  const g = grammarOf(article.language);
  if (g) return tenseNearIn(g, article, s, m);
  return hasFutureMarker(s.text) ? 'future' : tellsOfThePast(s.text) ? 'past' : 'present';
}
