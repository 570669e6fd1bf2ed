import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { leadingDateline, parseDateline } from '../src/engine/time/dateline.js';
import { NoArticleError } from '../src/extract/html.js';
import { extractHtmlString } from '../src/cli/extract-node.js';
import { extractText } from '../src/extract/text.js';

const page = (name: string) => readFileSync(new URL(`./pages/${name}/source.html`, import.meta.url), 'utf8');

describe('datelines', () => {
  it.each([
    ['June 16, 2024', '2024-06-16', 'published'],
    ['Published: 12 June 2022', '2022-06-12', 'published'],
    ['Posted on Friday, 4 October 2020 at 10:15 GMT', '2020-10-04', 'published'],
    ['Updated: Jan 1, 2024', '2024-01-01', 'modified'],
  ])('%s', (line, value, kind) => expect(parseDateline(line, 'dateline')).toMatchObject([{ value, kind }]));
  it('splits a published-and-updated line', () => {
    expect(
      parseDateline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', 'dateline').map((d) => [
        d.value,
        d.kind,
      ]),
    ).toEqual([
      ['2019-04-28', 'published'],
      ['2019-04-29', 'modified'],
    ]);
  });
  it.each([
    ['Date of publication: May 2, 2019', '2019-05-02'],
    ['Publication date: 2 May 2019', '2019-05-02'],
    ['Published on May 2, 2019', '2019-05-02'],
  ])('%s', (line, value) => expect(parseDateline(line, 'dateline')).toMatchObject([{ value, kind: 'published' }]));
  it.each([
    ['Published March 3 2018 Three firefighters were hurt when the roof fell in.', 'Published March 3 2018'],
    ['(Reuters) Monday 4 Feb 2020 - The central bank raised rates.', '(Reuters) Monday 4 Feb 2020'],
    ['OSLO, Feb 4, 2020 (Wire) - The central bank raised rates.', 'OSLO, Feb 4, 2020 (Wire)'],
    ['Updated: 5 March 2021 The council met again.', 'Updated: 5 March 2021'],
  ])('a story that runs on from its dateline: %s', (line, text) => {
    expect(leadingDateline(line, 'dateline')).toMatchObject({ text });
  });
  it.each([
    'WASHINGTON (Wire) — The Senate voted on Tuesday.',
    'The council met on March 3, 2018 to approve the plan.',
    'Posted on a forum on March 3, 2018, the video spread.',
    'OSLO, Feb 4 (Wire) - The central bank raised rates.',
  ])('no dateline to run on from: %s', (line) => expect(leadingDateline(line, 'dateline')).toBeNull());
  it('refuses a sentence that holds a date', () => {
    expect(parseDateline('The bridge reopened on June 16, 2024 after repairs.', 'dateline')).toEqual([]);
  });
});

describe('plain text', () => {
  it('reads datelines and bylines near the top, keeps every line as a paragraph', () => {
    const input = extractText(
      'June 16, 2024\n\nA headline for the story\n\nWritten by Ann Lee\n\n(Bo Kim, Wire Service) ' +
        'The story begins here.\nA second paragraph.',
      'x',
    );
    expect(input.dates.map((d) => d.value)).toEqual(['2024-06-16']);
    expect(input.bylines.map((b) => b.name)).toEqual(['Ann Lee', 'Bo Kim']);
    expect(input.title).toBe('A headline for the story');
    expect(input.paragraphs).toHaveLength(5);
  });
  it('reads a dateline the first line runs on from, and keeps the line', () => {
    const input = extractText(
      '(Wire) Monday 4 Feb 2020 - The central bank raised rates on Monday.\n\nMarkets fell.',
      'x',
    );
    expect(input.dates).toMatchObject([
      { value: '2020-02-04', source: 'dateline', text: '(Wire) Monday 4 Feb 2020', paragraph: 0 },
    ]);
    expect(input.paragraphs).toHaveLength(2);
  });
  it('joins hard-wrapped lines', () => {
    expect(
      extractText(
        'The council met on Tuesday to discuss the budget for the coming\nyear and the plans for the harbour.',
        'x',
      ).paragraphs,
    ).toHaveLength(1);
  });
});

describe('HTML', () => {
  it('collects dates with their sources and leaves related links out', () => {
    const input = extractHtmlString(page('stale-forecast'), 'stale-forecast.html');
    expect(input.dates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: '2024-02-06', kind: 'published', source: 'json-ld' }),
        expect.objectContaining({ value: '2024-02-07', kind: 'modified', source: 'json-ld' }),
        expect.objectContaining({ value: '2024-02-06', source: 'meta:article:published_time' }),
        expect.objectContaining({ value: '2024-02-06', source: 'dateline', text: 'February 6, 2024' }),
      ]),
    );
    expect(input.dates.some((d) => d.value === '2019-03-01')).toBe(false);
    expect(input.bylines.map((b) => b.name)).toContain('Petra Olsen');
    expect(input.paragraphs.some((p) => p.startsWith('Passenger numbers'))).toBe(true);
  });
  it('audits a page end to end', () => {
    const report = audit(extractHtmlString(page('stale-forecast'), 'stale-forecast.html'));
    expect(report.publishedAt).toBe('2024-02-06');
    expect(report.findings.map((f) => [f.check, f.severity])).toEqual([['stale-future', 'high']]);
  });
  it('finds nothing to say about a clean page', () => {
    const report = audit(extractHtmlString(page('clean'), 'clean.html'));
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('says when a page has no article', () => {
    expect(() => extractHtmlString('<html><body><nav><a href="/">Home</a></nav></body></html>', 'empty.html')).toThrow(
      NoArticleError,
    );
  });
});

describe('where datelines and bylines stand', () => {
  it('plain text: each carries the paragraph it is on', () => {
    const input = extractText(
      'June 16, 2024\n\nA headline for the story\n\nWritten by Ann Lee\n\nThe story begins here.',
      'x',
    );
    expect(input.dates.map((d) => d.paragraph)).toEqual([0]);
    expect(input.bylines.map((b) => b.paragraph)).toEqual([2]);
  });
  it("HTML: a visible dateline kept in the article's first lines is placed there; metadata is not", () => {
    const html =
      `<html><head><meta property="article:published_time" ` +
      `content="2024-06-16T08:00:00Z"></head><body><article><h1>Harbour works begin</h1>
      <p class="dateline">Posted on June 16, 2024</p>
      <p>The harbour board began the dredging of the channel on Monday, after years of planning and ` +
      `three public consultations about the costs.</p>
      <p>The works will last two years, the board said, and the quay will stay open to the ferries ` +
      `throughout the dredging.</p></article></body></html>`;
    const input = extractHtmlString(html, 'x');
    const visible = input.dates.find((d) => d.source !== 'meta:article:published_time')!;
    expect(input.paragraphs[visible.paragraph!]).toContain('Posted on June 16, 2024');
    expect(input.dates.find((d) => d.source === 'meta:article:published_time')!.paragraph).toBeUndefined();
  });
});
