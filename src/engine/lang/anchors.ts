import { perObject } from '../text/memo.js';
import type { Article } from '../article.js';
import type { Sentence } from '../text/sentences.js';
import { type AnchorDate } from '../time/anchors.js';
import type { Day } from '../time/calendar.js';
import { resolveDate, type DateMention } from '../time/dates.js';
import type { Duration } from '../time/durations.js';
import type { Grammar } from './grammar.js';
import { clausePositions } from './tense.js';

/**
 * How far from a span its event's noun may stand, in words: "der Einmarsch vor elf Monaten", "вторжение, начавшееся год
 * назад".
 */
const WORDS_BEFORE = 6;
const WORDS_AFTER = 4;

/**
 * What a span of time is counted from, within reach: a date written beside it ("vor elf Monaten,
 * im Februar 2022"), or the event it names dated in its own sentence or the one before or after
 * ("der Einmarsch vor elf Monaten" beside "Der Einmarsch begann im Februar 2022"). Further away,
 * nothing: a text names many events, and only a near one is surely this one.
 */
export function findAnchorIn(
  g: Grammar,
  article: Article,
  s: Sentence,
  d: Duration,
  reference: Day | null,
): AnchorDate | null {
  const beside = besideDate(g, article, s, d);
  if (beside) return dated(beside, reference);
  const event = eventNear(g, article, s, d);
  return event ? datedEvent(g, article, s, event, reference) : null;
}

function dated(m: DateMention, reference: Day | null, event?: string): AnchorDate | null {
  const r = resolveDate(m, reference, false);
  if (!r) return null;
  return { period: r.period, mention: m, yearInferred: r.yearInferred, ...(event ? { event } : {}) };
}

function besideDate(g: Grammar, article: Article, s: Sentence, d: Duration): DateMention | null {
  for (const m of article.mentionsIn(s)) {
    const gap = article.text.slice(d.anchorEnd, m.start);
    if (m.start >= d.anchorEnd && m.start - d.anchorEnd <= 16 && g.events.beside.test(gap)) return m;
    if (m.end <= d.start && d.start - m.end <= 3 && /^[\s,]*$/.test(article.text.slice(m.end, d.start))) return m;
  }
  return null;
}

/** The event's noun nearest the span, in its sentence: its stem and the word as written. */
function eventNear(g: Grammar, article: Article, s: Sentence, d: Duration): { stem: string; word: string } | null {
  const from = Math.max(s.start, d.start - 120);
  const near = article.text.slice(from, Math.min(s.end, d.anchorEnd + 120));
  const words = clausePositions(near).map((w) => ({ ...w, start: w.start + from, end: w.end + from }));
  const before = words
    .filter((w) => w.end <= d.start)
    .slice(-WORDS_BEFORE)
    .reverse();
  const after = words.filter((w) => w.start >= d.anchorEnd).slice(0, WORDS_AFTER);
  for (const w of [...before, ...after]) {
    const stem = stemOf(g, w.text);
    if (stem) return { stem, word: w.text.replace(ELISION, '') };
  }
  return null;
}

/** "l'invasion", "d'attaque": an elided article or preposition is no part of the noun. */
const ELISION = /^\p{L}{1,2}['’ʼ](?=\p{L}{3})/u;

/** The event stem a word is written with, if any: "Ukrainekrieg" → "krieg", "l'invasion" → "invasion". */
export function eventStemOf(g: Grammar, word: string): string | null {
  return stemOf(g, word);
}

function stemOf(g: Grammar, word: string): string | null {
  const w = word.toLowerCase().replace(ELISION, '');
  for (const stem of g.events.stems) {
    if (g.events.compounds ? endsWithStem(w, stem) : w.startsWith(stem) && w.length - stem.length <= 4) return stem;
  }
  return null;
}

const readings = perObject<Sentence, Map<string, DateMention[]>>();

/** Each event a sentence dates, by stem: read once a sentence, however many claims ask. */
function datedReadings(g: Grammar, article: Article, n: Sentence): Map<string, DateMention[]> {
  return readings(n, () => readDated(g, article, n));
}

function readDated(g: Grammar, article: Article, n: Sentence): Map<string, DateMention[]> {
  const known = new Map<string, DateMention[]>();
  const mentions = article.mentionsIn(n).filter((m) => m.year !== undefined);
  if (!mentions.length) return known;
  const between = (a: number, b: number) => article.text.slice(a, b);
  for (const w of clausePositions(n.text)) {
    const stem = stemOf(g, w.text);
    if (!stem) continue;
    const start = n.start + w.start;
    const end = n.start + w.end;
    const m =
      mentions.find((x) => x.start >= end && x.start - end <= 50 && g.events.toDate.test(between(end, x.start))) ??
      mentions.find((x) => x.end <= start && start - x.end <= 40 && g.events.fromDate.test(between(x.end, start)));
    if (m) known.set(stem, [...(known.get(stem) ?? []), m]);
  }
  return known;
}

/** A sentence's place in the article, by binary search on its start. */
function indexOf(article: Article, s: Sentence): number {
  let lo = 0;
  let hi = article.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = article.sentences[mid]!.start;
    if (start === s.start) return mid;
    if (start < s.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** "Krieg", "Krieges", "Ukrainekrieg", "Ukraine-Krieg": a compound ends with its head, inflected. */
function endsWithStem(word: string, stem: string): boolean {
  const at = word.lastIndexOf(stem);
  return at !== -1 && /^(?:e|es|s|en|n|er|ern)?$/.test(word.slice(at + stem.length));
}

/**
 * The date the claim's sentence or a neighbour gives the event: its noun, then the words allowed
 * between an event and its date, then the date. Two different dates for it, and it is not one event.
 */
function datedEvent(
  g: Grammar,
  article: Article,
  s: Sentence,
  event: { stem: string; word: string },
  reference: Day | null,
): AnchorDate | null {
  const i = indexOf(article, s);
  const found: DateMention[] = [];
  for (const n of [article.sentences[i - 1], s, article.sentences[i + 1]]) {
    if (!n) continue;
    for (const m of datedReadings(g, article, n).get(event.stem) ?? []) if (!found.includes(m)) found.push(m);
  }
  if (!found.length) return null;
  const readings = found.map((m) => dated(m, reference, event.word)).filter((a): a is AnchorDate => a !== null);
  const first = readings[0];
  const same = (r: AnchorDate) =>
    first !== undefined && r.period.from === first.period.from && r.period.to === first.period.to;
  if (!first || !readings.every(same)) return null;
  return first;
}
