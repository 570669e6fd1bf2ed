import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../src/extension/align.js';

/** The page's flattened text, one line per block, as `indexText` makes it. */
const page = (...blocks: string[]) => `${blocks.join('\n')}\n`;
/** Where each block starts in `page(...blocks)`. */
const starts = (blocks: string[]) => blocks.map((_, i) => blocks.slice(0, i).reduce((n, b) => n + b.length + 1, 0));

const REPEATED = 'The ribbon was cut on Monday by the youngest member of the reading club.';

describe('alignParagraphs', () => {
  it('puts each copy of a repeated paragraph on its own copy', () => {
    const blocks = [
      'Library opens',
      'The new wing opened this week.',
      REPEATED,
      'It has a quiet study hall.',
      REPEATED,
      'Books can be borrowed.',
      REPEATED,
    ];
    expect(alignParagraphs(page(...blocks), blocks.slice(1))).toEqual(starts(blocks).slice(1));
  });

  it('does not let a standfirst that repeats the first sentence take it', () => {
    const blocks = [
      'Library opens',
      'The new wing opened this week.',
      'The new wing opened this week. It cost less than planned.',
      'Books can be borrowed.',
    ];
    expect(alignParagraphs(page(...blocks), blocks.slice(2))).toEqual(starts(blocks).slice(2));
  });

  it('prefers the copy next to the article when a standfirst repeats the whole first paragraph', () => {
    const blocks = [
      'Library opens',
      'The new wing opened this week.',
      'Menu',
      'The new wing opened this week.',
      'Books can be borrowed.',
    ];
    expect(alignParagraphs(page(...blocks), blocks.slice(3))).toEqual(starts(blocks).slice(3));
  });

  it('prefers the copy in the article over a teaser below it', () => {
    const blocks = [
      'The new wing opened this week.',
      'Books can be borrowed.',
      'It has a study hall.',
      'More from the library',
      'Books can be borrowed.',
    ];
    expect(alignParagraphs(page(...blocks), blocks.slice(0, 3))).toEqual(starts(blocks).slice(0, 3));
  });

  it('finds a whole block before text inside a longer one', () => {
    const blocks = [
      'Opening hours: Books can be borrowed. Closed on Sundays.',
      'The new wing opened this week.',
      'Books can be borrowed.',
    ];
    expect(alignParagraphs(page(...blocks), blocks.slice(1))).toEqual(starts(blocks).slice(1));
  });

  it('leaves out a paragraph the page does not show, and places the rest', () => {
    const blocks = ['The new wing opened this week.', 'Books can be borrowed.'];
    expect(alignParagraphs(page(...blocks), [blocks[0]!, 'Text from inside a frame.', blocks[1]!])).toEqual([
      0,
      -1,
      starts(blocks)[1],
    ]);
  });

  it('reads a paragraph the page breaks in two with the break as a space', () => {
    expect(alignParagraphs(page('The new wing', 'opened this week.'), ['The new wing opened this week.'])).toEqual([0]);
  });

  it('keeps to the order of the article when a unique paragraph stands out of place', () => {
    const blocks = ['Books can be borrowed.', 'The new wing opened this week.', 'It has a study hall.', REPEATED];
    // The first paragraph of the article is found only above it (a teaser); it anchors nothing.
    const at = alignParagraphs(page(...blocks), [blocks[1]!, blocks[2]!, blocks[0]!, blocks[3]!]);
    expect(at.slice(0, 2)).toEqual(starts(blocks).slice(1, 3));
    expect(at[3]).toBe(starts(blocks)[3]);
  });

  it('places every block of a page read whole on itself, whatever repeats (property)', () => {
    const block = fc.constantFrom(
      'Alpha beta.',
      'Gamma delta epsilon.',
      'Alpha beta. Gamma delta epsilon.',
      REPEATED,
      'Zeta.',
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), (blocks) => {
        expect(alignParagraphs(page(...blocks), blocks)).toEqual(starts(blocks));
      }),
      { numRuns: 300 },
    );
  });

  it("places a paragraph only on its own text, in the article's order (property)", () => {
    const block = fc.constantFrom(
      'Alpha beta.',
      'Gamma delta epsilon.',
      'Alpha beta. Gamma delta epsilon.',
      REPEATED,
      'Zeta.',
      'Eta theta.',
    );
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 12 }),
        fc.array(block, { minLength: 1, maxLength: 8 }),
        (blocks, article) => {
          const text = page(...blocks);
          const at = alignParagraphs(text, article);
          let last = -1;
          at.forEach((a, i) => {
            if (a === -1) return;
            // A paragraph the page breaks in two is read with the break as a space.
            expect(text.slice(a, a + article[i]!.length).replace(/\n/g, ' ')).toBe(article[i]);
            expect(a).toBeGreaterThan(last);
            last = a;
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
