import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../src/views/terminal-report.js';
import { ReportSchema } from '../src/engine/report/schema.js';
import { DEFAULT_MAX_CHARS } from '../src/engine/audit.js';
import { telltaleHere as here } from './helpers/cli.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'telltale.js');

/** The command in a process of its own: for what reads standard input. The rest runs in this process (`here`). */
function cli(args: string[], input?: string) {
  const env = { ...process.env, NO_COLOR: '1', LC_ALL: 'C' };
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input, env, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), 'telltale-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('audit CLI', () => {
  it('audits the built-in example with no input and shows the arithmetic', async () => {
    const r = await here([]);
    expect(r.code).toBe(0);
    for (const id of [
      'date-conflict',
      'elapsed-time',
      'stale-future',
      'future-event',
      'weekday-mismatch',
      'invalid-date',
      'age-mismatch',
      'ai-disclosure',
      'chatbot-artifact',
      'byline-mismatch',
      'repeated-text',
    ]) {
      expect(r.out).toContain(`[${id}]`);
    }
    expect(r.out).toContain('not barely six months');
  });

  it("--timeline draws the article's clock and says where the dateline sits against it", async () => {
    const r = await here(['--timeline', 'tests/pages/shifted-clock/source.html']);
    expect(r.code).toBe(0);
    const timeline = r.out.slice(r.out.indexOf('Timeline'));
    expect(timeline).toMatch(/^ +2021 +2022 +2023 +2024/m);
    expect(timeline).toContain('Written, by its own time claims: 2022-10-31 – 2023-01-30 (3 of 3 claims agree)');
    expect(timeline).toContain(
      'The publication date 2024-03-12 (json-ld, meta:article:published_time, dateline) falls after that period.',
    );
    expect(timeline).toMatch(/2022-10-31 – 2023-01-30 +→ implied +18 months ago from June 2021/);
    expect(timeline).toMatch(/2023 +◇ forecast +looks ahead to 2023/);
    expect((await here(['tests/pages/shifted-clock/source.html'])).out).not.toContain('Timeline');
  });

  it('prints one valid JSON report per input, in order, and an error record for a bad one', async () => {
    const a = file('a.txt', 'Published: March 1, 2024\n\nThe vote on Monday, March 5, 2024 passed.');
    const missing = path.join(dir, 'missing.txt');
    const b = file(
      'b.html',
      '<html><head><title>T</title></head><body><article><h1>T</h1><p>The council met on Tuesday ' +
        'and agreed the budget for the next year after a long debate.</p></article></body></html>',
    );
    const r = await here(['--json', a, missing, b]);
    expect(r.code).toBe(2);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(ReportSchema.parse(lines[0]).findings.map((f) => f.check)).toEqual(['weekday-mismatch']);
    expect(lines[1]).toEqual({ source: missing, error: 'no such file or directory' });
    expect(ReportSchema.parse(lines[2]).source).toBe(b);
    expect(r.err).toContain(`${missing}: no such file or directory`);
  });

  it('audits a page past its character budget as far as the budget and says what part it covered', async () => {
    // A tenth more text than the budget (2.4 MB of HTML). A 20 MB page takes the same path past the
    // budget, and cost 20 s of CPU, most of it parsing HTML the audit never reads (issue 24).
    const sentence =
      'The harbour board met on Tuesday to discuss the tenders for the new quay and the dredging of the channel.';
    const count = Math.ceil((DEFAULT_MAX_CHARS * 1.1) / sentence.length);
    const huge = file(
      'huge.html',
      `<html><head><title>Huge</title></head><body><article><h1>Huge</h1>` +
        `${`<p>${sentence}</p>\n`.repeat(count)}</article></body></html>`,
    );
    const r = await here(['--json', huge]);
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.out));
    // Every paragraph's text and the blank line between two: the article text as a whole.
    expect(report.truncated!.totalChars).toBe(count * sentence.length + (count - 1) * 2);
    expect(report.truncated!.coveredChars).toBeLessThan(report.truncated!.totalChars);
    expect(formatReport(report, false)).toMatch(/Audited the first \d+ of \d+ characters/);
  }, 120_000);

  it('reads a file that is not valid UTF-8 as Windows-1252 and says so', async () => {
    const latin = file(
      'latin1.txt',
      Buffer.from(
        'Published: March 8, 2024\n\nThe caf\xe9 on the quay reopened on Monday, March 5, 2024 after the floods.',
        'latin1',
      ),
    );
    const r = await here(['--json', latin]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`telltale: ${latin}: not valid UTF-8; read as Windows-1252\n`);
    const report = ReportSchema.parse(JSON.parse(r.out));
    expect(report.findings.find((f) => f.check === 'weekday-mismatch')?.evidence[0]?.sentence).toContain(
      'The café on the quay',
    );
  });

  it('refuses binary and empty files and pages with no article, one clear line each', async () => {
    const bin = file('x.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const empty = file('empty.txt', '');
    const nav = file('nav.html', '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const r = await here([bin, empty, nav]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bin}: binary data`);
    expect(r.err).toContain(`${empty}: empty input`);
    expect(r.err).toContain(`${nav}: no article found`);
  });

  it('reads a directory, standard input and --date', () => {
    const sub = path.join(dir, 'folder');
    mkdirSync(sub);
    writeFileSync(path.join(sub, 'one.txt'), 'Experts say the slump will last well into 2022.');
    writeFileSync(path.join(sub, 'ignored.json'), '{}');
    const r = cli(
      ['--json', '--jobs', '1', '--date', '2023-05-01', sub, '-'],
      'Experts say the slump will last well into 2021.',
    );
    const reports = r.out
      .trim()
      .split('\n')
      .map((l) => ReportSchema.parse(JSON.parse(l)));
    expect(reports.map((x) => x.findings.map((f) => f.check))).toEqual([['stale-future'], ['stale-future']]);
    expect(reports[0]!.publishedAt).toBe('2023-05-01');
  });

  it('rejects a malformed date and an unknown option with usage', async () => {
    expect((await here(['--date', '2023-02-30'])).code).toBe(2);
    expect((await here(['--date', '2023-02-30'])).err).toContain('--date needs a real calendar date');
    expect((await here(['--frobnicate'])).err).toContain('Usage:');
  });

  it('says the report in the language --lang or the environment asks for; JSON stays English', async () => {
    const page = 'tests/pages/german-calendar-errors/source.html';
    const german = await here(['--lang', 'de', page]);
    expect(german.out).toContain('Wochentag passt nicht zum Datum [weekday-mismatch]');
    expect(german.out).toContain('Der 10. Juni 2024 war ein Montag, kein Dienstag.');
    // The language of the environment: a process of its own.
    const env = { ...process.env, NO_COLOR: '1', LC_ALL: '', LANG: 'fr_FR.UTF-8' };
    const french = spawnSync(process.execPath, [bin, page], { cwd: root, encoding: 'utf8', env, timeout: 60_000 });
    expect(french.stdout).toContain('Le 10 juin 2024 était un lundi, pas un mardi.');
    const json = JSON.parse((await here(['--lang', 'uk', '--json', page])).out) as {
      findings: Array<{ message: string }>;
    };
    expect(json.findings.map((f) => f.message)).toContain('June 10, 2024 was a Monday, not a Tuesday.');
    const unknown = await here(['--lang', 'pt', page]);
    const refusal = '--lang takes en, de, fr, es, ru, uk, got "pt"';
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining(refusal)]);
  });

  it('--fail-on turns findings into exit status 1', async () => {
    const a = file('stale.txt', 'Published: March 1, 2024\n\nExperts say the slump will last well into 2022.');
    expect((await here(['--fail-on', 'high', a])).code).toBe(1);
    expect((await here([a])).code).toBe(0);
  });

  describe('URLs', () => {
    let server: ReturnType<typeof createServer>;
    let base = '';
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/slow') return; // never answers
        if (req.url === '/image') {
          res.writeHead(200, { 'content-type': 'image/png' }).end('x');
          return;
        }
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            '<html><body><article><h1>T</h1><p>Published: March 1, 2024</p><p>Experts say the slump ' +
              'will last well into 2022, according to the bank.</p></article></body></html>',
          );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const addr = server.address() as { port: number };
      base = `http://127.0.0.1:${addr.port}`;
    });
    afterAll(() => {
      server.closeAllConnections();
      server.close();
    });
    it('fetches a page, and gives up on a slow one within the time limit', async () => {
      const r = await here(['--json', '--timeout', '1', `${base}/ok`, `${base}/slow`, `${base}/image`]);
      const lines = r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[0].findings.map((f: { check: string }) => f.check)).toEqual(['stale-future']);
      expect(lines[1].error).toContain('no answer within 1 s');
      expect(lines[2].error).toContain('not an article');
      expect(r.code).toBe(2);
    });
  });
});
