import { walkBlocks } from '../extract/blocks.js';

/**
 * The live page's visible text, flattened as the engine flattens Readability's output (blocks
 * apart, white space folded), with a way back from every character to its text node. Evidence is
 * found by its sentence, so the engine never needs to know the page's DOM.
 */
export interface TextIndex {
  text: string;
  /** Range over the flattened text [start, end), or null when it cannot be mapped. */
  range(start: number, end: number): Range | null;
  find(sentence: string, from?: number): number;
}

const BREAK = -1;

/**
 * Built in one pass with work linear in the page: the text is collected in pieces and joined
 * once, and the way back is kept per run of characters (a word, a space, a break), not per
 * character, so a 5 MB page costs a few arrays of numbers rather than one entry per letter.
 */
export function indexText(root: Node, doc: Document): TextIndex {
  const nodes: Text[] = [];
  // Run i covers flat characters [runStart[i], runStart[i + 1]); it maps to node runNode[i] from runOffset[i].
  const runStart: number[] = [];
  const runNode: number[] = [];
  const runOffset: number[] = [];
  const pieces: string[] = [];
  let length = 0;
  let last = '';
  let pendingSpace = false;
  const emit = (piece: string, node: number, offset: number) => {
    runStart.push(length);
    runNode.push(node);
    runOffset.push(offset);
    pieces.push(piece);
    length += piece.length;
    last = piece[piece.length - 1]!;
  };
  walkBlocks(root, {
    text(node) {
      const n = nodes.push(node) - 1;
      for (const word of node.data.matchAll(/\S+|\s+/g)) {
        if (/^\s/.test(word[0])) {
          pendingSpace = length > 0;
          continue;
        }
        // A folded space maps to the character after it, as a sentence never starts or ends on one.
        if (pendingSpace && last !== '\n') emit(' ', n, word.index);
        pendingSpace = false;
        emit(word[0], n, word.index);
      }
    },
    boundary() {
      if (length && last !== '\n') emit('\n', BREAK, 0);
      pendingSpace = false;
    },
  });
  const text = pieces.join('');
  let asOneLine: string | null = null;

  /** The run holding flat character `at`: binary search over the run starts. */
  const runOf = (at: number): number => {
    let lo = 0;
    let hi = runStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runStart[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const point = (at: number): { node: Text; offset: number } | null => {
    if (at < 0 || at >= text.length) return null;
    const r = runOf(at);
    if (runNode[r] === BREAK) return null;
    return { node: nodes[runNode[r]!]!, offset: runOffset[r]! + (text[runStart[r]!] === ' ' ? 0 : at - runStart[r]!) };
  };

  return {
    text,
    range(start, end) {
      let s = start;
      while (s < end && text[s] === '\n') s++;
      let e = end - 1;
      while (e > s && text[e] === '\n') e--;
      if (s >= end) return null;
      const a = point(s);
      const b = point(e);
      if (!a || !b) return null;
      const r = doc.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset + 1);
      return r;
    },
    find(sentence, from = 0) {
      const needle = sentence.replace(/\s+/g, ' ').trim();
      const at = text.indexOf(needle, from);
      if (at !== -1 || !needle) return at;
      // A sentence may cross a block break on the page (a link list, a <br>): match with breaks as spaces.
      asOneLine ??= text.replace(/\n/g, ' ');
      return asOneLine.indexOf(needle, from);
    },
  };
}
