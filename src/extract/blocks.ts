/**
 * The readable text of a DOM subtree as paragraphs: one per block element, white space folded as a
 * browser shows it. Used on Readability's output in the engine and on the live page in the content
 * script, so both see the same text.
 */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);
/** An element's words as one line, white space folded. */
export const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
]);

export interface BlockVisitor {
  text(node: Text): void;
  boundary(): void;
}

/** Walks without recursion, so a page nested thousands deep cannot overflow the stack. */
export function walkBlocks(root: Node, visit: BlockVisitor): void {
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      visit.text(node as Text);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (leaving) {
      if (block) visit.boundary();
      continue;
    }
    if (block) visit.boundary();
    stack.push({ node, leaving: true });
    // An open shadow root's content is read after the host's own children, as composedClone copies it.
    const shadow = (node as Element).shadowRoot?.childNodes;
    for (let i = (shadow?.length ?? 0) - 1; i >= 0; i--) stack.push({ node: shadow![i]!, leaving: false });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
}

export function blocksOf(root: Node): string[] {
  const out: string[] = [];
  let buffer = '';
  walkBlocks(root, {
    text(node) {
      buffer += node.data;
    },
    boundary() {
      const t = buffer.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      buffer = '';
    },
  });
  const t = buffer.replace(/\s+/g, ' ').trim();
  if (t) out.push(t);
  return out;
}
