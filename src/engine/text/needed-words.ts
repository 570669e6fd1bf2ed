import { perObject } from './memo.js';

/**
 * What text a pattern cannot match without, read from its source: sets of strings, every match
 * holding one string of each set ("as an AI" holds "as a"; a match of "(?:could|can) you" holds
 * one of "could" and "can", and " you "). A text that misses a set is not worth the pattern's
 * time. Lower case for a case-insensitive pattern (then to be sought in lower-cased text).
 *
 * The reading is cautious: it knows literal characters, escapes, classes, groups, alternatives,
 * quantifiers and assertions, and gives up (null: always run the pattern) on anything else, on
 * flags that change what characters mean, and when what it finds is too short to help.
 */
export function neededWords(re: RegExp): readonly (readonly string[])[] | null {
  return needed(re, () => readNeeded(re));
}
/** A lexicon's patterns are asked about several times as it is compiled, once per process. */
const needed = perObject<RegExp, string[][] | null>();

function readNeeded(re: RegExp): string[][] | null {
  if (/[usvy]/.test(re.flags)) return null;
  const fold = (w: string) => (re.flags.includes('i') ? w.toLowerCase() : w);
  try {
    const parser = new Parser(re.source);
    const all = parser.top();
    if (!parser.done()) return null;
    const sets = all
      .map((set) => [...new Set(set.map(fold))])
      // Lower-casing the text keeps ASCII letters where they stand; other letters might fold otherwise.
      .filter((set) =>
        set.every(
          (w) => w.length >= MIN_LENGTH && !(re.flags.includes('i') && /\p{L}/u.test(w.replace(/\p{ASCII}/gu, ''))),
        ),
      )
      // Longer strings are rarer: a set of them rules most texts out first.
      .sort((a, b) => shortest(b) - shortest(a) || a.length - b.length);
    return sets.length ? sets : null;
  } catch {
    return null;
  }
}

/**
 * Cheap first questions for a set of patterns: `mayMatch(re)` is false when the text cannot hold a
 * match. The strings every pattern of the set needs are sought together, in one pass over the text
 * (and one over it lower-cased), once for the last text asked about: a check asks for many patterns
 * in a row. Each set of patterns (a lexicon) has its own, so that what one asks for does not make
 * another's search longer, and is forgotten with it.
 */
export function prefilter(): { mayMatch(re: RegExp): (text: string) => boolean } {
  const caseless = new Set<string>();
  const exact = new Set<string>();
  let scanners: { caseless: Scanner; exact: Scanner } | null = null;
  let last: { text: string; found: { caseless: Set<string>; exact: Set<string> } } | null = null;

  function foundIn(text: string): { caseless: Set<string>; exact: Set<string> } {
    if (last?.text === text) return last.found;
    scanners ??= { caseless: scannerOf(caseless), exact: scannerOf(exact) };
    const found = {
      caseless: caseless.size ? scan(scanners.caseless, text.toLowerCase()) : new Set<string>(),
      exact: exact.size ? scan(scanners.exact, text) : new Set<string>(),
    };
    last = { text, found };
    return found;
  }

  return {
    mayMatch(re) {
      // The rarest set alone: it rules out most texts, and every string sought makes the search longer.
      const sets = neededWords(re)?.slice(0, 1);
      if (!sets) return () => true;
      const words = re.flags.includes('i') ? caseless : exact;
      for (const set of sets) for (const w of set) words.add(w);
      scanners = null;
      last = null;
      return (text) => {
        const found = foundIn(text)[words === caseless ? 'caseless' : 'exact'];
        return sets.every((set) => set.some((w) => found.has(w)));
      };
    },
  };
}

type Scanner = { re: RegExp; prefixes: Map<string, string[]> };

/**
 * Every word of the set that occurs in the text: the search finds the longest word starting at a
 * place (a word that starts there too is a prefix of it) and goes on from the next character.
 */
function scannerOf(words: ReadonlySet<string>): Scanner {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const prefixes = new Map(sorted.map((w) => [w, sorted.filter((p) => w.startsWith(p))]));
  const source = sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return { re: new RegExp(source || '(?!)', 'g'), prefixes };
}

function scan(s: Scanner, hay: string): Set<string> {
  const found = new Set<string>();
  s.re.lastIndex = 0;
  for (let m = s.re.exec(hay); m; m = s.re.exec(hay)) {
    for (const w of s.prefixes.get(m[0])!) found.add(w);
    s.re.lastIndex = m.index + 1; // a word may start inside this one
  }
  return found;
}

