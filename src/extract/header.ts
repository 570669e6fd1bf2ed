import { textOf } from './blocks.js';
import { CLIP_CONTAINERS, LIST_HEADING } from './furniture.js';
import { nameKey, sameUrl } from './page-identity.js';

/**
 * The article's own header: the headline, and what stands between it and the body (standfirst,
 * byline, dateline). Dates and names found elsewhere on the page belong to other stories: the
 * teasers of a "Popular posts" list, the next and previous posts, a recirculation widget.
 *
 * Document order is counted here, in one walk, rather than asked of the DOM pair by pair: the
 * walk also counts the text between the headline and each element, and it reads a page alike in
 * any DOM (linkedom's own `compareDocumentPosition` compares depth, not order).
 */
interface Layout {
  /** Each element's place in document order, and the place of its last descendant. */
  order: Map<Element, { at: number; last: number; text: number; textEnd: number }>;
  /** Headings in document order. */
  headings: Element[];
}

const HEADING = /^H[1-6]$/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const layouts = new WeakMap<Document, Layout>();

/** One walk, without recursion (pages nest thousands deep): order, text before each element, headings. */
function layoutOf(doc: Document): Layout {
  const known = layouts.get(doc);
  if (known) return known;
  const order: Layout['order'] = new Map();
  const headings: Element[] = [];
  let at = 0;
  let text = 0;
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: doc.documentElement ?? doc, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      text += (node as Text).data.replace(/\s+/g, '').length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (leaving) {
      const o = order.get(el)!;
      o.last = at - 1;
      o.textEnd = text;
      continue;
    }
    if (SKIP.has(el.tagName.toUpperCase())) continue;
    order.set(el, { at: at++, last: at, text, textEnd: text });
    if (HEADING.test(el.tagName.toUpperCase())) headings.push(el);
    stack.push({ node: el, leaving: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  const layout = { order, headings };
  layouts.set(doc, layout);
  return layout;
}

/** The headline: the first h1 whose words the page's title holds (or that holds the title's), else the first h1. */
export function headlineOf(doc: Document): Element | null {
  const titles = [doc.querySelector('meta[property="og:title" i]')?.getAttribute('content'), doc.title]
    .map((t) => nameKey(t ?? ''))
    .filter((t) => t.length >= 8);
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => textOf(h).length > 0);
  const matches = (h: Element) => {
    const k = nameKey(textOf(h));
    return k.length >= 8 && titles.some((t) => t.includes(k) || k.includes(t));
  };
  return h1s.find(matches) ?? h1s[0] ?? null;
}

/**
 * Containers whose dates and names belong to other stories (related links, navigation, comments)
 * or to a clip (the audio or video in the lead figure, its player): not to this article.
 */
const ELSEWHERE =
  `aside, nav, footer, li, ${CLIP_CONTAINERS}, [class*="related" i], [class*="comment" i], [class*="recommend" i], ` +
  '[class*="promo" i], [class*="teaser" i], [class*="recirc" i], [class*="trending" i], [class*="popular" i], ' +
  '[class*="sidebar" i], [class*="widget" i], [class*="more-from" i], [class*="read-next" i], [id*="related" i], ' +
  '[id*="comment" i], [id*="promo" i], [id*="sidebar" i]';

/** The body starts at the first paragraph of prose after the headline. */
const BODY_PARAGRAPH_CHARS = 120;
/** How much text may stand between the headline and a dateline: a standfirst, a caption, share buttons. */
const HEADER_TEXT = 1500;

/**
 * The elements matching `selector` in the article's header: after the headline (or inside it),
 * before the body's first paragraph and not far from the headline, outside containers of other
 * stories, and not under another story's heading (a teaser's linked title, a "Related" list).
 */
export function headerElements(doc: Document, selector: string, pageUrl: string | null): Element[] {
  const { order, headings } = layoutOf(doc);
  const headline = headlineOf(doc);
  const h = headline ? order.get(headline) : undefined;
  const firstBody = Array.from(doc.querySelectorAll('p')).find((p) => {
    const o = order.get(p);
    return o && (!h || o.at > h.last) && textOf(p).length >= BODY_PARAGRAPH_CHARS;
  });
  const bodyAt = firstBody ? order.get(firstBody)!.at : Infinity;
  // With neither a headline nor a body to bound it, no stretch of the page is known to be the header.
  if (!h && bodyAt === Infinity) return [];
  return Array.from(doc.querySelectorAll(selector)).filter((el) => {
    const o = order.get(el);
    if (!o || el.closest(ELSEWHERE) || o.at >= bodyAt) return false;
    if (h) {
      const inside = o.at >= h.at && o.at <= h.last;
      if (!inside && o.at < h.at && !justAbove(el, headline!, o, h)) return false;
      if (!inside && o.text - h.textEnd > HEADER_TEXT) return false;
    }
    const heading = nearestHeading(headings, order, o.at);
    return !heading || heading === headline || !titlesOtherStories(heading, pageUrl);
  });
}

/** Between a kicker above the headline and the headline itself: a line or two. */
const ABOVE_TEXT = 200;
/**
 * Above the headline, inside the header or article element that holds it, with no more than a
 * line of text between: the kicker row ("Hafen · 5. März 2024") of the same header.
 */
function justAbove(el: Element, headline: Element, o: { textEnd: number }, h: { text: number }): boolean {
  const box = headline.closest('header, article');
  return box !== null && box.contains(el) && h.text - o.textEnd <= ABOVE_TEXT;
}

/** The last heading that starts before a place in document order. */
function nearestHeading(headings: Element[], order: Layout['order'], at: number): Element | null {
  let lo = 0;
  let hi = headings.length - 1;
  let found: Element | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (order.get(headings[mid]!)!.at <= at) {
      found = headings[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A teaser's title links to its own story; a list's heading says what the list is. */
function titlesOtherStories(heading: Element, pageUrl: string | null): boolean {
  if (LIST_HEADING.test(textOf(heading))) return true;
  return Array.from(heading.querySelectorAll('a[href]')).some((a) => {
    const href = (a.getAttribute('href') ?? '').trim();
    return (
      href !== '' &&
      !href.startsWith('#') &&
      !/^(?:javascript|mailto):/i.test(href) &&
      !(pageUrl && sameUrl(href, pageUrl, pageUrl))
    );
  });
}
