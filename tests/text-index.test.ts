import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { indexText } from '../src/extension/text-index.js';

interface Ends {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** linkedom has no Range to speak of; a recording one is all the index needs. */
const recorder = {
  createRange() {
    const r = {} as Ends & { setStart(n: Text, o: number): void; setEnd(n: Text, o: number): void };
    r.setStart = (n, o) => Object.assign(r, { startContainer: n, startOffset: o });
    r.setEnd = (n, o) => Object.assign(r, { endContainer: n, endOffset: o });
    return r;
  },
} as unknown as Document;

const page = (html: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return indexText(document.body, recorder);
};

/** The page text a range covers, read back from the DOM. */
const covered = (range: Range) => {
  const r = range as unknown as Ends;
  if (r.startContainer === r.endContainer) return r.startContainer.data.slice(r.startOffset, r.endOffset);
  return `${r.startContainer.data.slice(r.startOffset)}…${r.endContainer.data.slice(0, r.endOffset)}`;
};

describe('indexText', () => {
  it('folds white space and puts blocks on their own lines', () => {
    const index = page('<p>Hello   <b>big</b>\n  world.</p><div>Next <i>one</i>.</div>');
    expect(index.text).toBe('Hello big world.\nNext one.\n');
  });

  it('maps a flat range back to the text nodes it came from', () => {
    const index = page('<p>Hello   <b>big</b>\n  world.</p>');
    const at = index.find('big world');
    expect(covered(index.range(at, at + 'big world'.length)!)).toBe('big…\n  world');
  });

  it('finds a sentence that crosses a block break on the page', () => {
    const index = page('<p>The bridge</p><p>will close in May.</p>');
    expect(index.find('The bridge will close in May.')).toBe(0);
  });

  it('maps every word of generated pages back to itself (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9.,'’]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '\n', '\t ', '');
    const chunk = fc.tuple(word, space);
    const block = fc.array(chunk, { minLength: 1, maxLength: 6 }).map((cs) => cs.map(([w, s]) => `<span>${w}</span>${s}`).join(' '));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const index = page(blocks.map((b) => `<p>${b}</p>`).join(''));
        for (const m of index.text.matchAll(/\S+/g)) {
          const r = index.range(m.index, m.index + m[0].length) as unknown as Ends | null;
          expect(r).not.toBeNull();
          // A run of letters may span two adjacent spans: its first and last letters map home.
          expect(r!.startContainer.data[r!.startOffset]).toBe(m[0][0]);
          expect(r!.endContainer.data[r!.endOffset - 1]).toBe(m[0][m[0].length - 1]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
