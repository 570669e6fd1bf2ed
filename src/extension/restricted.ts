/** Pages the browser does not let extensions read: its own pages, the add-on stores, the PDF viewer. */
const RESTRICTED = [
  /^(?:chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|resource|data|blob):/i,
  /^https:\/\/(?:chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i,
  /\.pdf(?:[?#]|$)/i,
];

export function isRestricted(url: string | undefined): boolean {
  return !url || RESTRICTED.some((r) => r.test(url));
}
