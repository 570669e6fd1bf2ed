import { DAYS_PER, type Unit } from './calendar.js';
import { NUMBER_SOURCE, parseNumber } from './numbers.js';

/**
 * Our own grammar for spans of time. chrono-node reads "over two and a half years ago" as six
 * months and "11 months after the invasion" as a future date, so durations never go through it.
 */
export type Hedge = 'exact' | 'at-most' | 'at-least' | 'approx';

/** 'on' only before a comma: "Ten years on, the town ...", not "two years on probation". */
export type Anchor = 'ago' | 'after' | 'since' | 'into' | 'before' | 'later' | 'on' | 'earlier' | 'old' | 'none';

export interface Duration {
  /** Offsets into the string that was searched. */
  start: number;
  end: number;
  text: string;
  value: number;
  unit: Unit;
  hedge: Hedge;
  /** "a few", "several", "a couple of": never precise enough for a high finding. */
  vague: boolean;
  anchor: Anchor;
  /** Offset just after the anchor word, where "since X" / "after X" begins. */
  anchorEnd: number;
}

const HEDGES: Array<[string, Hedge]> = [
  ['nearly', 'at-most'],
  ['almost', 'at-most'],
  ['close to', 'at-most'],
  ['just under', 'at-most'],
  ['less than', 'at-most'],
  ['under', 'at-most'],
  ['not quite', 'at-most'],
  ['up to', 'at-most'],
  ['just over', 'at-least'],
  ['well over', 'at-least'],
  ['over', 'at-least'],
  ['more than', 'at-least'],
  ['upwards of', 'at-least'],
  ['at least', 'at-least'],
  ['a little over', 'at-least'],
  ['a little more than', 'at-least'],
  ['little more than', 'at-least'],
  ['some', 'approx'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['nigh on', 'approx'],
  ['an estimated', 'approx'],
  ['barely', 'exact'],
  ['just', 'exact'],
  ['only', 'exact'],
  ['exactly', 'exact'],
  ['precisely', 'exact'],
];
const HEDGE_OF = new Map(HEDGES);
const VAGUE: Record<string, [number, number]> = {
  'a few': [2, 5],
  few: [2, 5],
  several: [3, 9],
  'a couple of': [2, 3],
  'a couple': [2, 3],
  'a number of': [2, 9],
  many: [3, 30],
  'dozens of': [24, 99],
};
const UNIT_SOURCE = 'days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)';
const byLength = (a: string, b: string) => b.length - a.length;
const hedgeSource = [...HEDGE_OF.keys()]
  .sort(byLength)
  .map((h) => h.replace(/ /g, '\\s+'))
  .join('|');
const vagueSource = Object.keys(VAGUE)
  .sort(byLength)
  .map((v) => v.replace(/ /g, '\\s+'))
  .join('|');

/** "two years ago", "a year has gone by since the fire": the gap before the anchor word may be a verb of passing. */
const DURATION = new RegExp(
  `\\b(?:(?<hedge>${hedgeSource})\\s+)?` +
    `(?:(?<quarter>a\\s+quarter(?:-|\\s+of\\s+a\\s+))|(?<vague>${vagueSource})\\s+|` +
    `(?<half>half\\s+an?)\\s+|(?<num>${NUMBER_SOURCE}|an?)` +
    `(?<numHalf>\\s+and\\s+a\\s+half)?[\\s-]+)` +
    `(?<unit>${UNIT_SOURCE})(?<unitHalf>\\s+and\\s+a\\s+half)?` +
    `(?:(?<gap>[\\s,]+|-|\\s+(?:has|have|had)\\s+(?:now\\s+|already\\s+|just\\s+)?` +
    `(?:passed|gone\\s+by|elapsed|gone)\\s+)` +
    `(?<anchor>ago|earlier|later|after|since|before|into|old|on\\s+from|on(?=\\s*,))\\b)?`,
  'gi',
);

/**
 * A span that measures rather than counts from an anchor: a difference ("life expectancy fell by 13
 * years since 1990"), a limit ("within 90 days"), a frequency ("every two years") or a rate ("grew 200
 * pct a year since 1981", "$5 a day"). Its "since" or "after" is not what it is counted from.
 */
const MEASURE_BEFORE = /\b(?:by|within|every|per|each)\s+$/i;
/** A rate: "a"/"an" + unit after a quantity and two words of its unit at most ("200 pct a year", "$5 a day"). */
const RATE_BEFORE = /(?:\d[\d,.]*\s*%?|\b(?:percent|pct|twice|once|times))(?:\s+[a-z]+){0,2}\s+$/i;
/** Only "since" takes a span in apposition ("for 12 years, since 2011"); "the past six years, after June 1" is two. */
const COMMA_GAP_ANCHORS = new Set(['since']);

function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.replace(/s$/, '') as Unit;
}

