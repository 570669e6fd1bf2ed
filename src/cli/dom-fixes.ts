/**
 * Where linkedom 0.18 answers a call the extraction or Readability makes otherwise than a browser
 * does, the answer is put right here, once, on linkedom's own prototypes. `compareDocumentPosition`
 * alone changed the dates or bylines read from 89 of 201 real pages while the extraction asked it
 * where the article's header ends; the others are rarer on real pages. `tests/node-dom.test.ts`
 * holds each to what a browser answers.
 */
const FOLLOWING = 4;
const PRECEDING = 2;
const CONTAINS = 8;
const CONTAINED_BY = 16;
const DISCONNECTED = 1;
const IMPLEMENTATION_SPECIFIC = 32;

/** Documents parsed with scripting off (see `parseDocument`): `innerHTML` parses with it off there too. */
export const scriptless = new WeakSet<Document>();

let fixed = false;

export function fixLinkedom(doc: Document, parseFragmentInto: (element: Element, html: string) => void): void {
  if (fixed) return;
  fixed = true;
  const element = doc.createElement('div');
  patch(doc, 'compareDocumentPosition', { value: compareDocumentPosition });
  const title = Object.getOwnPropertyDescriptor(owner(doc, 'title'), 'title')!;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- an accessor, installed again as an accessor
  patch(doc, 'title', { get: documentTitle, set: title.set! });
  const innerHTML = Object.getOwnPropertyDescriptor(owner(element, 'innerHTML'), 'innerHTML')!;
  patch(element, 'innerHTML', {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- an accessor, installed again as an accessor
    get: innerHTML.get!,
    set(this: Element, html: string) {
      parseFragmentInto(this, String(html));
    },
  });
  const style = Object.getOwnPropertyDescriptor(owner(element, 'style'), 'style')!;
  patch(element, 'style', {
    get(this: HTMLElement) {
      return inlineStyle(this, style.get!.call(this) as CSSStyleDeclaration);
    },
  });
}

/** The prototype in `object`'s chain that defines `name`. */
function owner(object: object, name: string): object {
  let proto: object | null = object;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, name))
    proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto) throw new Error(`linkedom has no ${name} to fix`);
  return proto;
}

function patch(object: object, name: string, descriptor: PropertyDescriptor): void {
  Object.defineProperty(owner(object, name), name, { ...descriptor, configurable: true });
}

/** linkedom compares depth, not document order: a shallow node "follows" a deeper one before it. */
function compareDocumentPosition(this: Node, other: Node): number {
  if (this === other) return 0;
  const a = ancestry(this);
  const b = ancestry(other);
  if (a[0] !== b[0])
    return DISCONNECTED | IMPLEMENTATION_SPECIFIC | (rootOrder(a[0]!) < rootOrder(b[0]!) ? FOLLOWING : PRECEDING);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length) return CONTAINED_BY | FOLLOWING;
  if (i === b.length) return CONTAINS | PRECEDING;
  for (let s = a[i]!.nextSibling; s; s = s.nextSibling) if (s === b[i]) return FOLLOWING;
  return PRECEDING;
}

/** A node and its ancestors, root first. */
function ancestry(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) out.push(n);
  return out.reverse();
}

/** Disconnected trees get an order that is arbitrary but stays the same, as the standard asks. */
const roots = new WeakMap<Node, number>();
let nextRoot = 0;
function rootOrder(root: Node): number {
  if (!roots.has(root)) roots.set(root, nextRoot++);
  return roots.get(root)!;
}

/** The first HTML `<title>` anywhere in the page (linkedom looks only in `<head>`), its white space folded. */
function documentTitle(this: Document): string {
  const title = Array.from(this.getElementsByTagName('title')).find(
    (t) => t.namespaceURI !== 'http://www.w3.org/2000/svg',
  );
  if (!title) return '';
  const text = Array.from(title.childNodes, (n) => (n.nodeType === 3 ? (n as Text).data : '')).join('');
  return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * Readability drops what `style.display` or `style.visibility` hides. linkedom keeps property names
 * as written and `!important` in the value, so `display: none !important` did not hide; a browser
 * matches names in any case and keeps the priority apart. Writes still go to linkedom's own.
 */
function inlineStyle(element: HTMLElement, declaration: CSSStyleDeclaration): CSSStyleDeclaration {
  return new Proxy(declaration, {
    get(target, name) {
      if (name === 'getPropertyValue')
        return (property: string) =>
          declarations(element).get(property.startsWith('--') ? property : property.toLowerCase()) ?? '';
      if (typeof name !== 'string' || name in target || name === 'length' || /^\d+$/.test(name))
        return Reflect.get(target, name) as unknown;
      return declarations(element).get(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)) ?? '';
    },
  });
}

function declarations(element: Element): Map<string, string> {
  const out = new Map<string, string>();
  const important = new Set<string>();
  for (const declaration of splitDeclarations(element.getAttribute('style') ?? '')) {
    const colon = declaration.indexOf(':');
    if (colon < 1) continue;
    const written = declaration.slice(0, colon).trim();
    const name = written.startsWith('--') ? written : written.toLowerCase();
    let value = declaration.slice(colon + 1).trim();
    // From the last "!": a pattern that looked for it from every space of the value took time
    // in the square of the spaces.
    const bang = value.lastIndexOf('!');
    const priority = bang !== -1 && /^!\s*important\s*$/i.test(value.slice(bang));
    if (priority) value = value.slice(0, bang).trimEnd();
    if (!name || !value || (important.has(name) && !priority)) continue;
    out.set(name, value);
    if (priority) important.add(name);
  }
  return out;
}

/** Declarations split at `;`, except inside quotes or brackets (`url(data:image/png;base64,…)`). */
function splitDeclarations(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i));
      start = i + 1;
    }
  }
  out.push(css.slice(start));
  return out;
}
