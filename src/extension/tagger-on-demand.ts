/**
 * The tagger as the content script has it. compromise is most of the engine's weight and few
 * pages need it (about one real page in eight here), so it travels as a script of its own
 * (entrypoints/tagger.ts) that the popup injects only when an audit asked for it. Until then this
 * module stands in for src/engine/text/tagger.ts (the extension build swaps them,
 * scripts/tagger-on-demand.ts), answers nothing and notes that it was asked: the audit is then
 * run again, whole, once the tagger is there.
 */
declare global {
  // Set by entrypoints/tagger.ts, in the content scripts' own world: the page cannot see or set it.
  var __telltaleTagger: ((clause: string) => string[]) | undefined;
}

let asked = false;

export function tagPastTense(clause: string): string[] {
  const tagger = globalThis.__telltaleTagger;
  if (tagger) return tagger(clause);
  asked = true;
  return [];
}

/** Whether anything asked for the tagger, before it was there, since the last call. */
export function taggerWasMissing(): boolean {
  const was = asked;
  asked = false;
  return was;
}
