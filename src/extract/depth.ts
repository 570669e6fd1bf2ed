/**
 * How deep the tree Readability reads may go. Its passes read, for each element, the elements
 * below it and their text: on markup nested thousands deep (which a browser's parser caps at 512
 * levels, and so does the command line's, `src/cli/dom.ts`) that was minutes of work on a page
 * of a few kilobytes. The deepest of the 201 real pages in the shared corpora is 51 levels deep.
 */
export const MAX_READ_DEPTH = 100;

/** The blocks that stay blocks below MAX_READ_DEPTH: what a paragraph of the article can be. */
const BLOCKS = new Set([
  ...['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'BLOCKQUOTE'],
  ...['TD', 'TH', 'DT', 'DD', 'FIGCAPTION'],
]);

/**
 * Makes the tree no deeper than MAX_READ_DEPTH (+2): below it, every element but the outermost
 * blocks is taken away, its text kept where it stood; a block kept holds its text alone. Text
 * nodes are moved, never copied (the content script finds them again on the page by identity).
 * Runs on the copy extraction reads, in the browser as in the command line, so that both read
 * such a page alike; a page no deeper than the limit is left as it is.
 */
export function flattenDeep(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  // Depth first, without recursion: the tree may be deeper than the call stack.
  const stack: Array<{ el: Element; depth: number }> = [{ el: root, depth: 1 }];
  while (stack.length) {
    const { el, depth } = stack.pop()!;
    if (depth === MAX_READ_DEPTH) {
      if (el.firstElementChild) flattenBelow(el);
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push({ el: c, depth: depth + 1 });
  }
}

/** The element's content as its text and its outermost blocks, each block holding its own text. */
function flattenBelow(el: Element): void {
  const items: Node[] = [];
  const texts = new Map<Node, Node[]>();
  let block: Node | null = null;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) (block ? texts.get(block)! : items).push(node);
    else if (node.nodeType === 1 && !block && BLOCKS.has((node as Element).tagName.toUpperCase())) {
      block = node;
      items.push(node);
      texts.set(node, []);
    }
    if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Up to the next node in document order, leaving the block once its last descendant is read.
    let at: Node = node;
    node = null;
    for (;;) {
      if (at === block) block = null;
      if (at.nextSibling) {
        node = at.nextSibling;
        break;
      }
      const up: Node | null = at.parentNode;
      if (!up || up === el) break;
      at = up;
    }
  }
  for (const [kept, own] of texts) (kept as Element).replaceChildren(...own);
  el.replaceChildren(...items);
}
