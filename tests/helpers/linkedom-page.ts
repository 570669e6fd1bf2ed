import { parseDocument } from '../../src/cli/dom.js';
import { readDocument } from '../../src/extract/html.js';
import { composedClone } from '../../src/extension/composed-clone.js';
import { buildPageMap, type PageMap } from '../../src/extension/page-map.js';

/** The ends of a range as recorded: linkedom has no Range to speak of, and the map needs no more. */
export interface Ends {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
  collapsed: boolean;
}

/** A live page in the CLI's DOM (linkedom), with a recording `createRange` standing in for the browser's. */
export function livePage(html: string): Document {
  const document = parseDocument(html);
  (document as unknown as { createRange(): unknown }).createRange = () => {
    const r = { collapsed: true } as Ends & { setStart(n: Text, o: number): void; setEnd(n: Text, o: number): void };
    r.setStart = (n, o) => Object.assign(r, { startContainer: n, startOffset: o });
    r.setEnd = (n, o) =>
      Object.assign(r, { endContainer: n, endOffset: o, collapsed: n === r.startContainer && o <= r.startOffset });
    return r;
  };
  return document;
}

/** What the content script does, in Node: the composed copy, Readability over it, the map back to the live page. */
export function mapPage(doc: Document, options: { identity?: boolean } = {}): { map: PageMap; paragraphs: string[] } {
  const clone = composedClone(doc);
  const { input, content } = readDocument(clone.document, 'test');
  const map = buildPageMap({
    doc,
    paragraphs: input.paragraphs,
    content: options.identity === false ? null : content,
    liveOf: clone.liveOf,
  });
  return { map, paragraphs: input.paragraphs };
}

/** The page text a range covers, read back from the DOM, with `…` where it crosses nodes. */
export function covered(range: Range): string {
  const r = range as unknown as Ends;
  if (r.startContainer === r.endContainer) return r.startContainer.data.slice(r.startOffset, r.endOffset);
  return `${r.startContainer.data.slice(r.startOffset)}…${r.endContainer.data.slice(0, r.endOffset)}`;
}
