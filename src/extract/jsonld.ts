import type { Byline, DateCandidate } from '../engine/report/schema.js';
import { decodeEntities } from './entities.js';
import { sameUrl } from './page-identity.js';
import { anyOf, wordList } from '../engine/text/alternation.js';

export type LdObject = Record<string, unknown>;

/** schema.org types of an article or a post. */
const ARTICLE_TYPE_NAMES = wordList(`
  Article NewsArticle BlogPosting Report ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle
  BackgroundNewsArticle ReviewNewsArticle AskPublicNewsArticle LiveBlogPosting ScholarlyArticle
  TechArticle SatiricalArticle Review ClaimReview SocialMediaPosting DiscussionForumPosting
  MedicalWebPage MedicalScholarlyArticle
`);
const ARTICLE_TYPES = new RegExp(String.raw`^${anyOf(ARTICLE_TYPE_NAMES)}$`);
/** Carries dates too, but of a clip that may be older than the story around it: taken only when nothing else is. */
const MEDIA_TYPES = /^(?:VideoObject|AudioObject|PodcastEpisode)$/;
const MAX_OBJECTS = 500;

const typesOf = (o: LdObject) => ([] as unknown[]).concat(o['@type'] ?? []).map(String);

/** Every object in the page's JSON-LD blocks, through arrays, `@graph` and `mainEntity`. */
export function jsonLdObjects(doc: Document): LdObject[] {
  const out: LdObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const data = lenientJson(script.textContent ?? '');
    if (data === undefined) continue;
    const queue: unknown[] = [data];
    while (queue.length && out.length < MAX_OBJECTS) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...(item as unknown[]));
      else if (item && typeof item === 'object') {
        const o = item as LdObject;
        out.push(o);
        if (o['@graph']) queue.push(o['@graph']);
        if (o.mainEntity && typeof o.mainEntity === 'object') queue.push(o.mainEntity);
      }
    }
  }
  return out;
}

/**
 * JSON as pages write it in a script: wrapped in a CDATA section or an HTML comment for old
 * parsers ("//<![CDATA[ {...} //]]>"), or with a comma before a closing bracket. Undefined when
 * it is not JSON even then.
 */
export function lenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const unwrapped = text
      .replace(/^\s*(?:\/\/|\/\*)?\s*<!\[CDATA\[\s*(?:\*\/)?/, '')
      .replace(/(?:\/\/|\/\*)?\s*\]\]>\s*(?:\*\/)?\s*$/, '')
      .replace(/^\s*<!--/, '')
      .replace(/-->\s*$/, '')
      .replace(/,(\s*[}\]])/g, '$1');
    try {
      return JSON.parse(unwrapped);
    } catch {
      return undefined;
    }
  }
}

/** The address an object says it is the main entity of: `mainEntityOfPage`, its `url` or its `@id`. */
function ownUrl(o: LdObject): string | null {
  const main = o.mainEntityOfPage;
  const fromMain =
    typeof main === 'string'
      ? main
      : main && typeof main === 'object'
        ? ((main as LdObject)['@id'] ?? (main as LdObject).url)
        : null;
  for (const v of [fromMain, o.url, o['@id']]) if (typeof v === 'string' && v.trim() && !v.startsWith('_:')) return v;
  return null;
}

/**
 * The page's own article: of the article-like objects, the one that says it is this page's main
 * entity and carries a date. A video's object, or another story's (its `mainEntityOfPage` points
 * elsewhere), loses to it; ties go to the first.
 */
export function mainArticle(objects: LdObject[], pageUrl: string | null): LdObject | null {
  let best: LdObject | null = null;
  let bestScore = -Infinity;
  for (const o of objects) {
    const types = typesOf(o);
    const article = types.some((t) => ARTICLE_TYPES.test(t));
    if (!article && !types.some((t) => MEDIA_TYPES.test(t))) continue;
    const url = ownUrl(o);
    let score = (article ? 2 : 0) + (typeof o.datePublished === 'string' ? 2 : 0);
    if (pageUrl && url && !url.startsWith('#')) score += sameUrl(url, pageUrl, pageUrl) ? 4 : -4;
    if (score > bestScore) [best, bestScore] = [o, score];
  }
  return best;
}

export function jsonLdDates(a: LdObject | null, plausible: (iso: string) => string | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!a) return out;
  for (const [key, kind] of [
    ['datePublished', 'published'],
    ['dateModified', 'modified'],
  ] as const) {
    const raw = a[key];
    const value = typeof raw === 'string' ? plausible(raw) : null;
    if (value) out.push({ value, kind, source: 'json-ld', text: raw as string });
  }
  return out;
}

/** People credited as authors: an Organization is the publisher, not a byline. */
export function jsonLdAuthors(a: LdObject | null): Byline[] {
  if (!a?.author) return [];
  return ([] as unknown[])
    .concat(a.author)
    .map((x) => {
      if (typeof x === 'string') return x;
      if (
        !x ||
        typeof x !== 'object' ||
        typesOf(x as LdObject).some((t) => /Organi[sz]ation|Corporation|NewsMediaOrganization/.test(t))
      )
        return null;
      return (x as { name?: unknown }).name;
    })
    .filter((n): n is string => typeof n === 'string' && n.trim().length > 0)
    .map((n) => decodeEntities(n).replace(/\s+/g, ' ').trim())
    .map((name) => ({ name, source: 'json-ld', text: name }));
}

/** The publisher's names as the JSON-LD gives them (the article's `publisher`, and the site's Organization). */
export function jsonLdPublishers(objects: LdObject[]): string[] {
  const out: string[] = [];
  for (const o of objects) {
    const publishers = ([] as unknown[]).concat(
      o.publisher ?? [],
      typesOf(o).some((t) => /^(?:Organization|NewsMediaOrganization|WebSite)$/.test(t)) ? o : [],
    );
    for (const p of publishers) {
      const name = p && typeof p === 'object' ? (p as LdObject).name : null;
      if (typeof name === 'string' && name.trim()) out.push(decodeEntities(name).trim());
    }
  }
  return out;
}
