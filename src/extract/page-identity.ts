import { decodeEntities } from './entities.js';

/**
 * Who the page says it is: its own address (to tell its article from other stories' markup) and
 * the publisher's names (which CMSs also put where an author's name belongs).
 */
export function pageUrlOf(doc: Document, source: string): string | null {
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
  for (const candidate of [canonical, og, source]) {
    const url = absolute(candidate ?? '', /^https?:/i.test(source) ? source : undefined);
    if (url) return url;
  }
  return null;
}

function absolute(href: string, base: string | undefined): string | null {
  try {
    const url = new URL(href.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** One page, however it is written: scheme, "www.", a trailing slash, the query and the fragment aside. */
export function sameUrl(a: string, b: string, base?: string | null): boolean {
  const key = (href: string) => {
    const url = absolute(href, base ?? undefined);
    if (!url) return null;
    const u = new URL(url);
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${decodeURI(u.pathname)
      .replace(/\/(?:index\.html?)?$/i, '')
      .toLowerCase()}`;
  };
  const ka = key(a);
  return ka !== null && ka === key(b);
}

/** Normalised for comparison: case, spacing and punctuation aside. */
export const nameKey = (name: string) =>
  decodeEntities(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The site's own names, from the tags that carry them. */
export function siteNamesOf(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(
    doc.querySelectorAll(
      'meta[property="og:site_name" i], meta[name="application-name" i], ' +
        'meta[name="apple-mobile-web-app-title" i], meta[name="twitter:site" i]',
    ),
  )) {
    const content = (el.getAttribute('content') ?? '').trim().replace(/^@/, '');
    if (content) out.push(content);
  }
  return out;
}
