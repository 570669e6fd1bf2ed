import { buildArticle, layOut } from '../../src/engine/article.js';
import { BLOCK_TAGS } from '../../src/extract/blocks.js';
import { evidenceSpans } from '../../src/extension/highlights.js';
import { extractPage, readExpected, type TestPage } from '../helpers/pages.js';

/**
 * Where a highlight is, in words a test page's expected.json can be checked against: its text,
 * the block (paragraph) it starts in, which copy of that block it is when the block's text
 * repeats, and how far into the block it starts. A highlight on the wrong copy of a repeated
 * paragraph, or on a standfirst instead of the body, has another block, copy or offset.
 */
export interface Placement {
  text: string;
  block: string;
  copy: number;
  offset: number;
}

/** Runs in the page, in either browser: every registered highlight's placement, by highlight name. */
export function readPlacements(blockTags: string[]): Record<string, Placement[]> {
  const blocks = new Set(blockTags);
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
  // Every element in the order the extension reads the page: children, then an open shadow root's.
  const all: Element[] = [];
  const stack: Node[] = [document.body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 1) all.push(node as Element);
    const children = [...Array.from(node.childNodes), ...Array.from((node as Element).shadowRoot?.childNodes ?? [])];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  const out: Record<string, Placement[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    out[name] = [...highlight].map((range) => {
      let block: Node | null = range.startContainer;
      while (block && !(block.nodeType === 1 && blocks.has((block as Element).tagName))) block = block.parentNode;
      const element = block as Element;
      const text = fold(element.textContent ?? '');
      const before = document.createRange();
      before.setStart(element, 0);
      before.setEnd(range.startContainer, range.startOffset);
      return {
        text: fold(range.toString()),
        block: text,
        copy: all.filter((e) => e.tagName === element.tagName && fold(e.textContent ?? '') === text).indexOf(element),
        offset: before.toString().replace(/\s+/g, ' ').replace(/^ /, '').length,
      };
    });
  });
  return out;
}

export const BLOCKS = [...BLOCK_TAGS];

/**
 * Where expected.json's offsets say each highlight goes: every claim's sentences in its severity's colour,
 * its words underlined, and the words it is checked against marked apart.
 */
export function expectedPlacements(page: TestPage): Record<string, Placement[]> {
  const input = extractPage(page);
  const article = buildArticle(input);
  const { text, paragraphs } = layOut(input.paragraphs);
  const out: Record<string, Placement[]> = {};
  const place = (name: string, start: number, end: number) => {
    const p = paragraphs.find((q) => q.start <= start && start < q.end)!;
    const block = text.slice(p.start, p.end);
    const copy = paragraphs.filter((q) => q.start < p.start && text.slice(q.start, q.end) === block).length;
    (out[name] ??= []).push({
      text: text.slice(start, end).replace(/\s+/g, ' ').trim(),
      block,
      copy,
      offset: start - p.start,
    });
  };
  for (const f of readExpected(page)?.findings ?? []) {
    for (const e of f.evidence) {
      if (e.start === null) continue;
      const spans = evidenceSpans(text, { ...e, sentence: article.sentenceAt(e.start)?.text ?? e.text });
      if (!spans) continue;
      // What a claim is checked against is marked as such, its words alone.
      if ('role' in e && e.role === 'reference') {
        const words = spans.span ?? spans.sentence;
        place('telltale-reference', words.start, words.end);
        continue;
      }
      place(`telltale-${f.severity === 'info' ? 'low' : f.severity}`, spans.sentence.start, spans.sentence.end);
      if (spans.span) place('telltale-span', spans.span.start, spans.span.end);
    }
  }
  return sorted(out);
}

export function sorted(placements: Record<string, Placement[]>): Record<string, Placement[]> {
  const key = (p: Placement) => `${p.block}\u0000${p.copy}\u0000${String(p.offset).padStart(8, '0')}\u0000${p.text}`;
  return Object.fromEntries(
    Object.entries(placements)
      .filter(([name]) => name !== 'telltale-flash')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, list]) => [name, [...list].sort((a, b) => key(a).localeCompare(key(b)))]),
  );
}

/**
 * How the pages written for the page map must be read, so that each test runs the path it is
 * about: the short pages go through Readability's second pass on a fresh copy (aligned by text),
 * the shadow-root page keeps its nodes. Every page must be found whole.
 */
export const HOW_FOUND: Record<string, RegExp> = {
  'repeated-paragraph': /^nodes:0 aligned:[1-9]\d* missing:0$/,
  standfirst: /^nodes:0 aligned:[1-9]\d* missing:0$/,
  'inline-shadow': /^nodes:[1-9]\d* aligned:0 missing:0$/,
};
export const FOUND_WHOLE = /missing:0$/;

/** The checks a page's expected.json lists, as the popup lists them (by severity, then in report order). */
export function expectedChecks(page: TestPage): string[] {
  return (readExpected(page)?.findings ?? []).map((f) => f.check).sort();
}

/** Runs in the popup: the checks it lists, each entry counted as often as the passage it stands for repeats. */
export function listedChecks(els: Element[]): string[] {
  return els.flatMap((e) =>
    Array<string>(Number((e as HTMLElement).dataset.count ?? 1)).fill((e as HTMLElement).dataset.check ?? ''),
  );
}
