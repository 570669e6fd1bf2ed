import { wordList } from './alternation.js';

/**
 * Which language an article is written in: from the words themselves, with what the page declares
 * (`<html lang>`, `og:locale`) as the tie-breaker. A mislabelled page is common (a German article on a
 * site whose template says `lang="en"`), so a clear reading of the text wins over the label.
 *
 * Function words are the signal: every sentence of a language uses its articles, prepositions and
 * conjunctions, whatever the subject, and they are few. The lists hold words that are frequent in one
 * language and rare as words in the others (no "a", "de", "la", "en", which several share).
 */

/** The languages the engine can name from the text; other scripts are named by their declaration. */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: wordList('the and of to is that was for with have has this from which were would their they been said'),
  de: wordList('der die und das ist nicht mit sich auf dem den ein eine auch wird sind wurde nach bei oder'),
  fr: wordList('le les et des est une dans pour qui pas sur avec au aux sont cette ont mais ses été'),
  es: wordList('el los las del muy por una con para como fue sus pero sobre también ha han este esta entre'),
  pt: wordList(`os das dos não uma com para ao foi pelo pela são também mais seu sua nos às está como na da em foram
    ele ela`),
  it: wordList('il della che di non sul gli sono nel alla delle anche questo è dei degli ha stato più con'),
  nl: wordList('het een van niet zijn op voor wij dat ook wordt werd naar bij uit maar nog heeft deze'),
};

/** Letters only Ukrainian writes, and letters only Russian writes, among the Cyrillic alphabets of the news. */
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/g;
const RUSSIAN_LETTERS = /[ыэъёЫЭЪЁ]/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Enough text to read a language from; the rest of a long article says the same. */
const SAMPLE_CHARS = 6000;
/** A reading needs this many function words, and the winner this share of them, to beat the label. */
const MIN_HITS = 6;
const CLEAR_SHARE = 0.5;
/** Without a label, a short text is read as another language than English on this many of its words. */
const FALLBACK_HITS = 3;

const INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const w of words) index.set(w, [...(index.get(w) ?? []), lang]);
  }
  return index;
})();

/** The primary subtag of a declared language ("en-GB" → "en", "pt_BR" → "pt"), or null. */
export function primaryLanguage(declared: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(declared ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** How many characters of a text are of the Latin script, of the Cyrillic, and letters of any other. */
export function letterScripts(text: string): { latin: number; cyrillic: number; other: number } {
  let cyrillic = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x41) continue;
    // ASCII is most of any text and needs no look-up: its letters are Latin, the rest no letters.
    if (unit < 0x80) {
      if (unit <= 0x5a || (unit >= 0x61 && unit <= 0x7a)) latin++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    const ch = String.fromCodePoint(point);
    if (LATIN.test(ch)) latin++;
    else if (CYRILLIC.test(ch)) cyrillic++;
    else if (LETTER.test(ch)) other++;
  }
  return { latin, cyrillic, other };
}
const LETTER = /\p{L}/u;

/** The language of a text: a clear reading of its words, else its declared language, else English for Latin script. */
export function detectLanguage(text: string, declared: string | null = null): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const label = primaryLanguage(declared);
  const { latin, cyrillic, other } = letterScripts(sample);
  if (cyrillic > latin && cyrillic >= other) {
    const uk = sample.match(UKRAINIAN_LETTERS)?.length ?? 0;
    const ru = sample.match(RUSSIAN_LETTERS)?.length ?? 0;
    if (uk > ru) return 'uk';
    if (ru > uk) return 'ru';
    return label === 'uk' || label === 'ru' ? label : 'ru';
  }
  if (other > latin) return label ?? 'und';
  const hits = new Map<string, number>();
  let total = 0;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const langs = INDEX.get(word);
    if (!langs) continue;
    total++;
    for (const l of langs) hits.set(l, (hits.get(l) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best && best[1] >= MIN_HITS && best[1] >= total * CLEAR_SHARE && (!second || best[1] > second[1] * 1.5))
    return best[0];
  if (label) return label;
  // Unlabelled and short: another language only on a plain majority, else the English the engine began with.
  return best && best[1] >= FALLBACK_HITS && (!second || best[1] > second[1] * 2) ? best[0] : 'en';
}
