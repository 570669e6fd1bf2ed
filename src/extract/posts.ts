import { BLOCK_TAGS, textOf } from './blocks.js';

/** Where a page shows a date: a dateline block, a timestamp, microdata, a <time>. */
export const DATE_BLOCK =
  '[class*="dateline" i], [class*="date" i], [class*="timestamp" i], [class*="published" i], ' +
  '[class*="posted" i], [itemprop="datePublished" i], [itemprop="dateModified" i], time';

const POST_CHARS = 2500;
/** A post says something: a header's row of items (a byline, a date, an update) does not. */
const PROSE_CHARS = 40;
const hasProse = (box: Element) =>
  Array.from(box.querySelectorAll('p')).some(
    (p) => textOf(p).length >= PROSE_CHARS && !p.querySelector(DATE_BLOCK) && !p.matches(DATE_BLOCK),
  );

/**
 * A live blog's posts: three or more sibling blocks alike (same tag, same class), each short, each
 * with its own time and its own prose. A byline row shown above and below the story is two of a
 * kind; a whole story repeated below (a page that scrolls on to the next) is too long to be a post.
 * Found in one pass over the page, each element looked at as a parent once.
 */
export function postsIn(root: Element): ReadonlySet<Element> {
  const posts = new Set<Element>();
  for (const parent of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const alike = new Map<string, Element[]>();
    for (const child of Array.from(parent.children)) {
      if (!child.className) continue;
      const key = `${child.tagName}|${child.className}`;
      const group = alike.get(key);
      if (group) group.push(child);
      else alike.set(key, [child]);
    }
    for (const group of alike.values()) {
      if (group.length < 3) continue;
      const stamped = group.filter((o) => textOf(o).length <= POST_CHARS && o.querySelector(DATE_BLOCK) && hasProse(o));
      if (stamped.length >= 3) for (const o of stamped) posts.add(o);
    }
  }
  return posts;
}

/**
 * A date that stamps a post, not the article: it stands on its own line in the post (not inside a
 * sentence of it), below `top`, the container that is the article's own (the one holding its
 * headline, or Readability's copy of the article).
 */
export function stampsAPost(el: Element, top: Element, posts: ReadonlySet<Element>): boolean {
  if (!posts.size) return false;
  let block: Element | null = null;
  for (let box = el.parentElement; box && box !== top && !box.contains(top); box = box.parentElement) {
    if (!block && BLOCK_TAGS.has(box.tagName.toUpperCase())) block = box;
    if (posts.has(box)) return block === box || (block !== null && textOf(block) === textOf(el));
  }
  return false;
}

/**
 * "The plant opened on <time>March 3, 1998</time>, and it employed 400 workers.": a date inside a
 * sentence of prose is something the story tells, not when it was published, wherever it stands.
 */
export function standsInProse(el: Element): boolean {
  // A block of its own is a line of its own; an element without words (microdata) stands nowhere.
  if (BLOCK_TAGS.has(el.tagName.toUpperCase()) || !textOf(el)) return false;
  let block = el.parentElement;
  while (block && !BLOCK_TAGS.has(block.tagName.toUpperCase())) block = block.parentElement;
  // Only a block of words (a paragraph), not one that holds other blocks with the date between them.
  if (!block || Array.from(block.children).some((c) => BLOCK_TAGS.has(c.tagName.toUpperCase()))) return false;
  const around = textOf(block).replace(textOf(el), '').trim();
  return around.length >= PROSE_AROUND_CHARS && /[.!?]["”’)]?$/.test(around);
}
const PROSE_AROUND_CHARS = 60;
