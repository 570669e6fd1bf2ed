/**
 * The alternatives of a source file's word lists and patterns, found by reading its text: a word of a
 * `words(`...`)`/`wordList(`...`)` list, an item of an array of string literals (or of an array of such
 * arrays), or a branch of a `|` in a regular expression (a literal, or a template or string that a
 * pattern is built from). Each has the name of the declaration it stands in (`owner`), so that a table
 * can name its cases, and the range whose removal takes it out (`scripts/mutate-words.ts`).
 */
export interface Alternative {
  start: number;
  end: number;
  text: string;
  /** The constant or function it is declared in. */
  owner?: string;
}

type Mode = 'raw' | 'cooked';

/** Length of an escape at `i`: `\x` in a regex or raw template; in a cooked string a regex escape is `\\x`. */
function escapeLength(src: string, i: number, mode: Mode): number {
  return mode === 'cooked' && src[i + 1] === '\\' ? 3 : 2;
}

/** The branches of every `|` in a regex source between `from` and `to`; `${...}` parts are opaque. */
function branches(src: string, from: number, to: number, mode: Mode, out: Alternative[]): void {
  const stack: Array<{ start: number; bars: number[] }> = [{ start: from, bars: [] }];
  const emit = (g: { start: number; bars: number[] }, end: number) => {
    if (!g.bars.length) return;
    const bounds = [g.start - 1, ...g.bars, end];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const s = bounds[k]! + 1;
      const e = bounds[k + 1]!;
      // The branch with the bar before it, or the first branch with the bar after it.
      if (k === 0) out.push({ start: s, end: e + 1, text: src.slice(s, e) });
      else out.push({ start: bounds[k]!, end: e, text: src.slice(s, e) });
    }
  };
  let i = from;
  while (i < to) {
    const c = src[i];
    if (c === '\\') i += escapeLength(src, i, mode);
    else if (c === '[') {
      i++;
      while (i < to && src[i] !== ']') i += src[i] === '\\' ? escapeLength(src, i, mode) : 1;
      i++;
    } else if (c === '$' && src[i + 1] === '{') i = scanCode(src, i + 2, [], true) + 1;
    else if (c === '(') {
      const prefix = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>)/.exec(src.slice(i, i + 40))?.[0].length ?? 1;
      stack.push({ start: i + prefix, bars: [] });
      i += prefix;
    } else if (c === ')') {
      const g = stack.pop()!;
      if (stack.length === 0) return; // unbalanced: not a pattern
      emit(g, i);
      i++;
    } else if (c === '|') {
      stack[stack.length - 1]!.bars.push(i);
      i++;
    } else i++;
  }
  if (stack.length === 1) emit(stack[0]!, to);
}

/** The end of a quoted string starting at `i`. */
function stringEnd(src: string, i: number): number {
  const q = src[i];
  let j = i + 1;
  while (j < src.length && src[j] !== q) j += src[j] === '\\' ? 2 : 1;
  return j + 1;
}

