/** Where a page shows a date: a dateline block, a timestamp, microdata, a <time>. */
export const DATE_BLOCK =
  '[class*="dateline" i], [class*="date" i], [class*="timestamp" i], [class*="published" i], [class*="posted" i], [itemprop="datePublished" i], [itemprop="dateModified" i], time';

/**
 * A live blog's posts are siblings alike (same tag, same class), each with its own time and its own
 * prose: a date in one of them stamps the post, not the article. The search stops at `top`, the
 * container that is the article's own (the one holding its headline, or Readability's copy of the
 * article): the article's neighbours may be teasers with dates, and that does not make its own
 * date a post's.
 */
export function stampsAPost(el: Element, top: Element): boolean {
  for (let box = el.parentElement; box && box !== top && !box.contains(top); box = box.parentElement) {
    // A post is short: a whole story repeated below (a page that scrolls on to the next) is not one.
    if ((box.textContent ?? '').length > POST_CHARS) return false;
    if (!box.className || !hasProse(box)) continue;
    const twins = Array.from(box.parentElement?.children ?? []).filter((o) => o !== box && o.tagName === box.tagName && o.className === box.className);
    // Three posts at least: a share bar or a byline row shown above and below the story is two of a kind.
    if (twins.filter((o) => o.querySelector(DATE_BLOCK) && hasProse(o)).length >= 2) return true;
  }
  return false;
}

const POST_CHARS = 2500;
/** A post says something: a header's row of items (a byline, a date, an update) does not. */
const PROSE_CHARS = 40;
const hasProse = (box: Element) =>
  Array.from(box.querySelectorAll('p')).some((p) => (p.textContent ?? '').trim().length >= PROSE_CHARS && !p.querySelector(DATE_BLOCK) && !p.matches(DATE_BLOCK));
