/**
 * Whether the content script already runs in this page (the popup injects it at each audit). The
 * mark is a property of the extension's own world keyed by a symbol: the page's scripts run in
 * another world, and the page's markup names window properties by strings only (an element with
 * `id="__telltale"` is `window.__telltale` in Chromium, in every world), so neither can set or
 * hide it.
 */
const MARK = Symbol.for('telltale.content-script');

export function firstInThisPage(): boolean {
  const world = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (world[MARK]) return false;
  world[MARK] = true;
  return true;
}
