import type { Byline, DateCandidate } from './report/schema.js';
import type { DateMention } from './time/dates.js';
import type { Duration } from './time/durations.js';
import { quotedSpans } from './text/quotes.js';
import { insideAnyOf } from './text/span-index.js';
import { detectLanguage } from './text/language.js';
import type { Sentence, Span } from './text/sentences.js';
import { readVisibly, type Visible } from './text/invisible.js';
import { datesIn, durationsIn, reportedIn, sentencesIn } from './lang/text-reading.js';

/**
 * A date or a byline as extraction found it; `paragraph` is the index, in `ArticleInput.paragraphs`,
 * of the paragraph that holds its text when the text stands in the article (a dateline line).
 */
export type Placed<T> = T & { paragraph?: number };

/** What an extractor hands to the engine: the article's blocks and what the page says about it. */
export interface ArticleInput {
  source: string;
  title: string | null;
  paragraphs: string[];
  dates: Array<Placed<DateCandidate>>;
  bylines: Array<Placed<Byline>>;
  /** The language the page declares (`<html lang>`, `og:locale`), when it does. */
  lang?: string | null;
}

/**
 * The article as every check sees it, built once: data, and three ways to look into it. Readings
 * that several checks share (forecasts, anchors, past narration...) are not kept here but in
 * their own modules, each cached per article with `perObject` (`text/memo.ts`). Offsets are UTF-16
 * indices into `text`.
 */
