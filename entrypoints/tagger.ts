import { tagPastTense } from '../src/engine/text/tagger.js';

/**
 * compromise's tagger, injected beside the content script only when an audit needs it
 * (src/extension/tagger-on-demand.ts): an extension file run by `scripting.executeScript`, like
 * the content script, and not exposed to pages.
 */
export default defineUnlistedScript(() => {
  globalThis.__telltaleTagger = tagPastTense;
});
