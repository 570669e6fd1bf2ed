import { AI_AGENT } from '../engine/lexicon/ai-agents.js';
import { BLOCK_TAGS, textOf } from './blocks.js';
import { sameUrl } from './page-identity.js';
import { DATE_BLOCK, postsIn, stampsAPost } from './posts.js';
import { parseDateline } from '../engine/time/dateline.js';
import { anyOf, wordList } from '../engine/text/alternation.js';

/**
 * Page furniture Readability keeps inside the article: captions and credits, a clip's player and
 * the date of a clip in a figure, copyright and
 * citation lines, "Read more" and "Related" links, newsletter and follow prompts, lists of other
 * stories' headlines, embedded social posts (another author's words, stamped with their own
 * date), the times of a live blog's posts, readers' comments. None of it is the article's own
 * prose, so no check may quote it or reason
 * from its dates. It is taken out of Readability's copy (never the page), before the text is read,
 * so that the text and the page map agree.
 */
/** What holds a clip (the audio or video of a lead figure) and its player: its dates are the clip's. */
const PLAYERS = '[class*="media-player" i], [class*="video-player" i], [class*="audio-player" i]';
export const CLIP_CONTAINERS = `figure, video, audio, ${PLAYERS}`;

/** The dates a page shows for its clips, by their words: Readability may keep one as a line of its own, unmarked. */
export function clipDates(doc: Document): Set<string> {
  const clips = CLIP_CONTAINERS.split(', ')
    .flatMap((c) => [`${c} time`, `${c} [class*="date" i]`])
    .join(', ');
  return new Set(
    Array.from(doc.querySelectorAll(clips))
      .map(textOf)
      .filter((t) => t.length > 0),
  );
}

const FURNITURE_ELEMENTS = [
  `figcaption, figure time, video, audio, ${PLAYERS}`,
  'aside, nav, form, button, [class*="caption" i], [class*="credit" i], [class*="related" i]',
  '[class*="newsletter" i], [class*="signup" i], [class*="sign-up" i], [class*="subscribe" i]',
  '[class*="social" i], [class*="share" i], [class*="promo" i], [class*="recirc" i]',
  '[class*="read-more" i], [class*="readmore" i], [class*="more-from" i], [class*="trending" i]',
  '[class*="popular" i], [class*="copyright" i], [class*="outbrain" i], [class*="taboola" i]',
  '[id*="related" i], [id*="newsletter" i], [id*="copyright" i], [class*="twitter-tweet" i]',
  '[class*="instagram-media" i], [class*="tiktok-embed" i], [class*="fb-post" i]',
  '[class*="bluesky-embed" i], [class*="reddit-card" i]',
].join(', ');

/**
 * Readers' comments, named by whole class words of a thread ("comments", "comment-list"; not
 * "comment" or "commentary", which may be an opinion piece itself): other people's words with
 * their own dates, left out however long the thread.
 */
const COMMENT_ELEMENTS =
  '.comments, .comment-list, .commentlist, .comments-area, .comment-respond, #comments, #disqus_thread, #respond';

/** Calls to sign up, follow or download. */
const PROMOTIONS = [
  'sign up',
  'subscribe',
  String.raw`follow (?:us|@?[\w.]+ on)`,
  'like us on',
  'join (?:us|our)',
  String.raw`get (?:our|the) [\w\s]{0,40}newsletter`,
  '(?:download|get) (?:our|the) app',
];
/** Lines that are about the page, not the story. Anchored and short: prose that merely mentions these words stays. */
const FURNITURE_TEXT: RegExp[] = [
  /^(?:copyright\b|©|ⓒ|\(c\)\s*\d{4})/i,
  /(?:^|[.|,]\s*)all rights reserved\.?$/i,
  /\b(?:retrieved|accessed)\b[^.]{0,60}\bfrom\s+(?:https?:\/\/|www\.)/i,
  /^(?:cite this (?:article|page|story|post)|how to cite)\b/i,
  /^\[?\s*(?:read|see|watch|listen)\s+(?:more|also|next|now|the full)\b/i,
  /^\[?\s*(?:related|recommended|more from|also read|read also|more on|more:|see also|further reading|trending)\b/i,
  new RegExp(String.raw`^${anyOf(PROMOTIONS)}\b`, 'i'),
  /^(?:image|photo|picture|media|video)\s*(?:caption|copyright|credit)\b/i,
  /^(?:photo|image|picture|credit|source|illustration)s?\s*(?:by\s*)?:/i,
  /\((?:image|photo|picture|credit|pictured)s?:\s*[^)]{1,80}\)\s*$/i,
  /\(\s*(?:[\w.&-]+\s+){0,2}(?:photo|image|picture|file photo)s?\s*(?:\/|by\b|:)\s*[^)]{1,80}\)\s*$/i,
  /^https?:\/\/\S+$/i,
];
/** Headings of lists of other stories: "Related", "Most read", "You may also like". */
const LIST_HEADINGS = wordList(String.raw`
  related\b more\s+(?:from|on|in|about|stories|news|like\s+this|to\s+(?:read|explore))\b
  (?:most\s+)?popular\b trending\b most\s+(?:read|viewed|shared|emailed|watched)\b recommended\b
  read\s+(?:more|next|also)\b also\s+read\b you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)\b
  latest\s+(?:news|stories|posts|headlines|videos|articles)\b top\s+stories\b editor['’]?s\s+picks\b
  further\s+reading\b recent\s+(?:posts|stories|articles)\b in\s+case\s+you\s+missed\b
  what\s+to\s+read\b don['’]t\s+miss\b see\s+also\b
`);
/** A heading that titles a list of other stories: "Related", "More from the Courier", "Most popular". */
export const LIST_HEADING = new RegExp(String.raw`^\s*${anyOf(LIST_HEADINGS)}`, 'i');
const LIST_HEADING_CHARS = 60;

