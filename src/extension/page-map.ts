import { layOut } from '../engine/article.js';
import { alignParagraphs } from './align.js';
import { indexText } from './text-index.js';

/** Where a stretch of article text is on the page now; `changed` when the page no longer holds it where it did. */
export type Place = Range | 'off-page' | 'changed';

/**
 * How a paragraph was found on the live page: by its own text nodes, by its text, or not at all (a frame, a
 * paragraph Readability rewrote).
 */
export type Found = 'nodes' | 'aligned' | null;

/** From the report's offsets (UTF-16, into the article text) to the live page, built once per audit. */
export interface PageMap {
  /** The article text the offsets index, laid out as the engine lays it out. */
  text: string;
  found: Found[];
  place(start: number, end: number): Place;
}

export interface PageMapSource {
  /** The live document. */
  doc: Document;
  /** The paragraphs extraction handed to the engine. */
  paragraphs: readonly string[];
  /** The element Readability kept, whose text the paragraphs were read from; null when unknown. */
  content: Node | null;
  /** The live text node a text node of the copy came from (`composedClone`). */
  liveOf: (copy: Node) => Text | undefined;
  /**
   * How much of the article text the report covers (its `stats.chars`): a giant page is mapped no further
   * than it was audited.
   */
  chars?: number;
}

/**
 * Every character of the article text is given the live text node and offset it shows at.
 * First by identity: Readability moves the copy's nodes without copying them, so a paragraph's
 * characters lead back, through the copy, to the very nodes on the page; this is exact whatever
 * the page repeats, and whatever Readability left out of a paragraph. Readability parses a
 * fresh copy of the page when its first pass finds too little (a short article), and frames are
 * other documents: the paragraphs left are aligned, in order, onto the page's text.
 */
export function buildPageMap({ doc, paragraphs, content, liveOf, chars = Infinity }: PageMapSource): PageMap {
  const all = layOut(paragraphs);
  // The audit reads the text from its start as far as its budget, the last paragraph perhaps in part.
  const laid = all.paragraphs.filter((p) => p.start < chars).map((p) => ({ ...p, end: Math.min(p.end, chars) }));
  const text = all.text.slice(0, laid[laid.length - 1]?.end ?? 0);
  const isLaidOut = (line: string | undefined, i: number) => {
    const p = laid[i]!;
    const read = text.slice(p.start, p.end);
    return p.end === all.paragraphs[i]!.end ? line === read : Boolean(line?.startsWith(read));
  };
  const nodes: Text[] = [];
  const ids = new Map<Text, number>();
  const nodeAt = new Int32Array(text.length).fill(-1);
  const offsetAt = new Int32Array(text.length);
  const found: Found[] = laid.map(() => null);
  const set = (at: number, node: Text, offset: number) => {
    let id = ids.get(node);
    if (id === undefined) ids.set(node, (id = nodes.push(node) - 1));
    nodeAt[at] = id;
    offsetAt[at] = offset;
  };

  if (content) {
    const read = indexText(content);
    const lines = read.text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    // The same flattening as the paragraphs', or no identity at all: a mismatch would shift every offset.
    if (lines.length === all.paragraphs.length && laid.every((_, i) => isLaidOut(lines[i], i))) {
      let line = 0;
      laid.forEach((p, i) => {
        const length = p.end - p.start;
        let whole = true;
        for (let k = 0; k < length && whole; k++) {
          const at = read.point(line + k);
          const live = at && liveOf(at.node);
          if (live && live.ownerDocument === doc && live.isConnected) set(p.start + k, live, at.offset);
          else whole = text[p.start + k] === ' ';
        }
        if (whole) found[i] = 'nodes';
        else nodeAt.fill(-1, p.start, p.end);
        line += length + 1;
      });
    }
  }

  const rest = laid.flatMap((_, i) => (found[i] ? [] : [i]));
  if (rest.length && doc.body) {
    const page = indexText(doc.body);
    const at = alignParagraphs(
      page.text,
      rest.map((i) => text.slice(laid[i]!.start, laid[i]!.end)),
    );
    rest.forEach((i, j) => {
      if (at[j] === -1) return;
      const p = laid[i]!;
      for (let k = 0; k < p.end - p.start; k++) {
        const point = page.point(at[j]! + k);
        if (point) set(p.start + k, point.node, point.offset);
      }
      found[i] = 'aligned';
    });
  }

  /** Every letter still where the map put it: a page that changed since is never painted at a guess. */
  const check = (start: number, end: number): Place | null => {
    let changed = false;
    for (let k = start; k < end; k++) {
      if (/\s/.test(text[k]!)) continue;
      if (nodeAt[k]! < 0) return 'off-page';
      const node = nodes[nodeAt[k]!]!;
      if (!node.isConnected || node.data[offsetAt[k]!] !== text[k]) changed = true;
    }
    return changed ? 'changed' : null;
  };

  return {
    text,
    found,
    place(start, end) {
      let s = start;
      let e = end - 1;
      while (s <= e && /\s/.test(text[s] ?? '')) s++;
      while (e >= s && /\s/.test(text[e] ?? '')) e--;
      if (s > e || e >= text.length) return 'off-page';
      const wrong = check(s, e + 1);
      if (wrong) return wrong;
      const a = nodes[nodeAt[s]!]!;
      const b = nodes[nodeAt[e]!]!;
      // A range cannot start in one tree and end in another (a shadow root and the page around it).
      if (a.getRootNode() !== b.getRootNode()) return 'off-page';
      const range = doc.createRange();
      range.setStart(a, offsetAt[s]!);
      range.setEnd(b, offsetAt[e]! + 1);
      return range.collapsed ? 'changed' : range;
    },
  };
}
