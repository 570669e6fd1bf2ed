import type { WxtViteConfig } from 'wxt';

/** Vite's plugin type as WXT's own copy of Vite declares it. */
type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

/**
 * Readability assigns `innerHTML` twice, on the detached copy of the page it is given: to restore
 * the page between its passes, and to parse an image out of a `<noscript>`. Both are safe there,
 * but a store reviewer (and `web-ext lint`) cannot tell, so the extension's build swaps them for
 * DOM operations that do the same. A Readability release that changes those lines fails the
 * build here rather than shipping unpatched.
 */
export const READABILITY_REWRITES: Array<[string, string]> = [
  ['var pageCacheHtml = page.innerHTML;', 'var pageCacheHtml = page.cloneNode(true);'],
  ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);'],
  [
    'tmp.innerHTML = noscript.innerHTML;',
    'tmp.replaceChildren(...Array.from(' +
      'new DOMParser().parseFromString(' +
      '"<!doctype html><html><body>" + noscript.innerHTML + "</body></html>", "text/html").body.childNodes, ' +
      '(n) => doc.importNode(n, true)));',
  ],
];

export function rewriteReadability(code: string): string {
  let out = code;
  for (const [from, to] of READABILITY_REWRITES) {
    if (!out.includes(from))
      throw new Error(`Readability changed: "${from}" not found; review scripts/readability-without-innerhtml.ts`);
    out = out.replace(from, to);
  }
  return out;
}

export function readabilityWithoutInnerHtml(): Plugin {
  return {
    name: 'telltale:readability-without-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      return /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)
        ? { code: rewriteReadability(code), map: null }
        : null;
    },
  };
}
