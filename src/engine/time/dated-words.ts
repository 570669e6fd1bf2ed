import type { Article } from '../article.js';
import type { Sentence } from '../text/sentences.js';
import type { Period } from './calendar.js';
import type { DateMention } from './dates.js';
import { perObject } from '../text/memo.js';

/**
 * Where an event's name may be dated, found once per article rather than once per claim: the
 * words (`\w` runs, as `\b` sees them) of the sentences that write a year, each with where it
 * stands. A claim's search for its event's name then looks words up instead of reading the text.
 */
interface DatedWords {
  /** Lower-case word to its offsets, in text order. */
  at: Map<string, number[]>;
  /** The words, sorted: for names with a letter a pattern cannot spell out ("o'neill"). */
  sorted?: string[];
  /** The mentions with a written year, by sentence. */
  dated: Map<Sentence, DateMention[]>;
}

const indexes = perObject<Article, DatedWords>();
const indexOf = (article: Article): DatedWords => indexes(article, () => buildIndex(article));

function buildIndex(article: Article): DatedWords {
  const index: DatedWords = { at: new Map(), dated: new Map() };
  const mentions = article.dateMentions; // in text order, as are the sentences
  let j = 0;
  for (const s of article.sentences) {
    // The mentions inside the sentence, as `article.mentionsIn` reads them, that write a year.
    while (j < mentions.length && mentions[j]!.start < s.start) j++;
    const within: DateMention[] = [];
    for (let k = j; k < mentions.length && mentions[k]!.start <= s.end; k++) {
      if (mentions[k]!.end <= s.end && mentions[k]!.year !== undefined) within.push(mentions[k]!);
    }
    if (!within.length) continue;
    index.dated.set(s, within);
    for (const w of s.text.matchAll(/\w+/g)) {
      const word = w[0].toLowerCase();
      const list = index.at.get(word);
      if (list) list.push(s.start + w.index);
      else index.at.set(word, [s.start + w.index]);
    }
  }
  return index;
}

/** The mentions with a written year in a sentence that has any. */
export function datedMentionsIn(article: Article, s: Sentence): DateMention[] {
  return indexOf(article).dated.get(s) ?? [];
}

/**
 * Every match, in text order, of `\b{pattern}(?:s|es)?\b` (case-insensitive; `pattern` is lower-case
 * letters and `.` for any character) in the sentences that write a year, as `matchAll` over each
 * such sentence finds them.
 */
export function datedWordsLike(
  article: Article,
  pattern: string,
): Array<{ sentence: Sentence; start: number; end: number }> {
  const index = indexOf(article);
  const out: Array<{ sentence: Sentence; start: number; end: number }> = [];
  const dot = pattern.indexOf('.');
  if (dot === -1) {
    // Letters only: a match is a whole word, one of three spellings.
    const starts = [pattern, `${pattern}s`, `${pattern}es`].flatMap((w) =>
      (index.at.get(w) ?? []).map((at) => [at, w.length] as const),
    );
    for (const [at, length] of starts.sort((a, b) => a[0] - b[0]))
      out.push({ sentence: article.sentenceAt(at)!, start: at, end: at + length });
    return out;
  }
  // A match starts a word that begins with the letters before the first `.`: try the pattern at each.
  const prefix = pattern.slice(0, dot);
  const sorted = (index.sorted ??= [...index.at.keys()].sort());
  const starts: number[] = [];
  for (let i = lowerBound(sorted, (w) => w < prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++)
    starts.push(...index.at.get(sorted[i]!)!);
  const sticky = new RegExp(`\\b${pattern}(?:s|es)?\\b`, 'iy');
  let lastEnd = -1;
  for (const at of starts.sort((a, b) => a - b)) {
    const s = article.sentenceAt(at)!;
    if (at < lastEnd) continue; // inside the previous match, which `matchAll` would have stepped over
    sticky.lastIndex = at - s.start;
    const m = sticky.exec(s.text);
    if (!m) continue;
    out.push({ sentence: s, start: at, end: at + m[0].length });
    lastEnd = at + m[0].length;
  }
  return out;
}

function lowerBound<T>(xs: readonly T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(xs[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Reading<A> {
  sentence: Sentence;
  anchor: A & { period: Period };
  /** How many of the claim's modifiers stand before this reading of the name. */
  shared: number;
}

/**
 * The readings of one event name across the text, ready to answer for any sentence left out (the
 * claim's own) in constant time: the readings sharing the most modifiers with the claim, unless
 * they date the event differently. The first such reading, in text order, is the answer.
 */
export function chooser<A>(found: ReadonlyArray<Reading<A>>): (exclude: Sentence) => (A & { period: Period }) | null {
  const n = found.length;
  const bestBefore = [-1];
  for (let i = 0; i < n; i++) bestBefore.push(Math.max(bestBefore[i]!, found[i]!.shared));
  const bestFrom: number[] = new Array<number>(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) bestFrom[i] = Math.max(bestFrom[i + 1]!, found[i]!.shared);
  // For each count of shared modifiers: its readings, and the earliest end and latest start before and from each.
  const levels = new Map<
    number,
    { at: number[]; toBefore: number[]; fromBefore: number[]; toFrom: number[]; fromFrom: number[] }
  >();
  found.forEach((r, i) => {
    const level = levels.get(r.shared) ?? {
      at: [],
      toBefore: [Infinity],
      fromBefore: [-Infinity],
      toFrom: [],
      fromFrom: [],
    };
    levels.set(r.shared, level);
    level.at.push(i);
    level.toBefore.push(Math.min(level.toBefore[level.toBefore.length - 1]!, r.anchor.period.to));
    level.fromBefore.push(Math.max(level.fromBefore[level.fromBefore.length - 1]!, r.anchor.period.from));
  });
  for (const level of levels.values()) {
    const k = level.at.length;
    level.toFrom = new Array<number>(k + 1).fill(Infinity);
    level.fromFrom = new Array<number>(k + 1).fill(-Infinity);
    for (let j = k - 1; j >= 0; j--) {
      const p = found[level.at[j]!]!.anchor.period;
      level.toFrom[j] = Math.min(level.toFrom[j + 1]!, p.to);
      level.fromFrom[j] = Math.max(level.fromFrom[j + 1]!, p.from);
    }
  }
  return (exclude) => {
    // The left-out sentence's readings are one run [a, b) of `found`.
    const a = lowerBound(found, (r) => r.sentence.start < exclude.start);
    let b = a;
    while (b < n && found[b]!.sentence === exclude) b++;
    if (a === 0 && b === n) return null;
    const best = Math.max(bestBefore[a]!, bestFrom[b]!);
    const level = levels.get(best)!;
    const p = lowerBound(level.at, (i) => i < a);
    const q = lowerBound(level.at, (i) => i < b);
    const first = found[p > 0 ? level.at[0]! : level.at[q]!]!.anchor;
    // Two different dates for the same event name: the text is not pointing at one event.
    const earliestEnd = Math.min(level.toBefore[p]!, level.toFrom[q]!);
    const latestStart = Math.max(level.fromBefore[p]!, level.fromFrom[q]!);
    return earliestEnd < first.period.from || latestStart > first.period.to ? null : first;
  };
}
