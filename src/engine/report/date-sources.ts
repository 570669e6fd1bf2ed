import type { Byline, DateCandidate } from './schema.js';

/**
 * Where a date was found, as a reader would say it. Markup names ("json-ld", "meta:sailthru.date",
 * "microdata") are all the page's data; a date written in the article's header is at its top, or
 * in its byline when it stands with the author's name.
 */
export function sourceInWords(
  d: Pick<DateCandidate, 'source' | 'text'>,
  bylines: readonly Pick<Byline, 'name'>[] = [],
): string {
  const s = d.source;
  if (s === 'json-ld' || s === 'microdata' || s === 'meta' || s.startsWith('meta:')) return 'in the page’s data';
  if (s === 'time' || s.startsWith('dateline')) {
    return bylines.some((b) => b.name && d.text.includes(b.name)) ? 'in the byline' : 'at the top of the article';
  }
  if (s === 'option' || s === 'input') return 'given with the audit';
  if (s === 'warc-date') return 'when the page was archived';
  if (s.startsWith('text:')) return 'in the text, as the day it first ran';
  return `in the page (${s})`;
}
