// The tagger is all we use: compromise/two, without the views and plugins of the full build.
import nlp from 'compromise/two';

/**
 * compromise's reading of one clause: the words it tags as verbs in the past tense, as written.
 * The engine never imports this module: the caller hands it to `audit()` (option `tagger`), so
 * that what bundles the engine bundles compromise only if it asks for it.
 */
export function tagPastTense(clause: string): string[] {
  return nlp(clause).match('#PastTense').out('array') as string[];
}
