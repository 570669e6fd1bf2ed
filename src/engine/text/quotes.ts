import type { Span } from './sentences.js';

/**
 * Text the article reports rather than asserts: spans inside quotation marks, and what follows a
 * verb of saying or a "such as" that introduces an example. A check may still look inside them,
 * but never raises more than a low finding there.
 */
const PAIRS: Array<[string, string]> = [['“', '”'], ['«', '»'], ['„', '“'], ['‘', '’']];

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

/** Verbs and phrases after which the rest of the sentence reports someone else's words. */
const REPORTING = /(?:\b(?:says?|said|read|reads|wrote|writes|stated|states|included|includes|including|contained|contains|featured|features|saying|stating|reading|declaring|declared|like|as|such\s+as|phrases?|lines?|messages?|notices?|sentences?|text|words|disclaimers?|warnings?|examples?|responses?|replies|answers?)\s*:)|\b(?:phrases?|lines?|messages?|sentences?|text|words|wording|snippets?|passages?|responses?|replies|boilerplate)\s+(?:like|such\s+as|including|that\s+(?:said|read|say|reads?|began|begin|started|start)|reading|saying|stating)\b|\b(?:(?:said|says|say|read|reads|wrote|write|writes|began|begin|begins|started|start|starts|ended|end|ends|included|include|includes)\s+with)\b|\bsuch\s+as\b/gi;

/** Words one of REPORTING's alternatives needs: a sentence with none of them reports nothing. */
const REPORTING_NEEDS = /:|such|with|phrase|line|message|sentence|text|word|snippet|passage|respons|replies|boilerplate/i;

export function reportedSpans(sentence: string, base: number): Span[] {
  const spans: Span[] = [];
  if (!REPORTING_NEEDS.test(sentence)) return spans;
  for (const m of sentence.matchAll(REPORTING)) {
    spans.push({ start: base + m.index + m[0].length, end: base + sentence.length });
    break;
  }
  return spans;
}
