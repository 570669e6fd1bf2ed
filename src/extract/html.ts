import { Readability } from '@mozilla/readability';
import type { ArticleInput, Placed } from '../engine/article.js';
import type { Byline, DateCandidate } from '../engine/report/schema.js';
import { blocksOf } from './blocks.js';
import { leadingDateline } from '../engine/time/dateline.js';
import { jsonLdAuthors, jsonLdDates, jsonLdObjects, jsonLdPublishers, mainArticle, type LdObject } from './jsonld.js';
import {
  isoOf,
  metaAuthors,
  metaDates,
  publisherTest,
  readDateline,
  titleDates,
  visibleBylines,
  visibleDates,
} from './metadata.js';
import { decodeEntities } from './entities.js';
import { pageUrlOf, siteNamesOf } from './page-identity.js';
import { clipDates, dropFurniture } from './furniture.js';
import { flattenDeep } from './depth.js';
import { markProseHolder, storyOnlyInScripts } from './prose-holder.js';

/** The page has no article to audit: navigation, a login form, an empty shell. */
export class NoArticleError extends Error {
  constructor(source: string, why = '') {
    super(`no article found in ${source}${why}`);
    this.name = 'NoArticleError';
  }
}

/**
 * Fewer words than this is a page without an article. Counted by the segmenter, not by spaces: Japanese and
 * Chinese write none.
 */
const MIN_WORDS = 12;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
/** Counting stops at the threshold, paragraph by paragraph: the segmenter slows down on long strings. */
function hasWords(paragraphs: readonly string[], wanted: number): boolean {
  let n = 0;
  for (const p of paragraphs) {
    for (const w of words.segment(p)) if (w.isWordLike && ++n >= wanted) return true;
  }
  return false;
}

/** How far into the article a dateline or byline may stand and still belong to its header. */
const HEAD_PARAGRAPHS = 5;
/** A paragraph this long is the story's prose: the header is over. */
const BODY_PARAGRAPH_CHARS = 120;
const isVisible = (source: string) => !source.startsWith('json-ld') && !source.startsWith('meta');

/**
 * Harvests dates and bylines, each with its source, then picks the article with Readability,
 * which rewrites the document: pass a copy you do not need again (the content script passes
 * `composedClone(document)`, never the live page; the CLI passes its own parse, `src/cli/dom.ts`).
 */
export function extractDocument(doc: Document, source: string): ArticleInput {
  return readDocument(doc, source).input;
}

/**
 * The same, with the element Readability kept: its text nodes are the ones the paragraphs were
 * read from, which is how the content script finds them again on the live page.
 */
export function readDocument(doc: Document, source: string): { input: ArticleInput; content: Node | null } {
  flattenDeep(doc);
  const pageUrl = pageUrlOf(doc, source);
  const objects = jsonLdObjects(doc);
  const ld = mainArticle(objects, pageUrl);
  const publishers = [...siteNamesOf(doc), ...jsonLdPublishers(objects)];
  const lang = declaredLanguage(doc, ld);
  const found = [...jsonLdDates(ld, isoOf), ...metaDates(doc, pageUrl), ...visibleDates(doc, pageUrl, lang)];
  const dates: Array<Placed<DateCandidate>> = dedupe(found);
  // The publisher's name credited as author ("author": "The Daily Post") is no person's byline, in JSON-LD either.
  const isPublisher = publisherTest(publishers);
  const ldAuthors = jsonLdAuthors(ld).filter((b) => !isPublisher(b.name));
  const others = [...metaAuthors(doc, publishers), ...visibleBylines(doc, pageUrl, publishers)];
  const bylines: Array<Placed<Byline>> = [...ldAuthors, ...others];
  const clips = clipDates(doc);
  const scripted = storyOnlyInScripts(doc);
  markProseHolder(doc);
  // Classes kept: they are how furniture (a caption, a share bar) says what it is.
  const parsed = new Readability(doc, { serializer: (el: Node) => el, keepClasses: true }).parse();
  const content = parsed?.content as unknown as Node | undefined;
  if (content) dropFurniture(content, pageUrl);
  const paragraphs = content ? blocksOf(content) : [];
  // Navigation, a cookie notice or a login form is not an article, however Readability scores it.
  if (!hasWords(paragraphs, MIN_WORDS)) {
    const why =
      ": its text is only in the data of a script, which the page's own code turns into the article " +
      '(telltale runs no page scripts)';
    throw new NoArticleError(source, scripted ? why : '');
  }
  // A date alone on one of the article's first lines, before its prose begins, is a dateline, whatever its markup.
  const head = paragraphs.slice(0, HEAD_PARAGRAPHS);
  const prose = head.findIndex((p) => p.length >= BODY_PARAGRAPH_CHARS);
  head.slice(0, prose === -1 ? head.length : prose + 1).forEach((p, i) => {
    if (clips.has(p.trim())) return;
    const own = readDateline(p, 'dateline', lang);
    for (const d of own)
      if (!dates.some((x) => x.value === d.value && x.kind === d.kind)) dates.push({ ...d, paragraph: i });
    // The story may run on from its dateline: "(Reuters) Monday 4 Feb 2020 - The bank ...".
    const lead = own.length || dates.some((d) => isVisible(d.source)) ? null : leadingDateline(p, 'dateline');
    if (lead) dates.push({ ...lead, paragraph: i });
  });
  const byline = decodeEntities(parsed?.byline ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (byline && !isPublisher(byline) && !bylines.some((b) => b.text === byline)) {
    bylines.push({ name: byline, source: 'readability', text: byline });
  }
  // A visible byline or dateline the article's first lines kept is shown where it stands there.
  for (const item of [...dates, ...bylines]) {
    if (item.paragraph !== undefined || !isVisible(item.source)) continue;
    const at = paragraphs.slice(0, HEAD_PARAGRAPHS).findIndex((p) => p.includes(item.text));
    if (at !== -1) item.paragraph = at;
  }
  // The title is the last place a reader sees a date: read only when the page gives none elsewhere.
  if (!dates.some((d) => d.kind === 'published')) dates.push(...titleDates(doc, lang));
  const title = parsed?.title?.trim() || doc.title?.trim() || null;
  return { input: { source, title, paragraphs, dates, bylines, lang }, content: content ?? null };
}

/** What the page says its language is: the article's own `inLanguage`, else the document's `lang`, else its locale. */
function declaredLanguage(doc: Document, ld: LdObject | null): string | null {
  const own = ld?.['inLanguage'];
  const candidates = [
    typeof own === 'string' ? own : null,
    doc.documentElement?.getAttribute('lang'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
  ];
  return candidates.find((c) => c && c.trim()) ?? null;
}

function dedupe(dates: DateCandidate[]): DateCandidate[] {
  const seen = new Set<string>();
  return dates.filter((d) => {
    const key = `${d.kind}|${d.source.split(':')[0]}|${d.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
