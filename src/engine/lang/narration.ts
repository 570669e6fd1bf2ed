import type { Article } from '../article.js';
import type { Sentence } from '../text/sentences.js';
import type { DateMention } from '../time/dates.js';
import type { Grammar } from './grammar.js';
import { clausePositions } from './tense.js';
import { globally, REACH } from './words.js';

/** A clause that opens with the date: no more than a preposition or an article before it ("Am", "Le", "В"). */
const OPENS_CLAUSE = /^[\s,]*(?:\p{L}{1,4}\s+){0,2}$/u;
/** How near a date its verb stands: at most this many words before it, or after a date that opens the clause. */
const WORDS_BEFORE = 6;
const WORDS_AFTER = 3;
/** Stands in for the date inside its clause: no letter, so no word. */
const GAP = ' 0 ';

/** The date's clause: the sentence before it, the clause's words before and after it, and whether the date opens it. */
interface DateClause {
  before: string;
  clauseBefore: string;
  clauseAfter: string;
  fronted: boolean;
}

function clauseOf(g: Grammar, article: Article, s: Sentence, m: DateMention): DateClause {
  const before = article.text.slice(Math.max(s.start, m.start - REACH), m.start);
  const clauseBefore = before.slice(lastBreak(g, before));
  const fronted = OPENS_CLAUSE.test(clauseBefore);
  const rest = article.text.slice(m.end, Math.min(s.end, m.end + REACH));
  // A date that opens its clause belongs to the clause after its comma ("Le 8 octobre 2025, le conseil a voté"),
  // not to one a conjunction opens (", mais l'hebdomadaire a laissé fuiter").
  const comma = /^\s*,/.exec(rest)?.[0].length ?? 0;
  const first = globally(g.tense.clauseBreak).exec(rest);
  const opensAnother = comma > 0 && first !== null && first.index < comma && first[0].trim().length > 1;
  const from = fronted && !opensAnother ? comma : 0;
  const stop = rest.slice(from).search(g.tense.clauseBreak);
  return { before, clauseBefore, clauseAfter: rest.slice(from, stop === -1 ? rest.length : from + stop), fronted };
}

/**
 * True when the clause holding a date narrates it as past, in clear forms only: a simple past or a
 * perfect close to the date ("fand am 12. Juni 2025 statt", "a été signé le 8 octobre"), with no
 * infinitive between them ("avait promis de consacrer ... en 2022" dates the spending), and no
 * future, condition, deadline, schedule, or "now" ("jetzt passiert") in its clause.
 */
export function readPastNarrationIn(g: Grammar, article: Article, s: Sentence, m: DateMention): boolean {
  if (m.attributive) return false;
  const c = clauseOf(g, article, s, m);
  const around = `${c.before} ${c.clauseAfter}`;
  if (g.tense.future.test(around) || g.tense.conditional.test(around)) return false;
  if (g.tense.now.test(`${c.clauseBefore} ${c.clauseAfter}`)) return false;
  if (g.tense.targetBefore.test(c.before)) return false;
  if (g.tense.sinceBefore.test(c.before)) return true;
  return pastNear(g, c);
}

function pastNear(g: Grammar, c: DateClause): boolean {
  const clause = `${c.clauseBefore}${GAP}${c.clauseAfter}`;
  const at = c.clauseBefore.length;
  for (const f of g.tense.pastForms(clause)) {
    if (f.end <= at) {
      const between = clause.slice(f.end, at);
      if (clausePositions(between).length <= WORDS_BEFORE && !g.tense.infinitive.test(between)) return true;
    } else if (c.fronted && clausePositions(clause.slice(at, f.start)).length < WORDS_AFTER) return true;
  }
  // The verb beside the date by its shape: the last two words before it, the first after it when it opens the clause.
  if (!g.tense.pastBeside) return false;
  const after = c.fronted ? clausePositions(c.clauseAfter).slice(0, 1) : [];
  const beside = [...clausePositions(c.clauseBefore).slice(-2), ...after];
  return beside.some((w) => w.text === w.text.toLowerCase() && g.tense.pastBeside!(w.text));
}

/**
 * The tense a date is told in, from the words near it: a future marker among them, a clear past, or
 * neither. The sentence as a whole may say otherwise ("ils ont décidé de boycotter la réunion de
 * ce lundi 9 juillet" decided in the past what is to come).
 */
export function tenseNearIn(g: Grammar, article: Article, s: Sentence, m: DateMention): 'past' | 'present' | 'future' {
  const c = clauseOf(g, article, s, m);
  const near = [
    ...clausePositions(c.clauseBefore).slice(-WORDS_BEFORE),
    ...clausePositions(c.clauseAfter).slice(0, WORDS_BEFORE),
  ]
    .map((w) => w.text)
    .join(' ');
  if (g.tense.future.test(near)) return 'future';
  return readPastNarrationIn(g, article, s, m) ? 'past' : 'present';
}

/** Where the clause holding the end of a text begins. */
function lastBreak(g: Grammar, text: string): number {
  let at = 0;
  for (const b of text.matchAll(globally(g.tense.clauseBreak))) at = b.index + b[0].length;
  return at;
}