export interface Article {
  source: string;
  title: string | null;
  /** The language the text is written in (ISO 639-1, or "und"): what a check's grammar must read to run. */
  language: string;
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  /** Quoted and reported spans: the article repeats these words, it does not assert them. */
  reported: Span[];
  dates: Array<Placed<DateCandidate>>;
  bylines: Array<Placed<Byline>>;
  /** Absolute dates as written, in text order. */
  dateMentions: DateMention[];
  /** Spans of time ("11 months ago"), in text order. */
  durations: Duration[];
  /** Index of the sentence holding an offset (binary search). */
  sentenceAt(offset: number): Sentence | undefined;
  /**
   * The date mentions inside a sentence (binary search: asked per sentence and per claim, a scan would cost
   * their product).
   */
  mentionsIn(s: Sentence): DateMention[];
  isReported(start: number, end: number): boolean;
  /** Where a dateline or byline stands in the text, when it does. */
  spanOf(item: Placed<DateCandidate | Byline>): Span | null;
  /**
   * The words of a clause a part-of-speech tagger reads as verbs in the past tense (the audit's
   * `tagger` option); without one, none.
   */
  tagger: (clause: string) => readonly string[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/** A paragraph's place in the article text, and its index in `ArticleInput.paragraphs`. */
export interface LaidOut extends Span {
  input: number;
}

/**
 * The article text the offsets index: each paragraph with its white space folded, empty ones
 * left out, joined by PARAGRAPH_SEPARATOR. The one place that says so: the content script lays
 * the text out with it too, to turn offsets back into places on the page.
 */
export function layOut(raw: readonly string[]): { text: string; paragraphs: LaidOut[] } {
  const paragraphs: LaidOut[] = [];
  const parts: string[] = [];
  let offset = 0;
  raw.forEach((r, input) => {
    // Most paragraphs have nothing to fold: replacing every single space costs more than asking.
    const p = (/\s\s|[^\S ]/.test(r) ? r.replace(/\s+/g, ' ') : r).trim();
    if (!p) return;
    if (parts.length) offset += PARAGRAPH_SEPARATOR.length;
    paragraphs.push({ start: offset, end: offset + p.length, input });
    parts.push(p);
    offset += p.length;
  });
  return { text: parts.join(PARAGRAPH_SEPARATOR), paragraphs };
}

/**
 * A paragraph longer than this is read for dates some sentences at a time: chrono-node reads the
 * text before each date it finds again (its refiners), so that its time grows with the square of
 * the text it is given. Paragraphs of real articles are shorter, and are read whole.
 */
const DATE_READING_CHARS = 5_000;

/** The stretches of text read for dates: each paragraph, or runs of whole sentences of a long one. */
function readingSpans(paragraphs: Span[], sentences: Sentence[]): Span[] {
  const out: Span[] = [];
  let next = 0;
  paragraphs.forEach((p, index) => {
    while (next < sentences.length && sentences[next]!.paragraph < index) next++;
    if (p.end - p.start <= DATE_READING_CHARS) {
      out.push(p);
      return;
    }
    let run: Span | null = null;
    for (; next < sentences.length && sentences[next]!.paragraph === index; next++) {
      const s = sentences[next]!;
      if (run && s.end - run.start <= DATE_READING_CHARS) run.end = s.end;
      else out.push((run = { start: s.start, end: s.end }));
    }
  });
  return out;
}

const placeMention = (m: DateMention, v: Visible): DateMention => ({
  ...m,
  start: v.start(m.start),
  end: v.end(m.end),
});
const placeDuration = (d: Duration, v: Visible): Duration => ({
  ...d,
  start: v.start(d.start),
  end: v.end(d.end),
  anchorEnd: v.end(d.anchorEnd),
});

export function buildArticle(input: ArticleInput, tagger: (clause: string) => readonly string[] = () => []): Article {
  const { text, paragraphs: laidOut } = layOut(input.paragraphs);
  const paragraphs: Span[] = [];
  const byInputIndex = new Map<number, Span>();
  const sentences: Sentence[] = [];
  const reported: Span[] = [];
  // Each reading below is the language's own: the English grammar, or another language's (src/engine/lang).
  const language = detectLanguage(text, input.lang ?? null);
  laidOut.forEach(({ start, end, input: inputIndex }, index) => {
    const p = text.slice(start, end);
    const span = { start, end };
    paragraphs.push(span);
    byInputIndex.set(inputIndex, span);
    reported.push(...quotedSpans(p, start));
    for (const s of sentencesIn(language, p, start, index)) {
      sentences.push(s);
      reported.push(...reportedIn(language, s.text, s.start));
    }
  });
  // Read as the reader sees them: an invisible character inside a date or a span of time hides nothing.
  const dateMentions = readingSpans(paragraphs, sentences).flatMap((p) =>
    readVisibly(text.slice(p.start, p.end), (t) => datesIn(language, t, 0), placeMention)
      .map((m) => ({ ...m, start: m.start + p.start, end: m.end + p.start }))
      .map((m) => ({ ...m, text: text.slice(m.start, m.end) })),
  );
  const durations = sentences.flatMap((s) =>
    readVisibly(s.text, (t) => durationsIn(language, t), placeDuration)
      .map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start, anchorEnd: d.anchorEnd + s.start }))
      .map((d) => ({ ...d, text: text.slice(d.start, d.end) })),
  );
  reported.sort((a, b) => a.start - b.start);

  let inReported: ((start: number, end: number) => boolean) | undefined;
  return {
    source: input.source,
    title: input.title,
    language,
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
    mentionsIn(s) {
      let lo = 0;
      let hi = dateMentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (dateMentions[mid]!.start < s.start) lo = mid + 1;
        else hi = mid;
      }
      const out: DateMention[] = [];
      for (let i = lo; i < dateMentions.length && dateMentions[i]!.start <= s.end; i++) {
        if (dateMentions[i]!.end <= s.end) out.push(dateMentions[i]!);
      }
      return out;
    },
    isReported: (start, end) => (inReported ??= insideAnyOf(reported))(start, end),
    spanOf(item) {
      const p = item.paragraph === undefined ? undefined : byInputIndex.get(item.paragraph);
      if (!p) return null;
      const wanted = item.text.replace(/\s+/g, ' ').trim();
      const at = wanted ? text.slice(p.start, p.end).indexOf(wanted) : -1;
      return at === -1 ? null : { start: p.start + at, end: p.start + at + wanted.length };
    },
    tagger,
  };
}
