import { walkBlocks } from '../text/blocks.js';

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

export function indexText(root: Node, doc: Document): TextIndex {
  const nodes: Text[] = [];
  const nodeAt: number[] = []; // for each flat char: index into nodes
  const offsetAt: number[] = []; // and the offset inside that node
  let text = '';
  let pendingSpace = false;
  const push = (ch: string, n: number, o: number) => {
    text += ch;
    nodeAt.push(n);
    offsetAt.push(o);
  };
  walkBlocks(root, {
    text(node) {
      const data = node.data;
      const n = nodes.push(node) - 1;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        if (/\s/.test(ch)) {
          pendingSpace = text.length > 0;
          continue;
        }
        if (pendingSpace && !text.endsWith('\n')) push(' ', n, i);
        pendingSpace = false;
        push(ch, n, i);
      }
    },
    boundary() {
      if (text.length && !text.endsWith('\n')) {
        text += '\n';
        nodeAt.push(-1);
        offsetAt.push(-1);
      }
      pendingSpace = false;
    },
  });
  return {
    text,
    range(start, end) {
      let s = start;
      while (s < end && nodeAt[s] === -1) s++;
      let e = end - 1;
      while (e > s && nodeAt[e] === -1) e--;
      if (s >= end || nodeAt[s] === undefined || nodeAt[e] === undefined || nodeAt[s] === -1) return null;
      const r = doc.createRange();
      r.setStart(nodes[nodeAt[s]!]!, offsetAt[s]!);
      r.setEnd(nodes[nodeAt[e]!]!, offsetAt[e]! + 1);
      return r;
    },
    find(sentence, from = 0) {
      const needle = sentence.replace(/\s+/g, ' ').trim();
      const at = text.indexOf(needle, from);
      if (at !== -1 || !needle) return at;
      // A sentence may cross a block break on the page (a link list, a <br>): match with breaks as spaces.
      return text.replace(/\n/g, ' ').indexOf(needle, from);
    },
  };
}
