import { walkBlocks } from '../extract/blocks.js';

/**
 * A DOM subtree's text, flattened as `blocksOf` reads it (one line per block, white space
 * folded), with a way back from every character to the text node it comes from. The page map
 * reads Readability's output and the live page with it, so both are flattened alike.
 */
export interface TextIndex {
  text: string;
  /**
   * The text node and offset character `at` comes from; null for a line break between blocks. A folded space
   * maps to the start of the next word.
   */
  point(at: number): { node: Text; offset: number } | null;
}

const BREAK = -1;

/**
 * Built in one pass with work linear in the page: the text is collected in pieces and joined
 * once, and the way back is kept per run of characters (a word, a space, a break), not per
 * character, so a 5 MB page costs a few arrays of numbers rather than one entry per letter.
 */
export function indexText(root: Node): TextIndex {
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

  return { text, point };
}
