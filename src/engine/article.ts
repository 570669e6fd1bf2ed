import type { Byline, DateCandidate } from './report/schema.js';
import { findDates, type DateMention } from './time/dates.js';
import { findDurations, type Duration } from './time/durations.js';
import { insideAny, quotedSpans, reportedSpans } from './text/quotes.js';
import { splitSentences, type Sentence, type Span } from './text/sentences.js';

/** What an extractor hands to the engine: the article's blocks and what the page says about it. */
export interface ArticleInput {
  source: string;
  title: string | null;
  paragraphs: string[];
  dates: DateCandidate[];
  bylines: Byline[];
}

/** The article as every check sees it, built once. Offsets are UTF-16 indices into `text`. */
export interface Article {
  source: string;
  title: string | null;
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  /** Quoted and reported spans: the article repeats these words, it does not assert them. */
  reported: Span[];
  dates: DateCandidate[];
  bylines: Byline[];
  /** Absolute dates as written, in text order. */
  dateMentions: DateMention[];
  /** Spans of time ("11 months ago"), in text order. */
  durations: Duration[];
  /** Index of the sentence holding an offset (binary search). */
  sentenceAt(offset: number): Sentence | undefined;
  isReported(start: number, end: number): boolean;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function buildArticle(input: ArticleInput): Article {
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  const reported: Span[] = [];
  const parts: string[] = [];
  let offset = 0;
  input.paragraphs.forEach((raw) => {
    const p = raw.replace(/\s+/g, ' ').trim();
    if (!p) return;
    if (parts.length) offset += PARAGRAPH_SEPARATOR.length;
    const index = paragraphs.length;
    paragraphs.push({ start: offset, end: offset + p.length });
    parts.push(p);
    reported.push(...quotedSpans(p, offset));
    for (const s of splitSentences(p, offset, index)) {
      sentences.push(s);
      reported.push(...reportedSpans(s.text, s.start));
    }
    offset += p.length;
  });
  const text = parts.join(PARAGRAPH_SEPARATOR);
  const dateMentions = paragraphs.flatMap((p) => findDates(text.slice(p.start, p.end), p.start));
  const durations = sentences.flatMap((s) =>
    findDurations(s.text).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start, anchorEnd: d.anchorEnd + s.start })),
  );
  reported.sort((a, b) => a.start - b.start);
  return {
    source: input.source,
    title: input.title,
    text,
    paragraphs,
    sentences,
    reported,
    dates: input.dates,
    bylines: input.bylines,
    dateMentions,
    durations,
    sentenceAt(at: number) {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = sentences[mid]!;
        if (at < s.start) hi = mid - 1;
        else if (at >= s.end) lo = mid + 1;
        else return s;
      }
      return undefined;
    },
    isReported: (start, end) => insideAny(reported, start, end),
  };
}
