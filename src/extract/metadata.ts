import type { Byline, DateCandidate } from '../engine/report/schema.js';
import { parseISODay, toISO } from '../engine/time/calendar.js';
import { parseDateline } from '../engine/time/dateline.js';

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
  'original-publish-date', 'date', 'dc.date', 'cxenseparse:recs:publishtime', 'displaydate',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'article.updated', 'lastmod'];
const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting|ScholarlyArticle|TechArticle|Review|SocialMediaPosting|VideoObject)$/;

function isoOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = parseISODay(value);
  if (day !== null) return toISO(day);
  const dl = parseDateline(value, 'x');
  return dl[0]?.value ?? null;
}

function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').trim();
}

export function metaDates(doc: Document): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
    const content = attr(el, 'content');
    const kind = PUBLISHED_META.includes(key) ? 'published' : MODIFIED_META.includes(key) ? 'modified' : null;
    const value = kind ? isoOf(content) : null;
    if (kind && value) out.push({ value, kind, source: `meta:${key}`, text: content });
  }
  return out;
}

interface JsonLdArticle {
  datePublished?: unknown;
  dateModified?: unknown;
  author?: unknown;
}

/** The page's own article object from JSON-LD: the first of an article type, through @graph and arrays. */
export function jsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
        if (types.some((t) => ARTICLE_TYPES.test(t))) return o as JsonLdArticle;
        if (o['@graph']) queue.push(o['@graph']);
        if (o.mainEntity) queue.push(o.mainEntity);
      }
    }
  }
  return null;
}

export function jsonLdDates(a: JsonLdArticle | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!a) return out;
  for (const [key, kind] of [['datePublished', 'published'], ['dateModified', 'modified']] as const) {
    const raw = a[key];
    const value = typeof raw === 'string' ? isoOf(raw) : null;
    if (value) out.push({ value, kind, source: 'json-ld', text: raw as string });
  }
  return out;
}

export function jsonLdAuthors(a: JsonLdArticle | null): Byline[] {
  if (!a?.author) return [];
  return ([] as unknown[])
    .concat(a.author)
    .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as { name?: unknown }).name : null))
    .filter((n): n is string => typeof n === 'string' && n.trim().length > 0)
    .map((name) => ({ name: name.trim(), source: 'json-ld', text: name.trim() }));
}

export function metaAuthors(doc: Document): Byline[] {
  const out: Byline[] = [];
  for (const el of Array.from(doc.querySelectorAll('meta[name="author"], meta[property="article:author"], meta[name="byl"], meta[name="sailthru.author"], meta[name="parsely-author"]'))) {
    const content = attr(el, 'content');
    if (!content || /^https?:/i.test(content)) continue;
    out.push({ name: content, source: 'meta', text: content });
  }
  return out;
}

/** Containers whose dates belong to other stories: related links, navigation, comments. */
const ELSEWHERE = 'aside, nav, footer, li, [class*="related" i], [class*="comment" i], [class*="recommend" i], [class*="promo" i], [id*="related" i], [id*="comment" i], [id*="promo" i]';
const DATE_BLOCK = '[class*="dateline" i], [class*="date" i], [class*="timestamp" i], [class*="published" i], [class*="posted" i], [itemprop="datePublished"], [itemprop="dateModified"], time';

const BYLINE_BLOCK = '[rel="author"], [itemprop="author"], [class*="byline" i], [class*="author-name" i]';

const FOLLOWING = 4;

/**
 * The elements of the article's header that match a selector: those between the headline and the
 * first long paragraph of the story, outside related links, navigation and comments, whose dates
 * and names belong to other stories.
 */
function headerElements(doc: Document, selector: string): Element[] {
  const firstLong = Array.from(doc.querySelectorAll('p')).find((p) => (p.textContent ?? '').trim().length >= 120);
  const headline = doc.querySelector('h1');
  const after = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & FOLLOWING);
  return Array.from(doc.querySelectorAll(selector)).filter(
    (el) => !el.closest(ELSEWHERE) && (!firstLong || after(el, firstLong)) && (!headline || headline.contains(el) || after(headline, el) || !firstLong || !after(headline, firstLong)),
  );
}

/** Visible datelines: <time> elements and small date blocks in the article's header. */
export function visibleDates(doc: Document): DateCandidate[] {
  const out: DateCandidate[] = [];
  const seen = new Set<Element>();
  for (const el of headerElements(doc, DATE_BLOCK)) {
    if ([...seen].some((s) => s.contains(el))) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const itemprop = attr(el, 'itemprop').toLowerCase();
    let found = parseDateline(text, el.tagName === 'TIME' ? 'time' : 'dateline');
    if (!found.length && el.tagName === 'TIME') {
      const value = isoOf(attr(el, 'datetime'));
      if (value) found = [{ value, kind: /updated|modified/i.test(text) ? 'modified' : 'published', source: 'time', text: text || attr(el, 'datetime') }];
    }
    if (itemprop === 'datemodified') found = found.map((f) => ({ ...f, kind: 'modified' }));
    if (found.length) seen.add(el);
    out.push(...found);
  }
  return out;
}

/** Visible bylines in the article's header ("By Name", rel=author, itemprop=author). */
export function visibleBylines(doc: Document): Byline[] {
  const out: Byline[] = [];
  for (const el of headerElements(doc, BYLINE_BLOCK).slice(0, 6)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 100 || out.some((b) => b.text.includes(text) || text.includes(b.text))) continue;
    out.push({ name: text.replace(/^(?:by|written\s+by)\s*:?\s+/i, ''), source: 'visible', text });
  }
  return out;
}