const REGEX_BEFORE = /(?:[=(:,[!&|?{};]|^|\breturn)\s*$/;
const WORDS_BEFORE = /\b(?:words|wordList)\(\s*(?:String\.raw)?$/;

/**
 * Scans code from `i` and collects the alternatives; returns where it stops (at an unmatched `}` when
 * `inBraces`). Template interpolations are scanned as code, so lists nested in them are found too.
 */
function scanCode(src: string, i: number, out: Alternative[], inBraces = false): number {
  let depth = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (src.startsWith('//', i)) i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
    else if (src.startsWith('/*', i)) i = src.indexOf('*/', i + 2) + 2;
    else if (c === "'" || c === '"') {
      const end = stringEnd(src, i);
      if (WORDS_BEFORE.test(src.slice(Math.max(0, i - 30), i))) wordsOf(src, i + 1, end - 1, out);
      else branches(src, i + 1, end - 1, 'cooked', out);
      i = end;
    } else if (c === '`') i = template(src, i, out);
    else if (c === '/' && REGEX_BEFORE.test(src.slice(Math.max(0, i - 20), i))) {
      let j = i + 1;
      while (j < src.length && src[j] !== '/') {
        if (src[j] === '\\') j += 2;
        else if (src[j] === '[') {
          while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
          j++;
        } else j++;
      }
      branches(src, i + 1, j, 'raw', out);
      i = j + 1;
    } else if (c === '[') i = array(src, i, out);
    else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (inBraces && depth === 0) return i;
      depth--;
      i++;
    } else i++;
  }
  return i;
}

/** The words of a word list written as one string, and the branches inside each word ("loss(?:es|)"). */
function wordsOf(src: string, from: number, to: number, out: Alternative[], mode: Mode = 'cooked'): void {
  for (const m of src.slice(from, to).matchAll(/\S+\s*/g)) {
    const s = from + m.index;
    const text = m[0].trim();
    out.push({ start: s, end: s + m[0].length, text });
    branches(src, s, s + text.length, mode, out);
  }
}

/** A template: the words of a word list, or else a pattern's source. */
function template(src: string, i: number, out: Alternative[]): number {
  const raw = /String\.raw$/.test(src.slice(Math.max(0, i - 10), i));
  const isWords = WORDS_BEFORE.test(src.slice(Math.max(0, i - 30), i));
  let j = i + 1;
  const interpolations: number[] = [];
  while (j < src.length && src[j] !== '`') {
    if (src[j] === '\\') j += 2;
    else if (src[j] === '$' && src[j + 1] === '{') {
      interpolations.push(j);
      j = scanCode(src, j + 2, out, true) + 1;
    } else j++;
  }
  if (isWords && !interpolations.length) wordsOf(src, i + 1, j, out, raw ? 'raw' : 'cooked');
  else branches(src, i + 1, j, raw ? 'raw' : 'cooked', out);
  return j + 1;
}

/**
 * The end of an array literal at `i` whose items are string literals, arrays of them or named parts
 * (`PARTS`, `...PARTS`), or -1 when it is no such list.
 */
function literalArray(src: string, i: number, items: Alternative[]): number {
  let j = i + 1;
  const skip = () => {
    while (/\s/.test(src[j] ?? '') || src.startsWith('//', j)) {
      j = src.startsWith('//', j) ? src.indexOf('\n', j) : j + 1;
    }
  };
  for (;;) {
    skip();
    if (src[j] === ']') return j + 1;
    const start = j;
    if (src[j] === "'" || src[j] === '"') j = stringEnd(src, j);
    else if (src.startsWith('String.raw`', j) || src[j] === '`') {
      j = src.indexOf('`', j) + 1;
      while (src[j] !== '`') j += src[j] === '\\' ? 2 : 1;
      j++;
    } else if (src[j] === '[') {
      j = literalArray(src, j, []);
      if (j === -1) return -1;
    } else if (/^(?:\.\.\.)?[A-Z_][A-Z0-9_]*\b/.test(src.slice(j, j + 60))) {
      // A named part: PARTS or ...PARTS (constants are in capitals).
      j += /^(?:\.\.\.)?[A-Z_][A-Z0-9_]*/.exec(src.slice(j, j + 60))![0].length;
    } else return -1;
    const itemEnd = j;
    skip();
    if (src[j] === ',') j++;
    else if (src[j] !== ']') return -1;
    items.push({ start, end: src[j - 1] === ',' ? j : itemEnd, text: src.slice(start, itemEnd) });
  }
}

/** An array of literals: each item is an alternative, and so is each branch of a string item's pattern. */
function array(src: string, i: number, out: Alternative[]): number {
  const items: Alternative[] = [];
  const end = literalArray(src, i, items);
  if (end === -1) return i + 1; // no list: its content is scanned as code
  if (items.length >= 2) out.push(...items);
  for (const item of items) {
    if (src[item.start] === "'" || src[item.start] === '"') {
      branches(src, item.start + 1, stringEnd(src, item.start) - 1, 'cooked', out);
    } else if (src[item.start] === '`' || src.startsWith('String.raw', item.start)) {
      template(src, src.indexOf('`', item.start), out);
    }
  }
  return end;
}

export function alternativesOf(src: string): Alternative[] {
  const out: Alternative[] = [];
  scanCode(src, 0, out);
  const seen = new Set<string>();
  const declarations = [...src.matchAll(/^(?:export\s+)?(?:const|let|function)\s+(\w+)/gm)];
  const ownerAt = (at: number) => declarations.filter((d) => d.index < at).pop()?.[1] ?? '';
  return out
    .filter((a) => !seen.has(`${a.start}:${a.end}`) && seen.add(`${a.start}:${a.end}`))
    .sort((a, b) => a.start - b.start)
    .map((a) => ({ ...a, owner: ownerAt(a.start) }));
}
