import { anyOf, wordList } from './alternation.js';
/** A half-open span of UTF-16 offsets into Article.text. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  paragraph: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations whose full stop ends no sentence: months, titles, "No.", "U.S", an initial. */
const ABBREVIATIONS = wordList(String.raw`
  Jan Feb Mar Apr Jun Jul Aug Sept? Oct Nov Dec Mr Mrs Ms Dr Prof Gen Lt Col Sgt Capt Cmdr Adm Gov
  Sen Rep Rev St Jr Sr No Nos Vol Fig vs etc approx U\.S U\.K U\.N E\.U [A-Z]
`);
/** Words after which a period does not end a sentence in news prose ("Jan. 9", "Gen. Smith", "U.S. officials"). */
const ABBREVIATION = new RegExp(String.raw`(?:^|[\s(])${anyOf(ABBREVIATIONS)}\.\s*$`);

/**
 * Where an abbreviation can stand: the end of a sentence, which has no white space after it. Read
 * from its last characters only (a sentence-long search at every break costs more), enough for the
 * longest abbreviation with the character before it: a shorter cut cannot make "^" match wrongly.
 */
const TAIL = 32;

/**
 * The longest sentence read as one. A "sentence" beyond it is no prose (a list run together, a
 * page's text with no full stop) and is read in pieces of at most this length, cut at a clause
 * break or a space: every reading of a sentence costs at most this much per date in it, so that the
 * audit grows with the text, and evidence quotes no more of a sentence than this. The longest
 * sentence in the shared corpora is 2,780 characters.
 */
export const MAX_SENTENCE_CHARS = 3_000;

/** Splits one paragraph into sentences, merging the segmenter's breaks after abbreviations. */
export function splitSentences(text: string, base: number, paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  for (const seg of segmenter.segment(text)) {
    const start = base + seg.index;
    const trimmed = seg.segment.trimEnd();
    if (!trimmed) continue;
    const body = trimmed.trimStart();
    const prev = out[out.length - 1];
    // "conveniences.[0] Bitcoin": the segmenter breaks inside a citation marker, which belongs to the sentence before.
    const marker = prev?.text.endsWith('[') ? /^\d{1,3}\]/.exec(seg.segment) : null;
    if (prev && marker) {
      prev.end += marker[0].length;
      prev.text = text.slice(prev.start - base, prev.end - base);
      const rest = seg.segment.slice(marker[0].length);
      const restBody = rest.trim();
      if (restBody) {
        const restStart = start + marker[0].length + (rest.length - rest.trimStart().length);
        out.push({ start: restStart, end: restStart + restBody.length, text: restBody, paragraph });
      }
      continue;
    }
    // A sentence's text ends where its white space begins: only one ending in "." can end in an abbreviation.
    if (
      prev &&
      prev.text.endsWith('.') &&
      ABBREVIATION.test(prev.text.slice(-TAIL)) &&
      /^\s*[\dA-Za-z]/.test(seg.segment)
    ) {
      prev.end = start + trimmed.length;
      prev.text = text.slice(prev.start - base, prev.end - base);
      continue;
    }
    out.push({ start: start + trimmed.length - body.length, end: start + trimmed.length, text: body, paragraph });
  }
  return out.some((x) => x.text.length > MAX_SENTENCE_CHARS) ? out.flatMap(inPieces) : out;
}

/** Where a piece of an overlong sentence ends: after its last clause break, or else its last space. */
const CLAUSE_BREAK = /[;:,—–)]\s/g;

function inPieces(s: Sentence): Sentence[] {
  const pieces: Sentence[] = [];
  let from = 0;
  const { text } = s;
  while (text.length - from > MAX_SENTENCE_CHARS) {
    const stretch = text.slice(from, from + MAX_SENTENCE_CHARS);
    let cut = -1;
    // Only the stretch's second half: a piece of a few words would be no better than a cut inside one.
    const half = MAX_SENTENCE_CHARS / 2;
    for (const m of stretch.slice(half).matchAll(CLAUSE_BREAK)) cut = half + m.index + 1;
    if (cut === -1) cut = lastSpace(stretch);
    if (cut <= 0) cut = MAX_SENTENCE_CHARS - (/[\uD800-\uDBFF]/.test(stretch.at(-1)!) ? 1 : 0);
    const piece = stretch.slice(0, cut).trimEnd();
    pieces.push({ start: s.start + from, end: s.start + from + piece.length, text: piece, paragraph: s.paragraph });
    from += cut;
    while (from < text.length && /\s/.test(text[from]!)) from++;
  }
  if (from < text.length) {
    pieces.push({ start: s.start + from, end: s.end, text: text.slice(from), paragraph: s.paragraph });
  }
  return pieces;
}

function lastSpace(text: string): number {
  for (let i = text.length - 1; i > 0; i--) if (/\s/.test(text[i]!)) return i;
  return -1;
}
