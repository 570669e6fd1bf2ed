import type { Article } from '../article.js';
import type { Knowledge } from '../knowledge/index-pack.js';
import { reportedSpans } from '../text/quotes.js';
import { hasFutureMarker, tellsOfThePast } from '../text/tense.js';
import { splitSentences, type Sentence, type Span } from '../text/sentences.js';
import type { AnchorDate } from '../time/anchors.js';
import type { Day } from '../time/calendar.js';
import { findDates, type DateMention } from '../time/dates.js';
import { findDurations, type Duration } from '../time/durations.js';
import { countsToWriting, findAnchor } from '../time/elapsed-claims.js';
import { findForecasts, type Forecast } from '../time/forecasts.js';
import { isPlainlyPast, readPastNarration } from '../time/narration.js';
import { findAnchorIn } from './anchors.js';
import { findDatesIn } from './dates.js';
import { findDurationsIn } from './durations.js';
import { findForecastsIn } from './forecasts.js';
import { grammarOf } from './index.js';
import { readPastNarrationIn, tenseNearIn } from './narration.js';
import { splitSentencesIn } from './sentences.js';

/**
 * The readings the article and the checks ask for, each in the article's language: the English
 * grammar where it is English (or a language the engine has no grammar for, whose checks do not
 * run), the language's grammar otherwise. One function a reading, so that a call site changes by
 * one name and the English code stays where it is.
 */
export function sentencesIn(language: string, text: string, base: number, paragraph: number): Sentence[] {
  const g = grammarOf(language);
  return g ? splitSentencesIn(g, text, base, paragraph) : splitSentences(text, base, paragraph);
}

export function reportedIn(language: string, sentence: string, base: number): Span[] {
  const g = grammarOf(language);
  if (!g) return reportedSpans(sentence, base);
  const m = g.reporting.exec(sentence);
  return m ? [{ start: base + m.index + m[0].length, end: base + sentence.length }] : [];
}

export function datesIn(language: string, text: string, offset: number): DateMention[] {
  const g = grammarOf(language);
  return g ? findDatesIn(g, text, offset) : findDates(text, offset);
}

/** Spans of time in a sentence, offsets into the sentence. */
export function durationsIn(language: string, sentence: string): Duration[] {
  const g = grammarOf(language);
  return g ? findDurationsIn(g, sentence) : findDurations(sentence);
}

export function forecastsOf(article: Article): Forecast[] {
  const g = grammarOf(article.language);
  return g ? findForecastsIn(g, article) : findForecasts(article);
}

export function pastNarrationOf(article: Article, s: Sentence, m: DateMention): boolean {
  const g = grammarOf(article.language);
  return g ? readPastNarrationIn(g, article, s, m) : readPastNarration(article, s, m);
}

/** The same, from the words alone: other languages are read from the words alone anyway. */
export function plainlyPastOf(article: Article, s: Sentence, m: DateMention): boolean {
  const g = grammarOf(article.language);
  return g ? readPastNarrationIn(g, article, s, m) : isPlainlyPast(article, s, m);
}

export function anchorOfIn(
  article: Article, s: Sentence, d: Duration, reference: Day | null, knowledge: Knowledge | null,
): AnchorDate | null {
  const g = grammarOf(article.language);
  return g ? findAnchorIn(g, article, s, d, reference) : findAnchor(article, s, d, reference, knowledge);
}

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
