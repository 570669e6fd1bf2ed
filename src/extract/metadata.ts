import type { Byline, DateCandidate } from '../engine/report/schema.js';
import { parseISODay, toISO } from '../engine/time/calendar.js';
import { isPlausiblePublication, parseDateline } from '../engine/time/dateline.js';
import { parseForeignDateline } from '../engine/time/foreign-dateline.js';
import { decodeEntities } from './entities.js';
import { headerElements, headlineOf } from './header.js';
import { nameKey, sameUrl } from './page-identity.js';
import { DATE_BLOCK, postsIn, stampsAPost, standsInProse } from './posts.js';

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'original-publish-date',
  'date',
  'dc.date',
  'cxenseparse:recs:publishtime',
  'displaydate',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
  'article.updated',
  'lastmod',
];

/** Pages spell a name with other punctuation ("article:published:time"): names are compared without it. */
const bare = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const META_NAMES = new Map<string, { name: string; kind: DateCandidate['kind'] }>([
  ...PUBLISHED_META.map((name) => [bare(name), { name, kind: 'published' as const }] as const),
  ...MODIFIED_META.map((name) => [bare(name), { name, kind: 'modified' as const }] as const),
]);

/** A machine-readable date as an ISO day, or null for a placeholder, an impossible or a relative value. */
export function isoOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = parseISODay(value);
  if (day !== null) {
    const iso = toISO(day);
    return isPlausiblePublication(iso) ? iso : null;
  }
  // "0001-01-01…" fails the calendar above but not chrono-node: what looks like ISO is read as ISO only.
  if (/^\s*\d{4}-\d{2}/.test(value)) return null;
  return parseDateline(value, 'x')[0]?.value ?? null;
}

function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').trim();
}

/**
 * Microdata belongs to the item it stands in. An item that says it is another page (its `url` or
 * `mainEntityOfPage`), or one inside another item, describes another story: a related post's
 * `dateModified` is not this page's.
 */
function ownItem(el: Element, pageUrl: string | null): boolean {
  const scope = el.closest('[itemscope]');
  if (!scope) return true;
  if (scope.parentElement?.closest('[itemscope][itemtype*="Article" i], [itemscope][itemtype*="Posting" i]'))
    return false;
  const ids = [attr(scope, 'itemid')];
  for (const p of Array.from(scope.querySelectorAll('[itemprop="url" i], [itemprop="mainEntityOfPage" i]'))) {
    if (p.closest('[itemscope]') === scope || p === scope)
      ids.push(attr(p, 'href') || attr(p, 'content') || attr(p, 'itemid'));
  }
  const url = ids.find((u) => u && !u.startsWith('#'));
  return !url || !pageUrl || sameUrl(url, pageUrl, pageUrl);
}

export function metaDates(doc: Document, pageUrl: string | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const itemprop = attr(el, 'itemprop');
    const known = META_NAMES.get(bare(attr(el, 'property') || attr(el, 'name') || itemprop));
    const content = attr(el, 'content');
    if (!known || (itemprop && !ownItem(el, pageUrl))) continue;
    const value = isoOf(content);
    if (value) out.push({ value, kind: known.kind, source: `meta:${known.name}`, text: content });
  }
  return out;
}

/** Names the page gives its author in meta tags; the publisher's own name is not a byline. */
export function metaAuthors(doc: Document, publishers: readonly string[]): Byline[] {
  const out: Byline[] = [];
  const isPublisher = publisherTest(publishers);
  for (const el of Array.from(
    doc.querySelectorAll(
      'meta[name="author" i], meta[property="article:author" i], meta[name="byl" i], ' +
        'meta[name="sailthru.author" i], meta[name="parsely-author" i]',
    ),
  )) {
    const content = decodeEntities(attr(el, 'content')).replace(/\s+/g, ' ').trim();
    if (!content || /^https?:/i.test(content) || isPublisher(content)) continue;
    out.push({ name: content, source: 'meta', text: content });
  }
  return out;
}

