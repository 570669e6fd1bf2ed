import { describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { extractText } from '../src/extract/text.js';
import { evidenceSpans, locate } from '../src/extension/highlights.js';
import { composedClone } from '../src/extension/composed-clone.js';
import { buildPageMap, type PageMap } from '../src/extension/page-map.js';
import { readDocument } from '../src/extract/html.js';
import { covered, livePage, mapPage, type Ends } from './helpers/linkedom-page.js';

const REPEATED =
  'The ribbon was cut on Monday, March 5, 2024, by the youngest member of the reading club, who chose the first book.';
const STANDFIRST = 'The new wing of the Eastbrook library opened to readers this week.';
const BODY = [
  `${STANDFIRST} It took two years to build and cost less than the council had planned.`,
  REPEATED,
  'The wing adds a children’s room, a quiet study hall and a workshop where volunteers repair old ' +
    'books for the shelves.',
  REPEATED,
  'Librarians said the workshop had already taken in forty books, most of them atlases and cookery ' +
    'books from the war years.',
  REPEATED,
];
/**
 * A short article goes through Readability's second pass, on a fresh copy: the "supplemental" box is kept
 * only there.
 */
const SHORT_EXTRA = '<div class="supplemental"><p>Opening hours: nine to six on weekdays.</p></div>';

const html = (options: { short?: boolean } = {}) => {
  const paragraphs = (options.short ? [BODY[0]!, REPEATED, REPEATED, REPEATED] : BODY).map((p) => `<p>${p}</p>`);
  return `<!doctype html><html><head><title>Library wing opens</title></head><body>
<header><h1>Library wing opens</h1><p class="standfirst">${STANDFIRST}</p></header>
<article>${paragraphs.join('\n')}${options.short ? SHORT_EXTRA : ''}</article>
</body></html>`;
};

/** Which <p> of the page (in document order, shadow roots aside) a range starts in. */
const paragraphOf = (doc: Document, range: Range) =>
  [...doc.querySelectorAll('p')].indexOf((range as unknown as Ends).startContainer.parentNode as HTMLParagraphElement);

/** Every copy of REPEATED in the article text, placed. */
const copies = (map: PageMap) => {
  const out: Range[] = [];
  for (let at = map.text.indexOf(REPEATED); at !== -1; at = map.text.indexOf(REPEATED, at + 1)) {
    const place = map.place(at, at + REPEATED.length);
    expect(typeof place).not.toBe('string');
    out.push(place as Range);
  }
  return out;
};

describe.each([
  ['by node identity', { short: false, identity: true, found: 'nodes' }],
  ['by alignment', { short: false, identity: false, found: 'aligned' }],
  ['after Readability parsed a fresh copy', { short: true, identity: true, found: 'aligned' }],
])('the page map, %s', (_name, { short, identity, found }) => {
  const doc = livePage(html({ short }));
  const { map } = mapPage(doc, { identity });

  it('finds the paragraphs the way it says', () => {
    expect(new Set(map.found)).toEqual(new Set([found]));
  });

  it('puts each copy of a repeated paragraph on its own copy', () => {
    const ranges = copies(map);
    expect(ranges).toHaveLength(3);
    expect(ranges.map((r) => covered(r))).toEqual([REPEATED, REPEATED, REPEATED]);
    const where = ranges.map((r) => paragraphOf(doc, r));
    expect(new Set(where).size).toBe(3);
    expect([...where].sort((a, b) => a - b)).toEqual(where);
  });

  it('does not let the standfirst take the first sentence', () => {
    const at = map.text.indexOf(STANDFIRST);
    const range = map.place(at, at + STANDFIRST.length) as Range;
    expect(covered(range)).toBe(STANDFIRST);
    expect(paragraphOf(doc, range)).toBe(1); // the standfirst is paragraph 0
  });
});

describe('the page map', () => {
  it('follows text across inline elements and into an open shadow root', () => {
    const doc = livePage(
      `<!doctype html><html><head><title>Library</title></head><body><article><h1>Library</h1>
<p>The new wing of the Eastbrook library opened <a href="/wing">to readers</a> this week, <em>two ` +
        `years</em> after the council approved it.</p>
<library-note></library-note>
<p>Librarians said the workshop had already taken in forty books, most of them atlases from the war ` +
        `years.</p></article></body></html>`,
    );
    const root = doc.querySelector('library-note')!.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<p>The children’s room holds <b>two hundred</b> picture books and a reading tent for the smallest visitors.</p>';
    const { map } = mapPage(doc);
    const place = (words: string) => {
      const at = map.text.indexOf(words);
      return map.place(at, at + words.length) as Range;
    };
    const across = place('opened to readers this week, two years after');
    expect(covered(across)).toBe('opened … after');
    const shadow = place('holds two hundred picture books');
    expect(covered(shadow)).toBe('holds … picture books');
    expect((shadow as unknown as Ends).startContainer.getRootNode()).toBe(root);
  });

  it('says a paragraph that is not on the page is off the page, and places the others', () => {
    const doc = livePage(html());
    const { paragraphs } = mapPage(doc);
    // As extraction reads a paragraph from a same-origin frame: this page does not hold it.
    const framed = 'A paragraph read from a frame, which is another document.';
    const map = buildPageMap({
      doc,
      paragraphs: [paragraphs[0]!, framed, ...paragraphs.slice(1)],
      content: null,
      liveOf: () => undefined,
    });
    const at = map.text.indexOf(framed);
    expect(map.place(at, at + framed.length)).toBe('off-page');
    expect(map.found.filter((f) => f === null)).toHaveLength(1);
    const last = map.text.lastIndexOf(REPEATED);
    expect(covered(map.place(last, last + REPEATED.length) as Range)).toBe(REPEATED);
  });

  it('maps a giant page no further than the report covers', () => {
    const doc = livePage(html());
    const clone = composedClone(doc);
    const { input, content } = readDocument(clone.document, 'test');
    const whole = buildPageMap({ doc, paragraphs: input.paragraphs, content, liveOf: clone.liveOf });
    const cut = whole.text.indexOf(REPEATED) + REPEATED.length;
    const part = buildPageMap({ doc, paragraphs: input.paragraphs, content, liveOf: clone.liveOf, chars: cut });
    expect(part.text).toBe(whole.text.slice(0, cut));
    expect(new Set(part.found)).toEqual(new Set(['nodes']));
    expect(covered(part.place(cut - REPEATED.length, cut) as Range)).toBe(REPEATED);
    expect(part.place(cut + 2, cut + 20)).toBe('off-page');
  });

  it('maps the paragraph the audit’s budget cut, as far as the audit read it', () => {
    const doc = livePage(html());
    const clone = composedClone(doc);
    const { input, content } = readDocument(clone.document, 'test');
    const whole = buildPageMap({ doc, paragraphs: input.paragraphs, content, liveOf: clone.liveOf });
    const last = whole.text.lastIndexOf(REPEATED);
    // A budget that ends inside the last paragraph, after its first sentence's first words.
    const report = audit(input, { maxChars: last + 40 });
    expect(report.stats.chars).toBeGreaterThan(last);
    expect(report.stats.chars).toBeLessThan(whole.text.length);
    const chars = report.stats.chars;
    const part = buildPageMap({ doc, paragraphs: input.paragraphs, content, liveOf: clone.liveOf, chars });
    expect(part.text).toBe(whole.text.slice(0, report.stats.chars));
    expect(new Set(part.found)).toEqual(new Set(['nodes']));
    expect(covered(part.place(last, report.stats.chars) as Range)).toBe(whole.text.slice(last, report.stats.chars));
    expect(part.place(report.stats.chars, whole.text.length)).toBe('off-page');
  });

  it('says the page changed when the text is no longer where it was, rather than guess', () => {
    const doc = livePage(html());
    const { map } = mapPage(doc);
    const at = map.text.lastIndexOf(REPEATED);
    const paragraphs = [...doc.querySelectorAll('article p')];
    expect(typeof map.place(at, at + REPEATED.length)).not.toBe('string');
    (paragraphs[paragraphs.length - 1]!.firstChild as Text).data = 'The page rewrote this paragraph after the audit.';
    expect(map.place(at, at + REPEATED.length)).toBe('changed');
    paragraphs[1]!.remove();
    const second = map.text.indexOf(REPEATED);
    expect(map.place(second, second + REPEATED.length)).toBe('changed');
    // The paragraph in between still stands where it was.
    const third = map.text.indexOf(REPEATED, second + 1);
    expect(covered(map.place(third, third + REPEATED.length) as Range)).toBe(REPEATED);
  });
});

describe('evidence on the page', () => {
  it('is its sentence, and the words inside it', () => {
    const text = `${BODY[0]} ${REPEATED}`;
    const start = text.indexOf('Monday, March 5, 2024');
    const e = { text: 'Monday, March 5, 2024', sentence: REPEATED, start, end: start + 'Monday, March 5, 2024'.length };
    expect(evidenceSpans(text, e)).toEqual({
      sentence: { start: text.indexOf(REPEATED), end: text.length },
      span: { start: e.start, end: e.end },
    });
    expect(evidenceSpans(text, { ...e, text: REPEATED, start: text.indexOf(REPEATED), end: text.length })).toEqual({
      sentence: { start: text.indexOf(REPEATED), end: text.length },
      span: null,
    });
    expect(evidenceSpans(text, { ...e, start: null, end: null })).toBeNull();
  });

  it('is located copy by copy for a report on the page', () => {
    const doc = livePage(html());
    const { map, paragraphs } = mapPage(doc);
    const report = audit({
      ...extractText('', 'x'),
      paragraphs,
      dates: [{ value: '2024-03-08', kind: 'published', source: 'test', text: '' }],
    });
    const onPage = locate(report, map);
    const weekdays = onPage.findings.filter((l) => l.finding.check === 'weekday-mismatch');
    expect(weekdays).toHaveLength(3);
    expect(weekdays.map((l) => covered(l.spans[0]!.range))).toEqual([
      'Monday, March 5, 2024',
      'Monday, March 5, 2024',
      'Monday, March 5, 2024',
    ]);
    expect(new Set(weekdays.map((l) => paragraphOf(doc, l.sentences[0]!.range))).size).toBe(3);
    expect(onPage.changed).toBe(false);
  });
});
