import { anyOf, wordList } from '../engine/text/alternation.js';
/** The browsers' extension stores, where no extension may run. */
const STORES = wordList(String.raw`
  chrome\.google\.com\/webstore chromewebstore\.google\.com addons\.mozilla\.org
  microsoftedge\.microsoft\.com\/addons
`);
/** Pages the browser does not let extensions read: its own pages, the add-on stores, the PDF viewer. */
const RESTRICTED = [
  /^(?:chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|resource|data|blob):/i,
  new RegExp(String.raw`^https:\/\/${anyOf(STORES)}`, 'i'),
  /\.pdf(?:[?#]|$)/i,
];

export function isRestricted(url: string | undefined): boolean {
  return !url || RESTRICTED.some((r) => r.test(url));
}
