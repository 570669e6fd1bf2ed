import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/engine/report/schema.js';
import { jsonLines, telltale, telltaleHere as here, withoutTimings } from './helpers/cli.js';
import { chunked, httpResponse, warc, type WarcRecord } from './helpers/warc.js';

const dir = mkdtempSync(path.join(tmpdir(), 'telltale-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Buffer | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html><head><title>${title}</title>${head}</head>` +
  `<body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

// A page that dates itself, with a weekday that does not fit its date (March 5, 2024 is a Tuesday).
const dated = page(
  'Quay vote',
  'The harbour board voted on Monday, March 5, 2024 to rebuild the old quay after a long debate about its cost.',
  '<meta property="article:published_time" content="2024-03-06">',
);
// A page that gives no date: only the capture date can say that its forecast is stale.
const undated = page(
  'Slump',
  'Experts at the regional bank say the slump in the building trade will last well into 2022, and ' +
    'prices will stay high.',
);
const german = page(
  'Brücke',
  'Die Brücke über den Hafen wird ein Jahr lang für die Reparaturen gesperrt, sagte der Stadtrat am Dienstag.',
);

const records: WarcRecord[] = [
  { type: 'warcinfo', block: 'software: handwritten\r\nformat: WARC File Format 1.0\r\n' },
  {
    type: 'request',
    uri: 'https://news.example/quay',
    contentType: 'application/http; msgtype=request',
    block: 'GET /quay HTTP/1.1\r\nHost: news.example\r\n\r\n',
  },
  {
    type: 'response',
    uri: 'https://news.example/quay',
    block: httpResponse(dated, { 'Content-Type': 'text/html; charset=utf-8' }),
  },
  {
    type: 'response',
    uri: 'https://news.example/logo.png',
    block: httpResponse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), { 'Content-Type': 'image/png' }),
  },
  {
    type: 'response',
    uri: 'https://news.example/gone',
    block: httpResponse(
      page('Gone', 'This page has moved somewhere else and is no longer here at all, sorry.'),
      { 'Content-Type': 'text/html' },
      '404 Not Found',
    ),
  },
  {
    type: 'response',
    uri: 'https://news.example/slump',
    date: '2024-01-15T08:30:00Z',
    block: httpResponse(chunked(gzipSync(undated)), {
      'Content-Type': 'text/html',
      'Content-Encoding': 'gzip',
      'Transfer-Encoding': 'chunked',
    }),
  },
  { type: 'revisit', uri: 'https://news.example/quay', block: 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' },
  { type: 'metadata', uri: 'https://news.example/quay', block: 'outlinks: https://news.example/slump\r\n' },
  {
    type: 'resource',
    uri: 'https://news.example/bruecke',
    contentType: 'text/html; charset=iso-8859-1',
    block: Buffer.from(german, 'latin1'),
  },
];

describe('web archives', () => {
  const plain = write('crawl.warc', warc(records));
  const gz = write('crawl.warc.gz', warc(records, true));

  it('audits every HTML page of a .warc, in order, named by its target URI', async () => {
    const r = await here(['--json', plain]);
    expect(r.code).toBe(0);
    const reports = jsonLines(r.out).map((l) => ReportSchema.parse(l));
    expect(reports.map((x) => x.source)).toEqual([
      'https://news.example/quay',
      'https://news.example/slump',
      'https://news.example/bruecke',
    ]);
    expect(reports[0]!.findings.map((f) => f.check)).toContain('weekday-mismatch');
    // The page's own date wins over the capture date.
    expect(reports[0]!.publishedAt).toBe('2024-03-06');
    expect(reports[0]!.dates.map((d) => d.source)).not.toContain('warc-date');
    // The gzip-compressed, chunked response was decoded, and its capture date dates it.
    expect(reports[1]!.publishedAt).toBe('2024-01-15');
    expect(reports[1]!.dates).toContainEqual({
      value: '2024-01-15',
      kind: 'published',
      source: 'warc-date',
      text: '2024-01-15T08:30:00Z',
    });
    expect(reports[1]!.findings.map((f) => f.check)).toEqual(['stale-future']);
    // A record declared ISO-8859-1 is read as such.
    expect(reports[2]!.title).toBe('Brücke');
  });

  it('the same page outside an archive has no capture date to be checked against', async () => {
    const r = await here(['--json', write('slump.html', undated)]);
    expect(ReportSchema.parse(JSON.parse(r.out)).findings.map((f) => f.check)).not.toContain('stale-future');
  });

  it('reads a .warc.gz (one gzip member a record) as the same archive, with one thread or several', async () => {
    const one = await here(['--json', '--jobs', '1', plain]);
    // Several threads: the compiled command with its worker threads, against this process's audit.
    const several = telltale(['--json', '--jobs', '2', gz]);
    expect(several.code).toBe(0);
    expect(withoutTimings(several.out)).toBe(withoutTimings(one.out));
  });

  it('prints readable reports for an archive too', async () => {
    const r = await here([gz]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('https://news.example/slump');
    expect(r.out).toContain('[stale-future]');
  });

  it('gives an error record for an archive with no HTML page, and for one that is not a WARC file', async () => {
    const images = write('images.warc', warc([records[0]!, records[3]!]));
    const notWarc = write('notes.warc', 'Just some notes, not an archive at all.\n');
    const r = await here(['--json', images, notWarc]);
    expect(r.code).toBe(2);
    expect(jsonLines(r.out)).toEqual([
      { source: images, error: 'no HTML pages among its 2 records' },
      { source: notWarc, error: 'cannot be read as a WARC file: it does not begin with a WARC record' },
    ]);
    expect(r.err).toContain(`${images}: no HTML pages`);
  });

  // Cut inside the second page's record: its first page is audited, and the loss is said.
  const whole = warc(records.slice(2, 6));
  const cutAt = whole.indexOf('https://news.example/slump') + 200;
  for (const [name, bytes] of [
    ['cut.warc', whole.subarray(0, cutAt)],
    [
      'cut-members.warc.gz',
      Buffer.concat([warc(records.slice(2, 3), true), gzipSync(warc(records.slice(3, 6))).subarray(0, 150)]),
    ],
    ['cut-whole.warc.gz', gzipSync(whole).subarray(0, gzipSync(whole).length - 40)],
  ] as const) {
    it(`says that ${name} was cut short, after the pages before the cut`, async () => {
      const file = write(name, bytes);
      const r = await here(['--json', file]);
      expect(r.code).toBe(2);
      const lines = jsonLines(r.out);
      expect(lines[0]!.source).toBe('https://news.example/quay');
      expect(lines.at(-1)).toMatchObject({
        source: file,
        error: expect.stringMatching(/^cannot be read as a WARC file: .*cut short.*\(the page before it audited\)$/),
      });
    });
  }

  it('finds archives in a directory beside the pages', async () => {
    const d = mkdtempSync(path.join(dir, 'mixed-'));
    writeFileSync(path.join(d, 'a.html'), dated);
    writeFileSync(path.join(d, 'b.warc.gz'), warc(records, true));
    const r = await here(['--json', d]);
    expect(jsonLines(r.out).map((l) => l.source)).toEqual([
      path.join(d, 'a.html'),
      'https://news.example/quay',
      'https://news.example/slump',
      'https://news.example/bruecke',
    ]);
  });
});
