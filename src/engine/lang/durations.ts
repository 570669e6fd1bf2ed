import { perObject } from '../text/memo.js';
import type { Anchor, Duration, Hedge } from '../time/durations.js';
import type { Grammar } from './grammar.js';
import { anyOf, globally, keyOf, lookup, REACH, WORD_END, WORD_START } from './words.js';

/**
 * Spans of time counted to the writing, as a language says them: "vor gut elf Monaten", "il y a
 * près de onze mois", "hace casi once meses", "почти одиннадцать месяцев назад", "seit zwei
 * Jahren", "depuis deux ans". Only spans with their anchor word are read ("ago" or "since"): a
 * bare "zwei Jahre" says nothing about when it was written. The result has the English grammar's
 * shape, so the elapsed-time check and the clock read both alike.
 */
interface Compiled {
  span: RegExp;
  number: (w: string) => number | undefined;
  unit: (w: string) => Duration['unit'] | undefined;
  halfUnit: (w: string) => Duration['unit'] | undefined;
  hedge: (w: string) => Hedge | undefined;
  vague: (w: string) => readonly [number, number] | undefined;
  since: ReadonlySet<string>;
  oneUnit: ReadonlySet<string>;
  /** Every span names its unit: a sentence without one of these letters' words is not searched. */
  unitWord: RegExp;
}

const compiled = perObject<Grammar, Compiled>();

/** A grammar's patterns, built once per grammar. */
const compile = (g: Grammar): Compiled => compiled(g, () => build(g));

function build(g: Grammar): Compiled {
  const s = g.spans;
  const units = [...Object.keys(s.units), ...Object.keys(s.halfUnit ?? {})];
  const numbers = String.raw`\d{1,3}(?:[.,]\d+)?|${anyOf(Object.keys(g.numbers.words))}`;
  const preWords = [...s.agoBefore, ...s.sinceBefore];
  const pre = preWords.length ? String.raw`(?:(?<pre>${anyOf(preWords)})\s+)?` : '';
  const post = s.agoAfter.length ? String.raw`(?:\s+(?<post>${anyOf(s.agoAfter)})${WORD_END})?` : '';
  // A word that ends in an apostrophe ("près d'", "une dizaine d'") is glued to the next.
  const glue = String.raw`(?:\s+|(?<=['’]))`;
  const vague = Object.keys(s.vague).length ? String.raw`(?<vague>${anyOf(Object.keys(s.vague))})${glue}|` : '';
  const half = s.halfBeforeSource ? String.raw`(?:(?<half>${s.halfBeforeSource})\s+)?` : '';
  const halfAlone = s.halfBeforeSource ? String.raw`|(?<halfAlone>${s.halfBeforeSource})\s+` : '';
  const andHalf = s.andHalfSource ? String.raw`(?:\s+(?<andHalf>${s.andHalfSource})${WORD_END})?` : '';
  const source =
    String.raw`${WORD_START}${pre}(?:(?<hedge>${anyOf(Object.keys(s.hedges))})${glue})?` +
    String.raw`(?:${vague}(?<num>${numbers})(?:\s+|` +
    String.raw`-)${half}${halfAlone})?(?<unit>${anyOf(units)})${WORD_END}${andHalf}${post}`;
  const c: Compiled = {
    span: new RegExp(source, 'giu'),
    number: lookup(g.numbers.words),
    unit: lookup(s.units),
    halfUnit: lookup(s.halfUnit ?? {}),
    hedge: lookup(s.hedges),
    vague: lookup(s.vague),
    since: new Set(s.sinceBefore.map(keyOf)),
    oneUnit: new Set((s.oneUnit ?? []).map(keyOf)),
    unitWord: new RegExp(anyOf(units.map((u) => u.slice(0, 3))), 'iu'),
  };
  return c;
}

/** The spans of one sentence; offsets are into the sentence. */
export function findDurationsIn(g: Grammar, sentence: string): Duration[] {
  const c = compile(g);
  const out: Duration[] = [];
  if (!c.unitWord.test(sentence)) return out;
  for (const m of sentence.matchAll(c.span)) {
    const x = m.groups!;
    if (!x.pre && !x.post) continue;
    const anchor: Anchor = x.pre && c.since.has(keyOf(x.pre)) ? 'since' : 'ago';
    // "vor zwei Jahren ... назад" cannot be both; a span with two anchor words is not one claim.
    if (x.pre && x.post) continue;
    if (g.spans.notAfter?.test(sentence.slice(m.index + m[0].length))) continue;
    const read = valueOf(c, x);
    if (read === null || read.value <= 0 || read.value > 200) continue;
    if (anchor === 'since' && countsToNarratedMoment(g, sentence, m.index, m.index + m[0].length)) continue;
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      text: m[0],
      value: read.value,
      unit: read.unit,
      hedge: x.hedge ? (c.hedge(x.hedge) ?? 'exact') : 'exact',
      vague: read.vague,
      anchor,
      anchorEnd: end,
    });
  }
  return out;
}

function valueOf(
  c: Compiled,
  x: Record<string, string | undefined>,
): { value: number; unit: Duration['unit']; vague: boolean } | null {
  const halfUnit = c.halfUnit(x.unit!);
  if (halfUnit) return x.num || x.vague ? null : { value: 0.5, unit: halfUnit, vague: false };
  const unit = c.unit(x.unit!);
  if (!unit) return null;
  let value: number;
  let vague = false;
  if (x.vague) {
    const [lo, hi] = c.vague(x.vague)!;
    value = (lo + hi) / 2;
    vague = true;
  } else if (x.num) {
    const n = /^\d/.test(x.num) ? Number(x.num.replace(',', '.')) : c.number(x.num);
    if (n === undefined || !Number.isFinite(n)) return null;
    value = x.half ? 0.5 * n : n;
  } else if (x.halfAlone) value = 0.5;
  else if (c.oneUnit.has(keyOf(x.unit!))) value = 1;
  else return null; // "vor Jahren", "depuis des mois": no number, no claim
  if (x.andHalf) value += 0.5;
  return { value, unit, vague };
}

/**
 * "Er lebte seit zwei Jahren in Berlin, als ...": a state told in the past counts to a moment of the
 * story, not to the writing. Read on the clause that holds the span.
 */
function countsToNarratedMoment(g: Grammar, sentence: string, start: number, end: number): boolean {
  const reach = Math.max(0, start - REACH);
  const before = sentence.slice(reach, start);
  let from = reach;
  for (const b of before.matchAll(globally(g.tense.clauseBreak))) from = reach + b.index + b[0].length;
  const after = sentence.slice(end, end + REACH);
  const stop = after.search(g.tense.clauseBreak);
  const clause = sentence.slice(from, stop === -1 ? end + after.length : end + stop);
  return g.tense.narratedPast.test(clause) || g.tense.pastForms(clause).length > 0;
}