/** Longer than this, a date block is prose with a date in it, not a post's time (which must read as a date). */
const POST_STAMP_CHARS = 80;

/** A block this long that is not a link is the story again. */
const PROSE_CHARS = 120;
/** Above this, a block is prose whatever it contains. */
const SHORT = 300;
/** A block this much inside links is a list of other stories' headlines, not text. */
const LINKED = 0.9;

/**
 * A credit line that names an AI is the page speaking about its text: kept for the disclosure check, wherever
 * it stands.
 */
const NAMES_AI = new RegExp(`\\b${AI_AGENT}\\b`);

const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName.toUpperCase());
/** A line break does not make a container: "caption<br>credit" is one block of furniture. */
const isContainerBlock = (el: Element) => isBlock(el) && !/^(?:BR|HR)$/i.test(el.tagName);

/** The blocks with no block inside them, found in one walk without recursion (pages nest thousands deep). */
function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const hasBlock = new Set<Element>();
  const stack: Array<{ el: Element; leaving: boolean }> = [{ el: root, leaving: false }];
  while (stack.length) {
    const { el, leaving } = stack.pop()!;
    if (leaving) {
      if (isContainerBlock(el) && !hasBlock.has(el) && el !== root) out.push(el);
      if (isContainerBlock(el) || hasBlock.has(el)) {
        const parent = el.parentElement;
        if (parent) hasBlock.add(parent);
      }
      continue;
    }
    stack.push({ el, leaving: true });
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ el: children[i]!, leaving: false });
  }
  return out;
}

export function dropFurniture(content: Node, pageUrl: string | null): void {
  const root = content as Element;
  if (typeof root.querySelectorAll !== 'function') return;
  const total = textOf(root).length;
  // A class name is a hint, not proof: a wrapper of most of the story ("entry-content share-bar-host") stays.
  const small = (el: Element) => {
    const n = textOf(el).length;
    return n <= 400 || (n <= 1500 && n <= 0.3 * total);
  };
  const removable = (el: Element) => small(el) && !NAMES_AI.test(textOf(el));
  for (const el of Array.from(root.querySelectorAll(FURNITURE_ELEMENTS))) if (el !== root && removable(el)) el.remove();
  for (const el of Array.from(root.querySelectorAll(COMMENT_ELEMENTS)))
    if (el !== root && root.contains(el) && textOf(el).length <= 0.8 * total) el.remove();
  // A live blog's post times would read as the article's dateline at the top of its text.
  // Found first and taken out after: each post is known by the times of the others.
  const posts = postsIn(root);
  const stamps = Array.from(root.querySelectorAll(DATE_BLOCK)).filter((el) => {
    const text = textOf(el);
    return (
      text.length <= POST_STAMP_CHARS &&
      (el.tagName.toUpperCase() === 'TIME' || parseDateline(text, 'dateline').length > 0) &&
      stampsAPost(el, root, posts)
    );
  });
  for (const el of stamps) el.remove();
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (!root.contains(heading) || !isListHeading(heading)) continue;
    // The list it titles runs to the next heading of its rank or above, or to the first prose that is not a link.
    const rank = Number(heading.tagName[1]);
    for (let next = heading.nextElementSibling; next;) {
      if (/^H[1-6]$/i.test(next.tagName) && Number(next.tagName[1]) <= rank) break;
      const text = textOf(next);
      if (!removable(next) || (text.length >= PROSE_CHARS && !linkedElsewhere(next, text, pageUrl))) break;
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    heading.remove();
  }
  for (const el of leafBlocks(root)) {
    const text = textOf(el);
    if (!text || text.length > SHORT) continue;
    if ((FURNITURE_TEXT.some((re) => re.test(text)) || linkedElsewhere(el, text, pageUrl)) && !NAMES_AI.test(text))
      el.remove();
  }
}

export function isListHeading(el: Element): boolean {
  const text = textOf(el);
  return text.length <= LIST_HEADING_CHARS && LIST_HEADING.test(text);
}

/** A short block that is all links to other pages: a headline list, a "next post" teaser. */
function linkedElsewhere(el: Element, text: string, pageUrl: string | null): boolean {
  if (/^(?:by|written by|words by)\b/i.test(text) || text.split(' ').length < 3) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || href.startsWith('#') || (pageUrl && sameUrl(href, pageUrl, pageUrl))) continue;
    linked += textOf(a).length;
  }
  return linked >= LINKED * text.length;
}