/** Shorter strings are in most texts: searching for them would only add work. */
const MIN_LENGTH = 3;

const shortest = (set: readonly string[]) => Math.min(...set.map((w) => w.length));

/** One string of the set is in every match (null: nothing is certain). */
type Needs = string[] | null;

/** A sequence's most selective set, for an alternative that stands for the group. */
function best(sets: string[][]): Needs {
  const usable = sets.filter((set) => shortest(set) >= MIN_LENGTH);
  if (!usable.length) return sets.length ? sets.reduce((a, b) => (shortest(b) > shortest(a) ? b : a)) : null;
  return usable.reduce((a, b) => (b.length < a.length || (b.length === a.length && shortest(b) > shortest(a)) ? b : a));
}

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  done(): boolean {
    return this.at === this.src.length;
  }

  /** The whole pattern: every set the top sequence needs, or, for alternatives, one set of all of theirs. */
  top(): string[][] {
    const first = this.sequence();
    if (this.src[this.at] !== '|') return first;
    this.at = 0;
    const union = this.alternatives();
    return union ? [union] : [];
  }

  /** a|b|c: one of the alternatives matched, so a match holds one of the strings their best sets hold. */
  alternatives(): Needs {
    const options: Needs[] = [best(this.sequence())];
    while (this.src[this.at] === '|') {
      this.at++;
      options.push(best(this.sequence()));
    }
    return options.every((o) => o !== null) ? options.flatMap((o) => o) : null;
  }

  /** Items in a row: each one's set holds; literal characters in a row make one string. */
  private sequence(): string[][] {
    const sets: string[][] = [];
    let run = '';
    const flush = () => {
      if (run) sets.push([run]);
      run = '';
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const item = this.item();
      const { min, max } = this.quantifier();
      if (item.char !== undefined && min === 1 && max === 1) {
        run += item.char;
        continue;
      }
      if (item.char !== undefined && min >= 1) run += item.char; // "a+": one "a" at least, then a break
      flush();
      if (min >= 1 && item.needs) sets.push(item.needs);
    }
    flush();
    return sets;
  }

  /** One atom: a literal character, or what a group, class or escape needs (nothing, for most). */
  private item(): { char?: string; needs: Needs } {
    const c = this.src[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return { needs: null };
    }
    if (c === '\\') return this.escape();
    if ('^$.'.includes(c)) {
      this.at++;
      return { needs: null };
    }
    if ('*+?{}]'.includes(c)) throw new Error(`unexpected ${c}`);
    this.at++;
    return { char: c, needs: null };
  }

  private group(): { needs: Needs } {
    this.at++; // (
    let assertion = false;
    if (this.src.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.src.slice(this.at, this.at + 3))) {
      assertion = true;
      this.at += this.src[this.at + 1] === '<' ? 3 : 2;
    } else if (this.src.startsWith('?<', this.at)) {
      const close = this.src.indexOf('>', this.at);
      if (close === -1) throw new Error('unnamed group');
      this.at = close + 1;
    } else if (this.src[this.at] === '?') throw new Error('unknown group');
    const needs = this.alternatives();
    if (this.src[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    // An assertion matches no characters of its own; what it looks at may lie outside the match.
    return { needs: assertion ? null : needs };
  }

  private skipClass(): void {
    this.at++; // [
    if (this.src[this.at] === '^') this.at++;
    if (this.src[this.at] === ']') this.at++;
    while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
    if (this.src[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
  }

  private escape(): { char?: string; needs: Needs } {
    const c = this.src[this.at + 1];
    if (c === undefined) throw new Error('trailing backslash');
    this.at += 2;
    if ('bBdDsSwW'.includes(c)) return { needs: null };
    // Punctuation stands for itself; letters, digits and the rest (\n, \u, \1, \k) are not read.
    if (/[^\w\s]/.test(c)) return { char: c, needs: null };
    throw new Error(`escape \\${c}`);
  }

  private quantifier(): { min: number; max: number } {
    const c = this.src[this.at];
    let q = { min: 1, max: 1 };
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) throw new Error('bad quantifier');
      this.at += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
    } else return q;
    this.at++;
    if (this.src[this.at] === '?') this.at++; // lazy
    return q;
  }
}
