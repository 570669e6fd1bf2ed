import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, hasProgram, jsonLines, telltale, telltaleHere, withoutTimings, type Run } from './helpers/cli.js';
import { httpResponse, warc } from './helpers/warc.js';

/**
 * The README's recipes for more than one machine, run here on one: GNU parallel over a folder
 * of archives (one archive a job; --sshlogin : is this host, as a remote host would be named),
 * and a Spark RDD.pipe stage over JSON Lines (where pyspark is installed).
 */
const dir = mkdtempSync(path.join(tmpdir(), 'telltale-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const crawls = path.join(dir, 'crawls');
mkdirSync(crawls);
const page = (n: number) =>
  `<html><head><title>Page ${n}</title></head><body><article><h1>Page ${n}</h1><p>The harbour board ` +
  `voted on Monday, March ${n}, 2024 to rebuild quay number ${n} after a long debate about its ` +
  `cost.</p></article></body></html>`;
for (let f = 1; f <= 3; f++) {
  const records = [1, 2, 3].map((r) => ({
    type: 'response' as const,
    uri: `https://news.example/${f}/${r}`,
    block: httpResponse(page(f * 3 + r), { 'Content-Type': 'text/html' }),
  }));
  writeFileSync(path.join(crawls, `crawl-${f}.warc.gz`), warc(records, true));
}

const hasParallel = hasProgram('parallel');
const hasSpark = spawnSync('python3', ['-c', 'import pyspark'], { stdio: 'ignore' }).status === 0;
if (!hasParallel) console.info('cli-scale: the GNU parallel recipe is skipped: no parallel on the PATH');
if (!hasSpark) console.info('cli-scale: the Spark recipe is skipped: python3 cannot import pyspark');

describe('scaling out with existing tools', () => {
  let together: Run;
  beforeAll(async () => {
    together = await telltaleHere(['--json', crawls]);
  });

  it('audits the folder as a whole: nine pages in order', () => {
    expect(together.code).toBe(0);
    expect(jsonLines(together.out).map((l) => l.source)).toEqual(
      [1, 2, 3].flatMap((f) => [1, 2, 3].map((r) => `https://news.example/${f}/${r}`)),
    );
  });

  it.skipIf(!hasParallel)('GNU parallel, one archive a job, gives the same reports in the same order', () => {
    const script =
      `find ${crawls} -name '*.warc.gz' | sort | parallel --will-cite --keep-order ` +
      `--jobs 2 --sshlogin : ${process.execPath} ${BIN} --json --jobs 1 {}`;
    const r = spawnSync('sh', ['-c', script], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(withoutTimings(r.stdout)).toBe(withoutTimings(together.out));
  });

  it.skipIf(!hasSpark)('a Spark RDD.pipe stage over JSON Lines gives one report per line, in order', () => {
    const lines = [1, 2, 3, 4].map((n) => JSON.stringify({ source: `https://news.example/spark/${n}`, html: page(n) }));
    const input = path.join(dir, 'pages.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const job = path.join(dir, 'job.py');
    writeFileSync(
      job,
      [
        'import json, sys',
        'from pyspark import SparkContext',
        "sc = SparkContext('local[2]', 'telltale-test')",
        'lines = sc.textFile(sys.argv[1], 2)',
        `reports = lines.pipe(${JSON.stringify(`${process.execPath} ${BIN} --json --from-jsonl --jobs 1`)}).collect()`,
        'print(json.dumps(reports))',
        'sc.stop()',
      ].join('\n'),
    );
    const r = spawnSync('python3', [job, input], { encoding: 'utf8', timeout: 300_000 });
    expect(r.status).toBe(0);
    const reports = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as string[];
    const direct = telltale(['--json', '--from-jsonl', input]);
    expect(reports.map(withoutTimings)).toEqual(withoutTimings(direct.out).trim().split('\n'));
    expect(reports).toHaveLength(4);
  });
});
