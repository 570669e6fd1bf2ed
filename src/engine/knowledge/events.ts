import type { Article } from '../article.js';
import type { Sentence } from '../text/sentences.js';
import { fold } from '../text/fold.js';
import type { Day } from '../time/calendar.js';
import type { AnchorDate } from '../time/anchors.js';
import { eventPeriod, partialPeriod, phraseKey, type Knowledge } from './index-pack.js';
import type { KnownEvent } from './schema.js';
import { perObject } from '../text/memo.js';

/**
 * Events the text names but does not date ("eleven months after the full-scale invasion", "two
 * decades after 9/11"), dated by the knowledge pack. A name ("the 9/11 attacks") is one event; a
 * cue ("the invasion", "the pandemic") is one only when the article's own words settle it: a
 * fuller name earlier in the text, or the place or topic it is about, with no other event of the
 * same cue fitting as well. Callers ask only after the text's own dates have been read.
 */
const foldedTexts = perObject<Article, string>();
export const foldedText = (article: Article): string => foldedTexts(article, () => fold(article.text));

/** Before the event: a determiner with up to two modifiers ("the initial"), or a possessive ("russia's"). */
const LEAD = `(?:(?:the|this|that|[\\p{L}.]+'s)(?:\\s+[\\p{L}-]+){0,2}?\\s+)?`;
/** "since the start of the pandemic", "two years into the outbreak of the war". */
const START_OF = `(?:(?:the\\s+)?(?:start|beginning|outbreak|onset|launch)\\s+of\\s+)?`;
/** "the war began four months ago": the verb between the event and the span. */
const BEGAN =
  `(?:\\s+(?:began|started|broke\\s+out|erupted|happened|took\\s+place|occurred|struck|hit` + `|made\\s+landfall))?`;

const patterns = perObject<Knowledge, { before: RegExp; after: RegExp }>();
function patternsOf(k: Knowledge) {
  return patterns(k, () => {
    const phrase = `(${k.events.source})`;
    return {
      before: new RegExp(`(?<![\\p{L}\\p{N}])(${LEAD})${phrase}${BEGAN}\\s*,?\\s*$`, 'du'),
      after: new RegExp(`^\\s*${START_OF}(${LEAD})${phrase}(?![\\p{L}\\p{N}])`, 'du'),
    };
  });
}

/** The event named just before `end`: "the full-scale invasion" in "the full-scale invasion 11 months ago". */
export function eventEndingAt(
  article: Article,
  s: Sentence,
  end: number,
  k: Knowledge,
  reference: Day | null,
): AnchorDate | null {
  return found(article, patternsOf(k).before.exec(foldedText(article).slice(s.start, end)), s.start, k, reference);
}

/**
 * The event named just after `start`: "9/11" in "two decades after 9/11", "the pandemic" in "since the start
 * of the pandemic".
 */
export function eventStartingAt(
  article: Article,
  s: Sentence,
  start: number,
  k: Knowledge,
  reference: Day | null,
): AnchorDate | null {
  return found(article, patternsOf(k).after.exec(foldedText(article).slice(start, s.end)), start, k, reference);
}

function found(
  article: Article,
  m: RegExpExecArray | null,
  base: number,
  k: Knowledge,
  reference: Day | null,
): AnchorDate | null {
  if (!m?.indices?.[1] || !m.indices[2]) return null;
  const lead = article.text.slice(base + m.indices[1][0], base + m.indices[1][1]);
  const [start, end] = [base + m.indices[2][0], base + m.indices[2][1]];
  const written = article.text.slice(start, end);
  // "the 2014 Gaza war", "the 1990s' invasion": a number before the name says which one, and it is not the
  // pack's to say.
  if (/\d[\s'’s-]*$/.test(article.text.slice(Math.max(0, start - 8), start))) return null;
  const event = resolve(article, written, lead, start, k, reference);
  return (
    event && {
      period: eventPeriod(event),
      mention: { start, end, text: written },
      event: written,
      yearInferred: false,
      pack: event,
    }
  );
}

/**
 * A cue's lead as written: "the", "The", "the initial", "Russia's full-scale"; capitalised modifiers name
 * another event ("the Iraq invasion").
 */
const CUE_LEAD = /^(?:[Tt]he|[Tt]his|[Tt]hat|\p{Lu}[\p{L}.]*['’]s)(?:\s+[a-z][a-z-]*){0,2}\s+$/u;

function resolve(
  article: Article,
  written: string,
  lead: string,
  at: number,
  k: Knowledge,
  reference: Day | null,
): KnownEvent | null {
  const key = phraseKey(written);
  const named = k.events.names.get(key);
  if (named) return sameCapitals(named.name, written) ? fits(named.event, reference) : null;
  const cued = k.events.cues.get(key);
  if (!cued || !CUE_LEAD.test(lead)) return null;
  return settle(
    article,
    cued.filter((e) => fits(e, reference)),
    at,
  );
}

/** "Hurricane Sandy", not "hurricane sandy": where the pack capitalises a word, the text must too. */
function sameCapitals(name: string, written: string): boolean {
  const a = name.split(/[\s-]+/);
  const b = written.split(/[\s-]+/);
  return a.length === b.length && a.every((w, i) => !/^\p{Lu}/u.test(w) || /^\p{Lu}/u.test(b[i]!));
}

/** An event after the article's date is not the one it looks back on. */
const fits = (e: KnownEvent, reference: Day | null) =>
  reference === null || partialPeriod(e.from).from <= reference ? e : null;

function settle(article: Article, candidates: KnownEvent[], at: number): KnownEvent | null {
  // A fuller name earlier in the text says which one "the invasion" is.
  const earlier = candidates.filter((e) => e.names.some((n) => wholePhrase(article, n).before(at)));
  if (earlier.length) return earlier.length === 1 ? earlier[0]! : null;
  const inContext = candidates.filter((e) => (e.context ?? []).some((w) => wholePhrase(article, w).anywhere));
  return inContext.length === 1 ? inContext[0]! : null;
}

/**
 * Where a phrase stands as whole words, read once per article and phrase: every cue a claim names
 * asks again, and reading the text each time would cost claims times text. `before(at)`: it stands
 * in the text cut at `at` (where the cut ends a word).
 */
const phrases = perObject<Article, Map<string, { anywhere: boolean; before: (at: number) => boolean }>>();
function wholePhrase(article: Article, phrase: string): { anywhere: boolean; before: (at: number) => boolean } {
  const known = phrases(article, () => new Map());
  let found = known.get(phrase);
  if (found) return found;
  const text = foldedText(article);
  const p = fold(phrase);
  let firstWhole = Infinity;
  const endsAfterWordStart = new Set<number>();
  for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) continue;
    endsAfterWordStart.add(i + p.length);
    if (!/[\p{L}\p{N}]/u.test(text[i + p.length] ?? ' ')) firstWhole = Math.min(firstWhole, i);
  }
  found = {
    anywhere: firstWhole !== Infinity,
    before: (at) => firstWhole + p.length <= at || endsAfterWordStart.has(at),
  };
  known.set(phrase, found);
  return found;
}
