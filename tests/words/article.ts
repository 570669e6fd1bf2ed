import { buildArticle, type Article } from '../../src/engine/article.js';
import { tagPastTense } from '../../src/engine/text/tagger.js';
import { extractText } from '../../src/extract/text.js';

/** An article of one paragraph under a title, as the checks read it (without vitest, for the mutation script). */
export function articleOf(text: string): Article {
  return buildArticle(extractText(`Probe\n\n${text}`, 'words'), tagPastTense);
}

/** Examples made from one frame: `framed('a b', (w) => `x ${w}`)` is `{ a: 'x a', b: 'x b' }`. */
export const framed = (list: string, frame: (word: string) => string): Record<string, string> =>
  Object.fromEntries(
    list
      .trim()
      .split(/\s+/)
      .map((w) => [w, frame(w)]),
  );
