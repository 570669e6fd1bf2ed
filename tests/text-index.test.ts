import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/cli/dom.js';
import { blocksOf } from '../src/extract/blocks.js';
import { indexText } from '../src/extension/text-index.js';

const body = (html: string) => parseDocument(`<!doctype html><html><body>${html}</body></html>`).body as Node;

describe('indexText', () => {
  it('folds white space and puts blocks on their own lines', () => {
    expect(indexText(body('<p>Hello   <b>big</b>\n  world.</p><div>Next <i>one</i>.</div>')).text).toBe(
      'Hello big world.\nNext one.\n',
    );
  });

  it('maps each character back to its text node, and a folded space to the next word', () => {
    const index = indexText(body('<p>Hello   <b>big</b>\n  world.</p>'));
    const at = (i: number) => {
      const p = index.point(i)!;
      return `${p.node.data}@${p.offset}`;
    };
    expect(at(0)).toBe('Hello   @0');
    expect(at(6)).toBe('big@0');
    expect(at(9)).toBe('\n  world.@3');
    expect(at(10)).toBe('\n  world.@3');
    expect(index.point(16)).toBeNull(); // the line break after the block
  });

  it('reads its lines as blocksOf reads its paragraphs (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9.,'’]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '\n', '\t ', '', '\u00a0');
    const inline = fc.tuple(fc.constantFrom('span', 'b', 'a'), word, space).map(([t, w, s]) => `<${t}>${w}</${t}>${s}`);
    const block = fc
      .tuple(fc.constantFrom('p', 'div', 'li', 'h2'), fc.array(fc.oneof(inline, word), { minLength: 1, maxLength: 6 }))
      .map(([t, xs]) => `<${t}>${xs.join(' ')}</${t}>`);
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const root = body(blocks.join(''));
        const lines = indexText(root).text.split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        expect(lines).toEqual(blocksOf(root));
      }),
      { numRuns: 200 },
    );
  });

  it('maps every word of generated pages back to itself (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9.,'’]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '\n', '\t ', '');
    const chunk = fc.tuple(word, space);
    const block = fc
      .array(chunk, { minLength: 1, maxLength: 6 })
      .map((cs) => cs.map(([w, s]) => `<span>${w}</span>${s}`).join(' '));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocks) => {
        const index = indexText(body(blocks.map((b) => `<p>${b}</p>`).join('')));
        for (let i = 0; i < index.text.length; i++) {
          if (/\s/.test(index.text[i]!)) continue;
          const p = index.point(i)!;
          expect(p.node.data[p.offset]).toBe(index.text[i]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
