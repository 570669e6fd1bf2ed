import type { Article } from '../article.js';
import type { Sentence } from '../text/sentences.js';
import type { DateMention } from '../time/dates.js';
import type { Grammar } from './grammar.js';
import { clausePositions } from './tense.js';

/** A clause that opens with the date: no more than a preposition or an article before it ("Am", "Le", "В"). */
const OPENS_CLAUSE = /^[\s,]*(?:\p{L}{1,4}\s+){0,2}$/u;

/**
 * True when the clause holding a date narrates it as past, in clear forms only: a simple past or a
 * perfect in the date's clause ("fand am 12. Juni 2025 statt", "a été signé le 8 octobre"), and no
 * future, condition, deadline or schedule. A date that opens its clause ("Le 8 octobre 2025, le
 * conseil a voté") belongs to the clause after its comma.
 */
export function readPastNarrationIn(g: Grammar, article: Article, s: Sentence, m: DateMention): boolean {
  if (m.attributive) return false;
  const before = article.text.slice(s.start, m.start);
  const clauseBefore = before.slice(lastBreak(g, before));
  const fronted = OPENS_CLAUSE.test(clauseBefore);
  const rest = article.text.slice(m.end, s.end);
  const from = fronted ? (/^\s*,/.exec(rest)?.[0].length ?? 0) : 0;
  const stop = rest.slice(from).search(g.tense.clauseBreak);
  const clauseAfter = rest.slice(from, stop === -1 ? rest.length : from + stop);
  const around = `${before} ${clauseAfter}`;
  if (g.tense.future.test(around) || g.tense.conditional.test(around)) return false;
  if (g.tense.now.test(`${clauseBefore} ${clauseAfter}`)) return false;
  if (g.tense.targetBefore.test(before)) return false;
  if (g.tense.sinceBefore.test(before)) return true;
  if (g.tense.pastForms(`${clauseBefore} ${clauseAfter}`).length > 0) return true;
  // The verb beside the date: the last two words before it, and the first after it when it opens the clause.
  const beside = [...clausePositions(clauseBefore).slice(-2), ...(fronted ? clausePositions(clauseAfter).slice(0, 1) : [])];
  return g.tense.pastBeside !== undefined && beside.some((w) => w.text === w.text.toLowerCase() && g.tense.pastBeside!(w.text));
}

/** Where the clause holding the end of a text begins. */
function lastBreak(g: Grammar, text: string): number {
  let at = 0;
  for (const b of text.matchAll(globally(g.tense.clauseBreak))) at = b.index! + b[0].length;
  return at;
}

const global = new WeakMap<RegExp, RegExp>();
export function globally(re: RegExp): RegExp {
  let g = global.get(re);
  if (!g) global.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  g.lastIndex = 0;
  return g;
}
