import { Readability } from '@mozilla/readability';
import type { ArticleInput, Placed } from '../engine/article.js';
import type { Byline, DateCandidate } from '../engine/report/schema.js';
import { blocksOf } from './blocks.js';
import { parseDateline } from '../engine/time/dateline.js';
import { jsonLdArticle, jsonLdAuthors, jsonLdDates, metaAuthors, metaDates, visibleBylines, visibleDates } from './metadata.js';

/** The page has no article to audit: navigation, a login form, an empty shell. */
export class NoArticleError extends Error {
  constructor(source: string) {
    super(`no article found in ${source}`);
    this.name = 'NoArticleError';
  }
}

const MIN_WORDS = 12;
/** How far into the article a dateline or byline may stand and still belong to its header. */
const HEAD_PARAGRAPHS = 5;
const isVisible = (source: string) => !source.startsWith('json-ld') && !source.startsWith('meta');

/**
 * Harvests dates and bylines, each with its source, then picks the article with Readability,
 * which rewrites the document: pass a copy you do not need again (the content script passes
 * `composedClone(document)`, never the live page; Node passes linkedom's parse).
 */
export function extractDocument(doc: Document, source: string): ArticleInput {
  return readDocument(doc, source).input;
}

/**
 * The same, with the element Readability kept: its text nodes are the ones the paragraphs were
 * read from, which is how the content script finds them again on the live page.
 */
export function readDocument(doc: Document, source: string): { input: ArticleInput; content: Node | null } {
  const ld = jsonLdArticle(doc);
  const dates: Array<Placed<DateCandidate>> = dedupe([...jsonLdDates(ld), ...metaDates(doc), ...visibleDates(doc)]);
  const bylines: Array<Placed<Byline>> = [...jsonLdAuthors(ld), ...metaAuthors(doc), ...visibleBylines(doc)];
  const parsed = new Readability(doc, { serializer: (el: Node) => el }).parse();
  const content = parsed?.content as unknown as Node | undefined;
  const paragraphs = content ? blocksOf(content) : [];
  // Navigation, a cookie notice or a login form is not an article, however Readability scores it.
  if (paragraphs.join(' ').split(/\s+/).filter(Boolean).length < MIN_WORDS) throw new NoArticleError(source);
  // A date alone on one of the article's first lines is a dateline, whatever its markup.
  paragraphs.slice(0, HEAD_PARAGRAPHS).forEach((p, i) => {
    for (const d of parseDateline(p, 'dateline')) if (!dates.some((x) => x.value === d.value && x.kind === d.kind)) dates.push({ ...d, paragraph: i });
  });
  if (parsed?.byline && !bylines.some((b) => b.text === parsed.byline)) {
    bylines.push({ name: parsed.byline.trim(), source: 'readability', text: parsed.byline.trim() });
  }
  // A visible byline or dateline the article's first lines kept is shown where it stands there.
  for (const item of [...dates, ...bylines]) {
    if (item.paragraph !== undefined || !isVisible(item.source)) continue;
    const at = paragraphs.slice(0, HEAD_PARAGRAPHS).findIndex((p) => p.includes(item.text));
    if (at !== -1) item.paragraph = at;
  }
  const title = parsed?.title?.trim() || doc.title?.trim() || null;
  return { input: { source, title, paragraphs, dates, bylines }, content: content ?? null };
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
