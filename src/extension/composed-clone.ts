/** A detached copy of the page, and the way back from each of its text nodes to the live one it copies. */
export interface ComposedClone {
  document: Document;
  /** The live text node a text node of the copy was copied from (Readability moves nodes, it keeps them). */
  liveOf: (copy: Node) => Text | undefined;
}

/**
 * A detached copy of the page as the reader sees it: the text of open shadow roots and of
 * same-origin frames is copied in where it is shown, so an article split across web components
 * and iframes is read whole. A plain `cloneNode` leaves both out. The live page is only read.
 */
export function composedClone(doc: Document): ComposedClone {
  const copy = doc.cloneNode(true) as Document;
  const live = new WeakMap<Node, Text>();
  // Walk the live tree and its copy side by side, without recursion (pages nest thousands deep).
  const stack: Array<[Node, Node]> = [[doc, copy]];
  while (stack.length) {
    const [original, twin] = stack.pop()!;
    if (original.nodeType === 3) {
      live.set(twin, original as Text);
      continue;
    }
    const children = original.childNodes;
    const twins = twin.childNodes;
    for (let i = 0; i < children.length && i < twins.length; i++) stack.push([children[i]!, twins[i]!]);
    if (original.nodeType !== 1) continue;
    const shadow = (original as Element).shadowRoot;
    if (shadow) appendCopies(shadow, twin, stack);
    if ((original as Element).tagName === 'IFRAME') inlineFrame(original as HTMLIFrameElement, twin as Element, stack);
  }
  return { document: copy, liveOf: (node) => live.get(node) };
}

/** Shown content goes after the host's own children, as `walkBlocks` reads it on the live page. */
function appendCopies(from: Node, into: Node, stack: Array<[Node, Node]>): void {
  for (const child of Array.from(from.childNodes)) {
    into.appendChild(into.ownerDocument!.importNode(child, true));
    stack.push([child, into.lastChild!]);
  }
}

function inlineFrame(frame: HTMLIFrameElement, twin: Element, stack: Array<[Node, Node]>): void {
  let body: HTMLElement | null;
  try {
    body = frame.contentDocument?.body ?? null;
  } catch {
    return; // another origin: its text is not ours to read
  }
  if (!body) return;
  const holder = twin.ownerDocument.createElement('div');
  twin.replaceWith(holder);
  appendCopies(body, holder, stack);
}
