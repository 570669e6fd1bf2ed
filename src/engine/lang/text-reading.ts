import { reportedSpans } from '../text/quotes.js';
import { splitSentences, type Sentence, type Span } from '../text/sentences.js';
import { findDates, type DateMention } from '../time/dates.js';
import { findDurations, type Duration } from '../time/durations.js';
import { findDatesIn } from './dates.js';
import { findDurationsIn } from './durations.js';
import { grammarOf } from './index.js';
import { splitSentencesIn } from './sentences.js';

/**
 * What the article is built from, read in its language: the English grammar where it is English
 * (or a language the engine has no grammar for, whose checks do not run), the language's grammar
 * otherwise. Apart from the article-level readings (`reading.ts`), so that building the article
 * needs nothing that reads an article.
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
