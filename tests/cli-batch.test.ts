import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../src/engine/report/schema.js';
import { parseCli } from '../src/cli/args.js';
import { Printer } from '../src/cli/output.js';
import { Progress } from '../src/cli/progress.js';
import { BIN, hasProgram, jsonLines, ROOT, telltale, telltaleHere as here, withoutTimings } from './helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'telltale-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};

// Articles of our own; the first is long, so that with several threads the later ones finish first.
const long = Array.from(
  { length: 100 },
  (_, i) =>
    `Published: March 1, 2024\n\nParagraph ${i}: the harbour board met on Tuesday to discuss the tenders for the quay.`,
).join('\n\n');
const batch = path.join(dir, 'batch');
write('batch/a-long.txt', long);
for (let i = 0; i < 6; i++)
  write(
    `batch/b-${i}.txt`,
    `Published: March ${i + 1}, 2024\n\nThe vote on Monday, March 5, 2024 passed after ${i + 2} ` +
      `hours of debate in the council chamber.`,
  );
write('batch/c-empty.txt', '');
write(
  'batch/d.html',
  '<html><head><title>Quay</title></head><body><article><h1>Quay</h1><p>Experts say the slump will ' +
    'last well into 2022, according to the regional bank report.</p></article></body></html>',
);

describe('batches', () => {
  it('--jobs N gives the output of --jobs 1, in input order, byte for byte but for the timings', async () => {
    // One thread: this process; several (more than this machine's two cores): the compiled command's
    // worker threads, whose reports cross back to the main thread as data.
    const one = await here(['--json', '--jobs', '1', batch]);
    const three = telltale(['--json', '--jobs', '3', batch]);
    expect(one.code).toBe(2);
    expect(three.code).toBe(2);
    expect(jsonLines(one.out).map((l) => path.basename(String(l.source)))).toEqual([
      'a-long.txt',
      ...[0, 1, 2, 3, 4, 5].map((i) => `b-${i}.txt`),
      'c-empty.txt',
      'd.html',
    ]);
    expect(withoutTimings(three.out)).toBe(withoutTimings(one.out));
    expect(three.err).toBe(one.err);
    // Readable reports are printed from the same reports, in the same order, by the main thread.
    const text = (await here(['--jobs', '1', batch])).out;
    expect(text).toMatch(/200 sentences, [\d.]+ ms$/m);
    expect(text.indexOf('a-long.txt')).toBeLessThan(text.indexOf('b-0.txt'));
  }, 120_000);

  it('stops quietly when the reader of its output stops (| head)', () => {
    const files = [0, 1, 2, 3, 4, 5].map((i) => `"${path.join(batch, `b-${i}.txt`)}"`).join(' ');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --json --jobs 2 ${files} ${files} | head -n 1`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('');
  });

  it('runs a thread a core unless told otherwise', () => {
    expect(parseCli([batch], false).jobs).toBe(availableParallelism());
    expect(parseCli(['-j', '3', batch], false).jobs).toBe(3);
  });

  it('rejects a --jobs that is not a whole number of threads', async () => {
    for (const bad of ['0', '1.5', 'many']) {
      const r = await here(['--jobs', bad, batch]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--jobs takes a whole number');
    }
  });

  it('--recursive looks into subdirectories, depth first in name order; without it they are named', async () => {
    write('tree/b.txt', 'Experts say the slump will last well into 2022, the bank said on Friday.');
    write('tree/a/z.txt', 'Experts say the slump will last well into 2021, the bank said on Friday.');
    write(
      'tree/a/deeper/y.html',
      '<html><body><article><h1>T</h1><p>The council met on Tuesday and agreed the budget for the ' +
        'next year after a long debate.</p></article></body></html>',
    );
    write('tree/c/notes.json', '{}');
    const tree = path.join(dir, 'tree');
    const r = await here(['--json', '--recursive', tree]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.out).map((l) => path.relative(tree, String(l.source)))).toEqual([
      path.join('a', 'deeper', 'y.html'),
      path.join('a', 'z.txt'),
      'b.txt',
    ]);
    expect(jsonLines((await here(['--json', tree])).out).map((l) => path.relative(tree, String(l.source)))).toEqual([
      'b.txt',
    ]);
    const onlySubdirs = await here(['--json', path.join(tree, 'a')]);
    expect(jsonLines(onlySubdirs.out).map((l) => l.source)).toEqual([path.join(tree, 'a', 'z.txt')]);
    const nothing = await here(['--json', path.join(tree, 'c')]);
    expect(nothing.code).toBe(2);
    expect(jsonLines(nothing.out)).toEqual([
      { source: path.join(tree, 'c'), error: 'directory holds no .html, .htm, .txt, .warc or .warc.gz files' },
    ]);
  });

  it('gives inputs that are not articles an error record and exit 2: JSON, white space, an ftp: address', async () => {
    const json = write('data.json', '{"title": "not an article", "items": [1, 2, 3]}');
    const jsonTxt = write('list.txt', '[{"a": 1}, {"a": 2}]');
    const blank = write('blank.txt', '  \n\t\n   \n');
    const r = await here([
      '--json',
      json,
      jsonTxt,
      blank,
      'ftp://files.example/story.html',
      'file:///nowhere/story.html',
    ]);
    expect(r.code).toBe(2);
    expect(jsonLines(r.out)).toEqual([
      { source: json, error: 'JSON data, not an article (for JSON Lines of articles use --from-jsonl)' },
      { source: jsonTxt, error: 'JSON data, not an article (for JSON Lines of articles use --from-jsonl)' },
      { source: blank, error: 'only white space, no article' },
      {
        source: 'ftp://files.example/story.html',
        error: 'unsupported scheme "ftp:" (give a file, a directory, - or an http(s) URL)',
      },
      {
        source: 'file:///nowhere/story.html',
        error: 'unsupported scheme "file:" (give a file, a directory, - or an http(s) URL)',
      },
    ]);
    // Text that only begins like JSON is still an article.
    const bracket = write(
      'bracket.txt',
      '[Updated] The vote on Monday, March 5, 2024 passed after a long debate in the chamber.',
    );
    expect((await here(['--json', bracket])).code).toBe(0);
  });

  it('when --fail-on matched and another input failed, says both and exits 2', async () => {
    const stale = write('stale.txt', 'Published: March 1, 2024\n\nExperts say the slump will last well into 2022.');
    const r = await here(['--fail-on', 'high', stale, path.join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing.txt: no such file or directory');
    expect(r.err).toContain('--fail-on high matched 1 input, and 1 input could not be audited: exit status 2');
    expect((await here(['--fail-on', 'high', stale])).err).toBe('');
  });

  it('--version names the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await here(['--version'])).toEqual({ code: 0, out: `telltale ${version}\n`, err: '' });
  });
});

describe('JSON Lines in (--from-jsonl), as a Spark pipe stage feeds it', () => {
  it('gives one line out per line in, in order, errors included', () => {
    const lines = [
      {
        source: 'https://news.example/1',
        text: 'Published: March 1, 2024\n\nThe vote on Monday, March 5, 2024 passed.',
      },
      {
        source: 'https://news.example/2',
        html:
          '<html><body><article><h1>T</h1><p>Experts say the slump will last well into 2022, ' +
          'according to the bank report.</p></article></body></html>',
        date: '2024-02-01T10:00:00Z',
      },
      'not json',
      { source: 'https://news.example/4', text: '   ' },
      { source: 'https://news.example/5', html: '<p>x</p>', text: 'y' },
      { source: 'https://news.example/6', text: 'Experts say the slump will last well into 2022.', date: '2024-02-30' },
    ].map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
    const r = telltale(['--json', '--from-jsonl', '--jobs', '1'], { input: `${lines.join('\n')}\n` });
    expect(r.code).toBe(2);
    const out = jsonLines(r.out);
    expect(out).toHaveLength(6);
    expect(ReportSchema.parse(out[0]).findings.map((f) => f.check)).toEqual(['weekday-mismatch']);
    const second = ReportSchema.parse(out[1]);
    expect(second.publishedAt).toBe('2024-02-01');
    expect(second.findings.map((f) => f.check)).toEqual(['stale-future']);
    expect(out[2]).toMatchObject({ source: '-:3', error: expect.stringContaining('not JSON') });
    expect(out[3]).toEqual({ source: 'https://news.example/4', error: 'only white space, no article' });
    expect(out[4]).toEqual({
      source: 'https://news.example/5',
      error: 'needs exactly one of "html" and "text", as a string',
    });
    expect(out[5]).toMatchObject({
      source: 'https://news.example/6',
      error: expect.stringContaining('"date" must be YYYY-MM-DD'),
    });
    // A file of lines reads the same as standard input, with one thread or several.
    const file = write('pages.jsonl', `${lines.join('\n')}\n`);
    const fromFile = telltale(['--json', '--from-jsonl', '--jobs', '2', file]);
    expect(withoutTimings(fromFile.out)).toBe(withoutTimings(r.out).replace('"-:3"', JSON.stringify(`${file}:3`)));
  });
});

describe('where it runs from', () => {
  if (!hasProgram('jq')) console.info('cli-batch: the npx | jq recipe is skipped: no jq on the PATH');
  const sub = path.join(ROOT, 'tests', 'pages', 'shifted-clock');

  it('npm run --silent audit resolves a relative path from where the user stands, and prints only JSON', () => {
    const r = spawnSync('npm', ['run', '--silent', 'audit', '--', '--json', 'source.html'], {
      cwd: sub,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(ReportSchema.parse(JSON.parse(r.stdout)).source).toBe('source.html');
  });

  it('npm run audit without --silent says on standard error that npm put its header before the JSON', () => {
    const r = spawnSync('npm', ['run', 'audit', '--', '--json', 'source.html'], {
      cwd: sub,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^> telltale@/);
    expect(r.stderr).toContain('use npx telltale --json, or npm run --silent audit -- --json');
  });

  it.skipIf(!hasProgram('jq'))('npx telltale --json FILE | jq works from a subfolder of the checkout', () => {
    const r = spawnSync('sh', ['-c', "npx telltale --json source.html | jq -c '[.source, [.findings[].check]]'"], {
      cwd: sub,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['source.html', expect.arrayContaining(['stale-future'])]);
  });
});

describe('progress on a terminal', () => {
  const stream = () => {
    const written: string[] = [];
    return { isTTY: true, written, write: (t: string) => written.push(t) };
  };

  it('appears on a terminal once a batch has run a while, redrawn at most every 100 ms, wiped before a message', () => {
    let now = 0;
    const err = stream();
    const out = { ...stream(), isTTY: false };
    const progress = new Progress(err, 4, () => now, 1000);
    const printer = new Printer({ json: true, color: false, timeline: false }, { out, err }, progress);
    const failure = { source: 'a.txt', error: 'empty input' };
    const report = { report: { source: 'b.txt', findings: [] } as unknown as Report };
    printer.print(failure);
    expect(err.written).toEqual(['telltale: a.txt: empty input\n']);
    now = 1500;
    printer.print(report);
    expect(err.written.at(-1)).toBe('\r\x1b[Ktelltale: 2 of 4 inputs, 1 failed, 1.3/s');
    now = 1550;
    printer.print(report);
    expect(err.written).toHaveLength(2);
    now = 1700;
    printer.print(failure);
    expect(err.written.slice(2)).toEqual([
      '\r\x1b[K',
      'telltale: a.txt: empty input\n',
      '\r\x1b[Ktelltale: 4 of 4 inputs, 2 failed, 2.4/s',
    ]);
    expect(printer.finish()).toBe(2);
    expect(err.written.at(-1)).toBe('\r\x1b[K');
    expect(out.written).toHaveLength(4);
  });

  it('never appears when standard error is not a terminal', () => {
    const piped = { ...stream(), isTTY: false };
    new Progress(piped, null, () => 5000, 0).update(10, 0);
    expect(piped.written).toEqual([]);
  });
});
