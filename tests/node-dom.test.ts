import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/cli/dom.js';
import { extractHtmlString } from '../src/cli/extract-node.js';

/**
 * The command line's DOM answers as a browser does. Each expectation is what Chromium answers on
 * the same markup (the HTML standard's parsing and the DOM standard's calls); linkedom's own
 * parser and its `compareDocumentPosition` answered otherwise on every one of them.
 */
const LONG =
  'The harbour board met on Tuesday to discuss the tenders for the new quay, the dredging of the ' +
  'channel and the timetable of the works.';
const FOLLOWING = 4;
const PRECEDING = 2;

describe("the command line's DOM", () => {
  it('compares nodes in document order, not by depth', () => {
    const doc = parseDocument(
      `<main><div><div><h1 id="deep">Headline</h1></div></div><p id="shallow">After ` +
        `it</p><section><p id="inside">x</p></section></main>`,
    );
    const $ = (id: string) => doc.getElementById(id)!;
    expect($('deep').compareDocumentPosition($('shallow'))).toBe(FOLLOWING);
    expect($('shallow').compareDocumentPosition($('deep'))).toBe(PRECEDING);
    expect($('deep').firstChild!.compareDocumentPosition($('shallow').firstChild!)).toBe(FOLLOWING);
    expect(doc.querySelector('section')!.compareDocumentPosition($('inside'))).toBe(16 | FOLLOWING);
    expect($('inside').compareDocumentPosition(doc.querySelector('section')!)).toBe(8 | PRECEDING);
    expect($('deep').compareDocumentPosition($('deep'))).toBe(0);
    const loose = doc.createElement('p');
    const there = loose.compareDocumentPosition($('deep'));
    const back = $('deep').compareDocumentPosition(loose);
    expect(there & 1 && there & 32 && back & 1).toBeTruthy();
    expect((there & (FOLLOWING | PRECEDING)) ^ (back & (FOLLOWING | PRECEDING))).toBe(FOLLOWING | PRECEDING);
  });

  it("reads the author and the date from an old page's upper-case markup", () => {
    const input = extractHtmlString(
      `<HTML><HEAD><TITLE>Tenders open for the new quay</TITLE><META NAME="author" CONTENT="Lina Moss">
      <META PROPERTY="article:published_time" CONTENT="2024-03-05T08:00:00Z"></HEAD>
      <BODY><H1>Tenders open for the new quay</H1><P CLASS="Byline">By Lina Moss<P>${LONG}<P>${LONG}</BODY></HTML>`,
      'page.html',
    );
    expect(input.dates.map((d) => d.source)).toContain('meta:article:published_time');
    expect(input.bylines.map((b) => b.source)).toEqual(expect.arrayContaining(['meta', 'visible']));
  });

  it('parses as the HTML standard does: upper-case attributes, implied ends, text after </body>', () => {
    const doc = parseDocument(
      `<HTML><HEAD><META NAME="author" CONTENT="Lina Moss"></HEAD><BODY><P CLASS="Byline">By Lina ` +
        `Moss<DIV>block</DIV></BODY></HTML><p>after</p>`,
    );
    expect(doc.querySelectorAll('meta[name="author"]').length).toBe(1);
    expect(doc.querySelector('[class*="byline" i]')?.textContent).toBe('By Lina Moss');
    expect(Array.from(doc.body.children, (e) => e.tagName)).toEqual(['P', 'DIV', 'P']);
    expect(doc.body.lastElementChild!.textContent).toBe('after');
  });

  it('keeps text whole across entities and line ends, and template content out of the page', () => {
    const doc = parseDocument(
      '<p>Fish &amp; chips&nbsp;at the quay\r\nin March</p><template><p class="dateline">March 1, 2024</p></template>',
    );
    const p = doc.querySelector('p')!;
    expect(p.childNodes.length).toBe(1);
    expect(p.textContent).toBe('Fish & chips\u00a0at the quay\nin March');
    expect(doc.querySelectorAll('.dateline').length).toBe(0);
  });

  it('reads the title wherever it stands, white space folded', () => {
    expect(
      parseDocument('Notice: a stray line<html><head><title>\n  Harbour   news\n</title></head><body></body></html>')
        .title,
    ).toBe('Harbour news');
  });

  it('parses innerHTML in the context of its element', () => {
    const div = parseDocument('').createElement('div');
    div.innerHTML = '<h2>Harbour<h3>Quay</h3></h2><table><tr><td>cell</td></tr></table>';
    expect(Array.from(div.children, (n) => n.tagName)).toEqual(['H2', 'H3', 'TABLE']);
    expect(div.querySelector('table > tbody > tr > td')?.textContent).toBe('cell');
  });

  it('reads an inline style as a browser does: names in any case, !important apart', () => {
    const doc = parseDocument(
      `<div id="a" style="display: none !important"></div><div id="b" style="DISPLAY:none"></div>
      <div id="c" style="background: url(data:image/png;base64,AAAA); visibility : ` +
        `hidden"></div><div id="d" style="display:block !important; display:none"></div>`,
    );
    const style = (id: string) => (doc.getElementById(id) as HTMLElement).style;
    expect([style('a').display, style('b').display, style('c').visibility, style('d').display]).toEqual([
      'none',
      'none',
      'hidden',
      'block',
    ]);
    expect(style('c').getPropertyValue('VISIBILITY')).toBe('hidden');
  });

  it('leaves out of the article what an inline style hides', () => {
    const input = extractHtmlString(
      `<html><body><article><h1>Quay</h1><p>${LONG}</p><div style="display:none !important"><p>The ` +
        `hidden tender closed on March 5, 2024, with nine bids from abroad and a late ` +
        `one.</p></div><p>${LONG}</p></article></body></html>`,
      'page.html',
    );
    expect(input.paragraphs.join(' ')).not.toContain('hidden tender');
  });

  it('holds <noscript> as text, as a tab with scripts on does, or as elements with scripting off', () => {
    const html = '<noscript><p class="dateline">March 1, 2024</p></noscript>';
    expect(parseDocument(html).querySelectorAll('.dateline').length).toBe(0);
    expect(parseDocument(html, { scripting: false }).querySelectorAll('.dateline').length).toBe(1);
  });
});
