/**
 * A detached copy of the page as the reader sees it: the text of open shadow roots and of
 * same-origin frames is copied in where it is shown, so an article split across web components
 * and iframes is read whole. A plain `cloneNode` leaves both out. The live page is only read.
 */
export function composedClone(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  // Walk the live tree and its copy side by side, without recursion (pages nest thousands deep).
  const stack: Array<[Node, Node]> = [[doc, copy]];
  while (stack.length) {
    const [live, twin] = stack.pop()!;
    const children = live.childNodes;
    const twins = twin.childNodes;
    for (let i = 0; i < children.length && i < twins.length; i++) stack.push([children[i]!, twins[i]!]);
    if (live.nodeType !== 1) continue;
    const shadow = (live as Element).shadowRoot;
    if (shadow) appendCopies(shadow, twin, stack);
    if ((live as Element).tagName === 'IFRAME') inlineFrame(live as HTMLIFrameElement, twin as Element, stack);
  }
  return copy;
}

/** Shown content goes after the host's own children, as `walkBlocks` reads it on the live page. */
function appendCopies(from: Node, into: Node, stack: Array<[Node, Node]>): void {
  for (const child of Array.from(from.childNodes)) {
    into.appendChild(into.ownerDocument!.importNode(child, true));
    stack.push([child, into.lastChild!]);
  }
}

function inlineFrame(frame: HTMLIFrameElement, twin: Element, stack: Array<[Node, Node]>): void {
  let body: HTMLElement | null = null;
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
