import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { READABILITY_REWRITES, rewriteReadability } from '../scripts/readability-without-innerhtml.js';
import { parseDocument } from '../src/cli/dom.js';
import { testPages } from './helpers/pages.js';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
type ReadabilityClass = new (doc: unknown) => { parse(): { content: string; textContent: string } | null };
const load = (code: string): ReadabilityClass => {
  const module = { exports: {} as ReadabilityClass };
  // The patched copy parses <noscript> images with DOMParser, which parses with scripting off;
  // the pages are parsed so too, so that <noscript> holds elements and Readability's path through it runs.
  const DOMParser = class {
    parseFromString = (html: string) => parseDocument(html, { scripting: false });
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the patched bundle is run as the extension runs it
  new Function('module', 'DOMParser', code)(module, DOMParser);
  return module.exports;
};
const Original = load(source);
const Patched = load(rewriteReadability(source));

const real = path.resolve(import.meta.dirname, '..', '..', 'shared', 'realpages');
const pages = [
  ...testPages()
    .filter((p) => p.kind === 'html')
    .map((p) => path.join(p.dir, p.file)),
  ...(existsSync(real)
    ? readdirSync(real)
        .filter((f) => f.endsWith('.html'))
        .map((f) => path.join(real, f))
    : []),
];
const NOSCRIPT_PAGE =
  `<html><body><article><h1>Harbour</h1>
<p>The harbour board met on Tuesday to discuss the tenders for the new quay and the dredging of the ` +
  `channel, as it does every spring when the ice has gone.</p>
<img src="placeholder.gif"><noscript><img src="quay.jpg" alt="The new quay"></noscript>
<p>The board agreed to open the tender in May, after a long debate about the costs and the ` +
  `timetable of the works on the northern side.</p></article></body></html>`;

describe('Readability without innerHTML (the extension build)', () => {
  it('leaves no innerHTML assignment in the bundled copy', () => {
    expect(rewriteReadability(source)).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(() => rewriteReadability(source.replace(READABILITY_REWRITES[0]![0], ''))).toThrow(/Readability changed/);
  });

  it('takes the image out of a <noscript> as the original does', () => {
    const content = new Patched(parseDocument(NOSCRIPT_PAGE, { scripting: false })).parse()!.content;
    // The placeholder gives way to the real image; its old address is kept as a data attribute.
    expect(content).toMatch(/<img[^>]*\ssrc="quay\.jpg"/i);
    expect(content).not.toMatch(/\ssrc="placeholder\.gif"/i);
  });

  it.each([
    ...pages.map((p) => [path.relative(path.dirname(path.dirname(p)), p), () => readFileSync(p, 'utf8')] as const),
    ['noscript images', () => NOSCRIPT_PAGE] as const,
  ])('extracts the same article as the original from %s', (_name, html) => {
    const read = (R: ReadabilityClass) => R && new R(parseDocument(html(), { scripting: false })).parse();
    const a = read(Original);
    const b = read(Patched);
    expect(b?.textContent).toBe(a?.textContent);
    expect(b?.content).toBe(a?.content);
  });
});
