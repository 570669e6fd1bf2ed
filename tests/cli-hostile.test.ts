import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../src/cli/args.js';
import type { Outcome } from '../src/cli/audit-task.js';
import { inOrder } from '../src/cli/in-order.js';
import { decode, InputError, load, MAX_BYTES, type Loaded } from '../src/cli/inputs.js';
import { jsonlArticles } from '../src/cli/jsonl.js';
import { Printer } from '../src/cli/output.js';
import { WorkerPool } from '../src/cli/pool.js';
import { withinTimeLimit } from '../src/cli/time-limit.js';
import { warcArticles } from '../src/cli/warc.js';
import type { Report } from '../src/engine/report/schema.js';
import { extractText } from '../src/extract/text.js';
import { audit } from './helpers/audit.js';
import { jsonLines, telltale } from './helpers/cli.js';
import { httpResponse, warc, type WarcRecord } from './helpers/warc.js';

/** Issue 25, items 9 to 11 and 13: what a batch does with inputs made to break it. */
const dir = mkdtempSync(path.join(tmpdir(), 'telltale-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Buffer | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const loaded = (source: string): Loaded => ({ source, content: 'x', kind: 'text' });
/** A page with a short article, named by its title. */
const html = (t: string) =>
  `<html><head><title>${t}</title></head><body><article><h1>${t}</h1>` +
  '<p>The harbour board voted on Monday to rebuild the old quay after a long debate.</p></article></body></html>';
const PLAIN_HTML = { 'Content-Type': 'text/html' };
const said = (i: Loaded | InputError) =>
  i instanceof InputError ? `error ${i.source}: ${i.message}` : `page ${i.source}`;
const collect = async <T>(items: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe('a time limit for each input', () => {
  const STUCK = new URL('./helpers/stuck-worker.mjs', import.meta.url);

  it('stops a thread that holds an input past the limit, says so for that input, and goes on in order', async () => {
    // Long enough for a thread to start on a loaded machine: the limit counts from when an input is sent.
    const pool = new WorkerPool(STUCK, 2, { disabled: [] }, 2_000);
    async function* inputs() {
      for (const s of ['a', 'slow', 'b', 'crash', 'c']) yield loaded(s);
    }
    try {
      const outcomes = await collect(inOrder(inputs(), 8, (l) => pool.audit(l)));
      expect(outcomes).toEqual([
        { source: 'a', error: 'audited a' },
        { source: 'slow', error: 'took longer than the time limit of 2 s, and was stopped' },
        { source: 'b', error: 'audited b' },
        { source: 'crash', error: 'could not be audited (worker thread stopped with code 7)' },
        { source: 'c', error: 'audited c' },
      ]);
    } finally {
      await pool.close();
    }
  });

  it('holds the command to it, a single input too: a line for every input, exit status 2', () => {
    const a = write('a.txt', 'The council met on Tuesday and approved the budget for the harbour and its old pier.');
    const error = 'took longer than the time limit of 0.01 s, and was stopped';
    // Two inputs: on worker threads; one: on the main thread, stopped by V8's watchdog.
    const two = telltale(['--json', '--time-limit', '0.01', a, a]);
    expect(two.code).toBe(2);
    expect(jsonLines(two.out)).toEqual([a, a].map((source) => ({ source, error })));
    const one = telltale(['--json', '--time-limit', '0.01', a]);
    expect(one.code).toBe(2);
    expect(jsonLines(one.out)).toEqual([{ source: a, error }]);
  });

  it('on the main thread, stops work that runs too long, a regular expression too, and goes on', () => {
    expect(withinTimeLimit(() => 42, 1_000)).toBe(42);
    expect(
      withinTimeLimit(() => {
        for (;;);
      }, 50),
    ).toBeNull();
    expect(withinTimeLimit(() => /(?:a+)+b/.test('a'.repeat(40)), 50)).toBeNull();
    expect(() => withinTimeLimit(() => JSON.parse('{'), 1_000)).toThrow(SyntaxError);
  });

  it('takes seconds, more than none', () => {
    expect(parseCli(['--time-limit', '2.5'], false).timeLimitMs).toBe(2_500);
    expect(parseCli([], false).timeLimitMs).toBe(120_000);
    expect(() => parseCli(['--time-limit', '0'], false)).toThrow(/--time-limit/);
    expect(() => parseCli(['--time-limit', 'soon'], false)).toThrow(/--time-limit/);
  });
});

describe('a report that cannot be written out', () => {
  it('is an error line of its own, and the inputs after it are printed', () => {
    const out: string[] = [];
    const streams = { out: { write: (t: string) => out.push(t) }, err: { write: () => undefined } };
    const printer = new Printer({ json: true, color: false, timeline: false }, streams, null);
    const good = audit(extractText('The council met on Tuesday and approved the budget for the harbour.', 'good'));
    const broken = { ...good, source: 'broken', stats: { ...good.stats, ms: 1n } } as unknown as Report;
    for (const outcome of [{ report: broken }, { report: good }] as Outcome[]) printer.print(outcome);
    expect(out.map((l) => JSON.parse(l) as { source: string; error?: string })).toEqual([
      { source: 'broken', error: expect.stringMatching(/^its report could not be written out/) },
      expect.objectContaining({ source: 'good', findings: [] }),
    ]);
    expect(printer.finish()).toBe(2);
  });
});

describe('a page that inflates past the size limit', () => {
  let server: Server;
  let base: string;
  let sent = 0;
  // A gzip member of 50 MB of zeros (50 KB), sent 400 times: 20 GB once inflated. The server
  // writes as fast as the client reads, so that what was sent says how far the client read.
  const member = gzipSync(Buffer.alloc(MAX_BYTES));
  const TIMES = 400;
  const bomb = Buffer.concat([member, member, member]);

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      let left = TIMES;
      const next = () => {
        while (left > 0) {
          left--;
          sent += member.length;
          if (!res.write(member)) return void res.once('drain', next);
        }
        res.end();
      };
      res.on('close', () => (left = 0));
      next();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());

  it('stops reading at the limit, long before the end of what the server sends', async () => {
    const entry = { source: `${base}/bomb`, location: `${base}/bomb`, format: 'article' } as const;
    await expect(load(entry, 20_000)).rejects.toThrow(/over the 50 MB limit/);
    expect(sent).toBeLessThan((member.length * TIMES) / 4);
  });

  it('in a web archive, is an error of its own page, and the archive goes on', async () => {
    const gzipped = { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' };
    const records: WarcRecord[] = [
      { type: 'response', uri: 'https://x.example/bomb', block: httpResponse(bomb, gzipped) },
      { type: 'response', uri: 'https://x.example/after', block: httpResponse(html('After'), PLAIN_HTML) },
    ];
    const file = write('bomb.warc.gz', warc(records, true));
    const items = await collect(warcArticles({ source: file, location: file, format: 'warc' }));
    expect(items.map(said)).toEqual([
      'error https://x.example/bomb: page is over the 50 MB limit once decompressed',
      'page https://x.example/after',
    ]);
  });
});

describe('a damaged web archive says where, and loses only what the damage held', () => {
  const records: WarcRecord[] = ['one', 'two', 'three'].map((t) => ({
    type: 'response',
    uri: `https://x.example/${t}`,
    block: httpResponse(html(t), PLAIN_HTML),
  }));
  const plain = warc(records);
  const members = records.map((r) => warc([r], true));
  const headerCut = plain.subarray(0, plain.indexOf('WARC-Target-URI: https://x.example/two') + 10);
  const corrupt = Buffer.from(members[1]!);
  corrupt.fill(0x55, 40, 60);
  const read = async (name: string, bytes: Buffer) => {
    const file = write(name, bytes);
    const items = await collect(warcArticles({ source: name, location: file, format: 'warc' }));
    return items.map((i) => (i instanceof InputError ? `error: ${i.message}` : i.source));
  };

  it("an archive cut inside a record's header", async () => {
    const cut = [
      'https://x.example/one',
      'error: cannot be read as a WARC file: cut short in the header of record 2 (the page before it audited)',
    ];
    expect(await read('header.warc', headerCut)).toEqual(cut);
    const secondCut = gzipSync(headerCut.subarray(plain.indexOf('WARC/1.0', 10)));
    expect(await read('header.warc.gz', Buffer.concat([members[0]!, secondCut]))).toEqual(cut);
  });

  it('bytes that are no gzip between two members', async () => {
    const garbage = Buffer.from('these bytes are not gzip');
    expect(await read('garbage.warc.gz', Buffer.concat([members[0]!, garbage, members[1]!, members[2]!]))).toEqual([
      'https://x.example/one',
      `error: damaged at byte ${members[0]!.length} (incorrect header check): what it held is skipped, ` +
        `and reading goes on at byte ${members[0]!.length + garbage.length}`,
      'https://x.example/two',
      'https://x.example/three',
    ]);
  });

  it('a damaged member between two good ones', async () => {
    const lines = await read('member.warc.gz', Buffer.concat([members[0]!, corrupt, members[2]!]));
    expect(lines[0]).toBe('https://x.example/one');
    const damaged = /^error: damaged at byte \d+ \(.+\): what it held is skipped, and reading goes on at byte \d+$/;
    expect(lines[1]).toMatch(damaged);
    expect(lines.slice(2)).toEqual(['https://x.example/three']);
  });
});

describe('text in the encodings a browser reads', () => {
  const russian = '<html><head><meta charset="utf-8"><title>Привет</title></head><body><p>Тест</p></body></html>';

  it('UTF-16 with a byte-order mark, either way round, and UTF-8 with one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(russian, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    expect(decode('le.html', le, 'html').content).toBe(russian);
    expect(decode('be.html', be, 'html').content).toBe(russian);
    const text = 'Привет, world, and more text.';
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decode('bom.txt', withMark, 'text').content).toBe(text);
  });

  it('a page that declares its encoding in <meta>: Shift_JIS, and KOI8-R through http-equiv', () => {
    const nihon = [0x93, 0xfa, 0x96, 0x7b];
    const sjis = Buffer.concat([Buffer.from('<meta charset=Shift_JIS><p>'), Buffer.from(nihon), Buffer.from('</p>')]);
    expect(decode('sjis.html', sjis, 'html').content).toBe('<meta charset=Shift_JIS><p>日本</p>');
    const privet = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4];
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">';
    const koi = Buffer.concat([Buffer.from(`${head}<p>`), Buffer.from(privet), Buffer.from('</p>')]);
    expect(decode('koi.html', koi, 'html').content).toContain('<p>Привет</p>');
    // What the server says wins over the page, as in a browser; a byte-order mark over both.
    expect(decode('sjis.html', sjis, 'html', 'windows-1252').content).not.toContain('日本');
  });

  it('still refuses binary data, and still reads a page that is not valid UTF-8 as Windows-1252', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]);
    expect(() => decode('x.bin', zip, undefined)).toThrow(/binary data/);
    const old = decode('old.html', Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]), 'html');
    expect(old).toMatchObject({ content: '<p>été', warning: 'not valid UTF-8; read as Windows-1252' });
  });

  it('a JSON Lines file that starts with a byte-order mark', async () => {
    const file = write('bom.jsonl', `\uFEFF${JSON.stringify({ source: 'a', text: 'The council met on Tuesday.' })}\n`);
    const items = await collect(jsonlArticles({ source: file, location: file, format: 'jsonl' }));
    expect(items).toEqual([{ source: 'a', content: 'The council met on Tuesday.', kind: 'text' }]);
  });
});
