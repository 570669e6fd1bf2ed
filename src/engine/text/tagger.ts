// The tagger is all we use: compromise/two, without the views and plugins of the full build.
import nlp from 'compromise/two';

/**
 * compromise's reading of one clause: the words it tags as verbs in the past tense, as written.
 * The one place the engine calls the tagger, so that the extension can load it only for an audit
 * that asks (wxt.config.ts puts src/extension/tagger-on-demand.ts in its place in the content script).
 */
export function tagPastTense(clause: string): string[] {
  return nlp(clause).match('#PastTense').out('array') as string[];
}
