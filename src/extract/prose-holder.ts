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
  const byParent = new Map<Element, { chars: number; count: number }>();
  let total = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const n = textOf(p).length;
    total += n;
    const parent = p.parentElement;
    if (!parent) continue;
    const s = byParent.get(parent) ?? { chars: 0, count: 0 };
    s.chars += n;
    s.count++;
    byParent.set(parent, s);
  }
  let best: Element | null = null;
  let bestChars = 0;
  for (const [el, s] of byParent) {
    if (s.chars > bestChars && s.count >= MIN_PARAGRAPHS) [best, bestChars] = [el, s.chars];
  }
  if (!best || bestChars < MIN_CHARS || bestChars < SHARE * total) return null;
  // The box and every element around it: Readability strips an unlikely ancestor with all it holds.
  let marked: Element | null = null;
  for (let el: Element | null = best; el && el.tagName.toUpperCase() !== 'BODY'; el = el.parentElement) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!UNLIKELY.test(name) || OK_MAYBE.test(name)) continue;
    if (THREAD.test(name)) return null;
    el.setAttribute('class', `${el.getAttribute('class') ?? ''} ${PROSE_HOLDER_CLASS}`.trim());
    marked ??= el;
  }
  return marked;
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
