import { anyOf, wordList } from './alternation.js';
import type { Span } from './sentences.js';

/**
 * Text the article reports rather than asserts: spans inside quotation marks, and what follows a
 * verb of saying or a "such as" that introduces an example. A check may still look inside them,
 * but never raises more than a low finding there.
 */
const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
  ['‘', '’'],
];

export function quotedSpans(paragraph: string, base: number): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    let i = paragraph.indexOf(open);
    while (i !== -1) {
      const single = open === '‘';
      if (single && /\p{L}/u.test(paragraph[i - 1] ?? '')) {
        i = paragraph.indexOf(open, i + 1);
        continue;
      }
      let j = paragraph.indexOf(close, i + 1);
      // A closing single quote inside a word is an apostrophe ("don’t"), not the end of the quote.
      while (single && j !== -1 && /\p{L}/u.test(paragraph[j + 1] ?? '')) j = paragraph.indexOf(close, j + 1);
      if (j === -1) {
        // An unclosed double quote runs to the end of the paragraph, as news style writes long quotes.
        if (!single) spans.push({ start: base + i, end: base + paragraph.length });
        break;
      }
      spans.push({ start: base + i, end: base + j + 1 });
      i = paragraph.indexOf(open, j + 1);
    }
  }
  straightQuotes(paragraph, base, '"', spans);
  straightSingleQuotes(paragraph, base, spans);
  return spans.sort((a, b) => a.start - b.start);
}

function straightQuotes(paragraph: string, base: number, mark: string, spans: Span[]): void {
  let open = -1;
  for (let i = paragraph.indexOf(mark); i !== -1; i = paragraph.indexOf(mark, i + 1)) {
    if (open === -1) open = i;
    else {
      spans.push({ start: base + open, end: base + i + 1 });
      open = -1;
    }
  }
  if (open !== -1) spans.push({ start: base + open, end: base + paragraph.length });
}

function straightSingleQuotes(paragraph: string, base: number, spans: Span[]): void {
  if (!paragraph.includes("'")) return;
  for (const m of paragraph.matchAll(/(?<![\p{L}\p{N}])'(?=\S)([^'\n]{1,300}?)(?<=\S)'(?![\p{L}\p{N}])/gu)) {
    spans.push({ start: base + m.index, end: base + m.index + m[0].length });
  }
}

/** Verbs and phrases after which the rest of the sentence reports someone else's words, in four shapes. */
/** "It said: ...", "the warning: ...": a verb of saying or a word for words, then a colon. */
const BEFORE_A_COLON = wordList(String.raw`says? said read reads wrote writes stated states included includes
  including contained contains featured features saying stating reading declaring declared like as such\s+as
  phrases? lines? messages? notices? sentences? text words disclaimers? warnings? examples? responses? replies
  answers?`);
const COLON = String.raw`\b${anyOf(BEFORE_A_COLON)}\s*:`;
/** "Phrases like ...", "a line that read ...": a word for words, then what introduces them. */
const WORDS_FOR_WORDS = wordList(String.raw`phrases? lines? messages? sentences? text words wording snippets?
  passages? responses? replies boilerplate`);
const THAT_SAID = wordList('said say reads? began begin started start');
/** ("Such as" needs no word before it: SUCH_AS.) */
const INTRODUCING = wordList('like including reading saying stating');
const THAT_SAYS = String.raw`that\s+${anyOf(THAT_SAID)}`;
const INTRODUCERS = [...INTRODUCING, THAT_SAYS];
const INTRODUCED = String.raw`\b${anyOf(WORDS_FOR_WORDS)}\s+${anyOf(INTRODUCERS)}\b`;
/** "Began with ...", "ends with ...": a verb of saying or of order, then "with". */
const BEFORE_WITH = wordList(`said says say read reads wrote write writes began begin begins started start starts
  ended end ends included include includes`);
const WITH = String.raw`\b${anyOf(BEFORE_WITH)}\s+with\b`;
/** "Such as ...": an example. */
const SUCH_AS = String.raw`\bsuch\s+as\b`;
const REPORTING = new RegExp(anyOf([COLON, INTRODUCED, WITH, SUCH_AS]), 'gi');

/** Words one of REPORTING's alternatives needs: a sentence with none of them reports nothing. */
const REPORTING_NEEDS =
  /:|such|with|phrase|line|message|sentence|text|word|snippet|passage|respons|replies|boilerplate/i;

export function reportedSpans(sentence: string, base: number): Span[] {
  const spans: Span[] = [];
  if (!REPORTING_NEEDS.test(sentence)) return spans;
  for (const m of sentence.matchAll(REPORTING)) {
    spans.push({ start: base + m.index + m[0].length, end: base + sentence.length });
    break;
  }
  return spans;
}