/** The publisher's name, with or without its article: "The Quay Courier" is "Quay Courier" too. */
export function publisherTest(publishers: readonly string[]): (name: string) => boolean {
  const bare = (name: string) => nameKey(name).replace(/^the\s+/, '');
  const keys = new Set(publishers.map(bare).filter(Boolean));
  return (name) => keys.has(bare(name));
}

const BYLINE_BLOCK = '[rel="author"], [itemprop="author"], [class*="byline" i], [class*="author-name" i]';

/**
 * Visible datelines: <time> elements and small date blocks in the article's header. A date the
 * text does not spell out whole ("Nov. 19", "5 hours ago") is read from the element's
 * `datetime` or `content`, which the page gives for machines; that one the reader does not see.
 */
export function visibleDates(doc: Document, pageUrl: string | null, lang: string | null = null): DateCandidate[] {
  const out: DateCandidate[] = [];
  const seen: Element[] = [];
  const headline = headlineOf(doc);
  const candidates = headerElements(doc, DATE_BLOCK, pageUrl);
  const posts = headline && candidates.length && doc.body ? postsIn(doc.body) : new Set<Element>();
  for (const el of candidates) {
    if (seen.some((s) => s.contains(el)) || standsInProse(el) || (headline && stampsAPost(el, headline, posts)))
      continue;
    const itemprop = attr(el, 'itemprop').toLowerCase();
    if (itemprop && !ownItem(el, pageUrl)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const isTime = el.tagName.toUpperCase() === 'TIME';
    let found = readDateline(text, isTime ? 'time' : 'dateline', lang);
    if (!found.length) {
      const raw = attr(el, 'datetime') || (itemprop ? attr(el, 'content') : '');
      const value = isoOf(raw);
      // A <time> shows its words beside the value it carries; any other element's attribute is for machines only.
      const shown = isTime && text.length > 0 && text.length <= 120;
      if (value)
        found = [
          {
            value,
            kind: /updated|modified/i.test(text) ? 'modified' : 'published',
            source: shown ? 'time' : 'microdata',
            text: shown ? text : raw,
          },
        ];
    }
    if (itemprop === 'datemodified') found = found.map((f) => ({ ...f, kind: 'modified' }));
    if (found.length) seen.push(el);
    out.push(...found);
  }
  return out;
}

/** A dateline in English as chrono-node reads it, else in the forms of the page's language. */
export function readDateline(text: string, source: string, lang: string | null): DateCandidate[] {
  const english = parseDateline(text, source);
  return english.length ? english : parseForeignDateline(text, source, lang);
}

/**
 * A date only in the document's title ("Hafen wird ausgebaggert | Nachrichten | 14.03.2023"): one
 * part of the title, between its separators, that is a date and nothing else.
 */
export function titleDates(doc: Document, lang: string | null): DateCandidate[] {
  const parts = (doc.title ?? '').split(/\s+[|–—·•]\s+|\s+-\s+/);
  for (const part of parts.slice(1)) {
    const found = readDateline(part, 'title', lang).filter((d) => d.kind === 'published');
    if (found.length === 1) return found;
  }
  return [];
}

/** Visible bylines in the article's header ("By Name", rel=author, itemprop=author). */
export function visibleBylines(doc: Document, pageUrl: string | null, publishers: readonly string[]): Byline[] {
  const out: Byline[] = [];
  const isPublisher = publisherTest(publishers);
  for (const el of headerElements(doc, BYLINE_BLOCK, pageUrl).slice(0, 6)) {
    const text = decodeEntities((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (!text || text.length > 100 || out.some((b) => b.text.includes(text) || text.includes(b.text))) continue;
    const name = text.replace(/^(?:by|written\s+by)\s*:?\s+/i, '');
    if (isPublisher(name)) continue;
    out.push({ name, source: 'visible', text });
  }
  return out;
}
