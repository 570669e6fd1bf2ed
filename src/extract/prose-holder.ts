import { textOf } from './blocks.js';

/**
 * Readability strips, before it scores anything, every element whose class or id sounds like page
 * furniture ("header", "social", "sponsor", "pager", "sidebar"...), unless it also sounds like
 * content. A site that names its story's box so ("text-header", "detail-sponsor") loses the whole
 * story to that rule; when the rest of the page holds enough text, Readability then returns the
 * navigation, and the page is refused as having no article. Readability's own words, kept here to
 * know when its rule would strike (`REGEXPS.unlikelyCandidates` and `okMaybeItsACandidate`).
 */
const UNLIKELY = new RegExp(
  [
    '-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header',
    'legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental',
    'ad-break|agegate|pagination|pager|popup|yom-remote',
  ].join('|'),
  'i',
);
const OK_MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
/** Readers' words are long too, but never the story: a thread is not rescued. */
const THREAD = /comment|disqus|replies|remark|community/i;

/** The story's box holds most of the page's paragraphs, and enough of them to be a story. */
const SHARE = 0.5;
const MIN_PARAGRAPHS = 5;
const MIN_CHARS = 1000;
/** Added to the box's class on the copy Readability reads: a word its rule lets through. */
export const PROSE_HOLDER_CLASS = 'telltale-article';

/**
 * Marks, on the copy about to be read, the element whose own paragraphs are most of the page's
 * prose, when Readability's furniture rule would strip it for its name alone. Returns it, or null.
 */
export function markProseHolder(doc: Document): Element | null {
  // Counted first, read only when needed: on most pages the box with the most paragraphs has a name Readability keeps.
  const paragraphs = Array.from(doc.querySelectorAll('p'));
  const byParent = new Map<Element, Element[]>();
  for (const p of paragraphs) {
    const parent = p.parentElement;
    if (!parent) continue;
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(p);
    else byParent.set(parent, [p]);
  }
  let best: Element | null = null;
  let most = MIN_PARAGRAPHS - 1;
  for (const [el, ps] of byParent) if (ps.length > most) [best, most] = [el, ps.length];
  if (!best) return null;
  const unlikely: Element[] = [];
  for (let el: Element | null = best; el && el.tagName.toUpperCase() !== 'BODY'; el = el.parentElement) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!UNLIKELY.test(name) || OK_MAYBE.test(name)) continue;
    if (THREAD.test(name)) return null;
    unlikely.push(el);
  }
  if (!unlikely.length) return null;
  const own = byParent.get(best)!.reduce((n, p) => n + textOf(p).length, 0);
  const total = paragraphs.reduce((n, p) => n + textOf(p).length, 0);
  if (own < MIN_CHARS || own < SHARE * total) return null;
  // The box and every element around it: Readability strips an unlikely ancestor with all it holds.
  for (const el of unlikely) el.setAttribute('class', `${el.getAttribute('class') ?? ''} ${PROSE_HOLDER_CLASS}`.trim());
  return unlikely[0]!;
}

/** A string in a script that is prose: two hundred characters and more, with the spaces of sentences. */
const PROSE_STRING = /"((?:[^"\\]|\\.){200,})"/g;
const PROSE_SPACES = 25;

/** The page keeps its story only as data for its scripts to build: asked before Readability, which removes scripts. */
export function storyOnlyInScripts(doc: Document): boolean {
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    if (/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    for (const m of (s.textContent ?? '').matchAll(PROSE_STRING)) {
      if ((m[1]!.match(/ /g)?.length ?? 0) >= PROSE_SPACES) return true;
    }
  }
  return false;
}
