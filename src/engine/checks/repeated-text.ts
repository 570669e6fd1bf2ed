import type { Span } from '../text/sentences.js';
import { spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';

const messages = {
  paragraph: 'The same paragraph appears {{count}} times.',
  sentence: 'The same sentence appears {{count}} times.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'repeated-text',
  title: 'Repeated passage',
  description:
    'A sentence or paragraph of twelve words or more appears more than once, as pasted or generated text often does.',
  messages,
  languages: 'any',
};

const MIN_WORDS = 12;
const MAX_EVIDENCE = 25;
function countAlnum(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    const raw = text.charCodeAt(i);
    // Letters and digits anywhere in Unicode; typographic punctuation (quotes, dashes) is not counted.
    if (
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      (raw > 127 && raw !== 0xab && raw !== 0xbb && (raw < 0x2000 || raw > 0x206f))
    )
      n++;
  }
  return n;
}

/** Spaces in the span, counted up to `enough`: whether a span is long enough is settled early. */
function countSpaces(text: string, start: number, end: number, enough: number): number {
  let n = 0;
  for (let i = start; i < end && n < enough; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}
/** White space and punctuation folded: a plain character class, many times faster than \p{L} here. */
const normalise = (t: string) =>
  t
    .toLowerCase()
    .replace(/[\s.,;:!?'"“”‘’()[\]{}«»…–—\-/\\|*#@&%+=<>~`^_$€£•·]+/g, ' ')
    .trim();

/** The same paragraph or long sentence more than once; short boilerplate never reaches twelve words. */
export const repeatedText: Check<Id> = {
  meta,
  run(article) {
    const out: Array<Draft<Id>> = [];
    const covered = new Set<number>();
    const report = (groups: Map<string, Span[]>, kind: Id) => {
      for (const copies of groups.values()) {
        if (copies.length < 2) continue;
        copies.forEach((c) => covered.add(c.start));
        // Every copy as evidence, up to a number a reader can use; the count says the rest.
        out.push({
          severity: 'low',
          messageId: kind,
          data: { count: copies.length },
          evidence: copies.slice(0, MAX_EVIDENCE).map((c) => spanEvidence(article, c.start, c.end)),
        });
      }
    };
    const group = (spans: Span[]) => {
      // Copies have the same number of letters and digits whatever their punctuation: only spans
      // that share that count with another are worth normalising.
      const long = spans.filter(
        (s) =>
          s.end - s.start >= MIN_WORDS * 2 && countSpaces(article.text, s.start, s.end, MIN_WORDS - 1) >= MIN_WORDS - 1,
      );
      const byCount = new Map<number, Span[]>();
      for (const s of long) {
        const n = countAlnum(article.text, s.start, s.end);
        const list = byCount.get(n);
        if (list) list.push(s);
        else byCount.set(n, [s]);
      }
      const groups = new Map<string, Span[]>();
      for (const candidates of byCount.values()) {
        if (candidates.length < 2) continue;
        for (const s of candidates) {
          const key = normalise(article.text.slice(s.start, s.end));
          // its words, without splitting it
          if (countSpaces(key, 0, key.length, MIN_WORDS - 1) + 1 < MIN_WORDS) continue;
          const list = groups.get(key);
          if (list) list.push(s);
          else groups.set(key, [s]);
        }
      }
      return groups;
    };
    report(group(article.paragraphs), 'paragraph');
    report(group(article.sentences.filter((s) => !covered.has(article.paragraphs[s.paragraph]!.start))), 'sentence');
    return out;
  },
};
