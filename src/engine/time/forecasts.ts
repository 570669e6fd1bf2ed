import type { Article } from '../article.js';
import { futureMarker, hasPastExpectation, looksPast } from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import { mentionsIn } from './anchors.js';
import type { Period } from './calendar.js';
import { resolveDate, type DateMention } from './dates.js';

/** A time preposition right before the year makes it the period the expectation is about. */
const TARGET = /\b(?:in|by|into|until|till|through|throughout|during|for|of|before|from|starting|beginning|early|late|mid|end)[\s-]+(?:the\s+)?(?:(?:first|second|third|fourth|last|final|early|late|end|middle|start|beginning|spring|summer|autumn|fall|winter|half|quarter|part|course|rest|remainder)\s+(?:of\s+)?(?:the\s+)?){0,3}$/i;
/** Words between the expectation and the year that move the year out of it ("than in 2019", "which opened in 2019"). */
const BREAK = /[;.!?]|\b(?:than|since|after|ago|which|who|whose|when|where|compared|versus|vs|previous|prior|was|were|had|been|because|despite|following)\b/i;

/**
 * After "is scheduled for": the date itself, the part of it ("early", "the end of"), or one word of
 * what happens then ("for launch in 2023", "for a vote on March 3"); not a thing the year belongs to
 * ("for a rematch of the 2022 final").
 */
const PART_OF = String.raw`(?:early|late|mid|the\s+(?:end|start|beginning|middle|first\s+half|second\s+half|spring|summer|autumn|fall|winter)\s+of)[\s-]+`;
const FOR_THE_DATE = new RegExp(String.raw`^\s*(?:${PART_OF}|(?:(?:a|an|its|their|the)\s+)?[\w-]+\s+(?:in|on|by|before|during)\s+(?:${PART_OF})?)?$`, 'i');

/** A simple past between the marker and the year dates something else: "the project first announced in 2017". */
function narratesPast(between: string): boolean {
  const words = between.match(/[A-Za-z]+/g) ?? [];
  return words.some((w, i) => looksPast(w, words[i - 1]));
}

/** Fiscal and school years and sports seasons end after the calendar year they are named by. */
const OTHER_CALENDAR_BEFORE = /\b(?:fiscal|financial|FY|academic)\s*(?:year\s*)?$/i;
const OTHER_CALENDAR_AFTER = /^\s*(?:(?:fiscal|financial|school|academic)\s+)?(?:season|year|school\s+year|campaign)\b/i;

/** Future or expectation language about a dated period: "will continue well into 2023". */
export interface Forecast {
  sentence: Sentence;
  /** Where the future marker starts: the evidence runs from it to the end of the date. */
  start: number;
  mention: DateMention;
  period: Period;
}

/**
 * Every dated period a sentence looks ahead to, in text order. A forecast reported in the past ("in 2021
 * the operator had forecast ...") is history and is left out. Read once per article (`article.forecasts`):
 * the stale-future check and the clock both ask.
 */
export function findForecasts(article: Article): Forecast[] {
  const out: Forecast[] = [];
  for (const s of article.sentences) {
    // A forecast is about a year the sentence writes: the marker is sought only where there is one.
    const mentions = mentionsIn(article, s);
    if (!mentions.some((m) => m.year !== undefined)) continue;
    const marker = futureMarker(s.text);
    if (!marker) continue;
    const markerAt = s.start + marker.index;
    for (const m of mentions) {
      if (m.year === undefined || m.start < markerAt) continue;
      if (!TARGET.test(article.text.slice(s.start, m.start))) continue;
      const between = article.text.slice(markerAt + marker[0].length, m.start);
      // "is set for March 2025" names the date; "is set for a rematch of the 2022 final" names a thing the year belongs to.
      if (/\bfor$/i.test(marker[0]) && !FOR_THE_DATE.test(between)) continue;
      if (BREAK.test(between) || between.split(/\s+/).length > 14 || narratesPast(between)) continue;
      if (hasPastExpectation(article.text.slice(s.start, markerAt + marker[0].length))) continue;
      if (OTHER_CALENDAR_BEFORE.test(article.text.slice(s.start, m.start)) || OTHER_CALENDAR_AFTER.test(article.text.slice(m.end, s.end))) continue;
      const r = resolveDate(m, null, true);
      if (!r) continue;
      out.push({ sentence: s, start: markerAt, mention: m, period: r.period });
    }
  }
  return out;
}