/** Every duration names its unit: most sentences name none and need not be searched. */
const UNIT_WORD = /day|week|fortnight|month|year|decade|centur/i;

export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  if (!UNIT_WORD.test(text)) return out;
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups!;
    const unit = unitOf(g.unit!);
    let value: number;
    let vague = false;
    if (g.quarter) value = 0.25;
    else if (g.half) value = 0.5;
    else if (g.vague) {
      const [lo, hi] = VAGUE[g.vague.toLowerCase().replace(/\s+/g, ' ')]!;
      value = (lo + hi) / 2;
      vague = true;
    } else {
      const n = parseNumber(g.num!);
      if (n === null) continue;
      value = n;
    }
    if (g.numHalf || g.unitHalf) value += 0.5;
    // "a year-long" or "18-month-old" read as adjectives, not spans; "the 1990s" never reaches here.
    if (value <= 0 || value > 200) continue;
    const hedge = g.hedge ? HEDGE_OF.get(g.hedge.toLowerCase().replace(/\s+/g, ' '))! : 'exact';
    const start = m.index;
    const durationEnd = start + m[0].length - (g.anchor ? g.anchor.length + g.gap!.length : 0);
    const before = text.slice(Math.max(0, start - 24), start);
    // A rate never takes "ago", "earlier" or "later": "up from 381 million a year ago" is a time.
    const rate =
      /^an?$/i.test(g.num ?? '') && !/^(?:ago|earlier|later)$/i.test(g.anchor ?? '') && RATE_BEFORE.test(before);
    const measures = MEASURE_BEFORE.test(before) || rate;
    const apposed = !g.gap?.includes(',') || COMMA_GAP_ANCHORS.has(g.anchor?.toLowerCase() ?? '');
    const counted = g.anchor !== undefined && !measures && apposed;
    // "Ten years on from the disaster" counts from the disaster, as "after" does.
    const anchor = (counted ? g.anchor!.toLowerCase().replace(/^on\s+from$/, 'after') : 'none') as Anchor;
    out.push({
      start,
      end: durationEnd,
      text: text.slice(start, durationEnd),
      value,
      unit,
      hedge,
      vague,
      anchor,
      anchorEnd: counted ? start + m[0].length : durationEnd,
    });
  }
  return out;
}

/** Span of days a claim allows, as a careful reader would: rounding, hedges and vagueness widen it. */
export function allowedDays(d: Duration): [number, number] {
  const per = DAYS_PER[d.unit];
  const n = d.value;
  let lo: number;
  let hi: number;
  if (d.vague) {
    const [vlo, vhi] = Object.values(VAGUE).find(([a, b]) => (a + b) / 2 === n) ?? [n / 2, n * 2];
    lo = vlo - 1;
    hi = vhi + 2;
  } else if (d.hedge === 'at-most') {
    lo = n - Math.max(1, 0.2 * n);
    hi = n + 0.25;
  } else if (d.hedge === 'at-least') {
    lo = n - 0.25;
    hi = n + Math.max(2, 0.6 * n);
  } else if (d.hedge === 'approx') {
    lo = n - Math.max(1, 0.2 * n);
    hi = n + Math.max(1, 0.2 * n);
  } else if (d.unit === 'decade' || d.unit === 'century') {
    // "A decade", "two decades" are round numbers of years: said of a fifth more or less, not of a whole decade more.
    lo = 0.8 * n;
    hi = 1.2 * n;
  } else {
    // A round number is often rounded ("80 years" for 78); any other is meant as said, give or take one.
    const slack = n % 10 === 0 ? 0.1 * n : n % 5 === 0 ? 0.05 * n : 0;
    lo = n - Math.max(1, slack);
    hi = n + Math.max(1, slack);
  }
  // Round small units generously: "two weeks ago" is said of ten days and of nineteen.
  return [Math.max(0, lo) * per, hi * per];
}
