/**
 * npm run bench [-- --json]: what an audit costs against reading the text at all. For each input,
 * the full audit (and, for HTML, extraction plus audit) is timed beside a baseline measured in the
 * same run: Intl.Segmenter sentences plus chrono-node's parse over the same text. The ratio is
 * what we track, because absolute times on shared machines drift. Targets (reported, not asserted):
 * ratio at most 3, heap growth under 50 MB.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { Bench } from 'tinybench';
import { audit } from '../src/engine/audit.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import type { ArticleInput } from '../src/engine/article.js';
import { extractAny } from '../src/cli/extract-node.js';
import { extractText } from '../src/extract/text.js';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const json = process.argv.includes('--json');

interface Input {
  name: string;
  raw: string;
  kind: 'html' | 'text';
}

function inputs(): Input[] {
  const out: Input[] = [{ name: 'example', raw: readFileSync(path.join(root, 'examples', 'harbour-bridge.txt'), 'utf8'), kind: 'text' }];
  for (const dir of ['seeds', 'realpages']) {
    const d = path.join(shared, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((n) => /\.(?:txt|html)$/.test(n)).sort()) {
      out.push({ name: `${dir}/${f}`, raw: readFileSync(path.join(d, f), 'utf8'), kind: f.endsWith('.html') ? 'html' : 'text' });
    }
  }
  // About 200 KB of text: every text input's article joined, then repeated.
  const texts = out.map((i) => extractAny(i.raw, i.name, i.kind).paragraphs.join('\n\n'));
  let long = '';
  while (long.length < 200_000) long += `${texts.join('\n\n')}\n\n`;
  out.push({ name: 'long-200KB', raw: long.slice(0, 200_000), kind: 'text' });
  return out;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
function baseline(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n + chrono.parse(text).length;
}

function heapGrowthMB(run: () => void): number {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  for (let i = 0; i < 3; i++) {
    run();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return Math.round(((peak - before) / 1048576) * 10) / 10;
}

const rows: Record<string, { ms: number; p95: number; withExtractionMs: number | null; baselineMs: number; ratio: number; heapMB: number; chars: number }> = {};
for (const input of inputs()) {
  const article: ArticleInput = input.kind === 'html' ? extractAny(input.raw, input.name, 'html') : extractText(input.raw, input.name);
  const text = article.paragraphs.join('\n\n');
  const long = text.length > 50_000;
  const bench = new Bench({ time: long ? 1500 : 300, iterations: long ? 5 : 20 });
  bench.add('audit', () => void audit(article, { knowledge: PACK }));
  bench.add('baseline', () => void baseline(text));
  if (input.kind === 'html') bench.add('extract+audit', () => void audit(extractAny(input.raw, input.name, 'html'), { knowledge: PACK }));
  await bench.run();
  const stat = (name: string) => bench.tasks.find((t) => t.name === name)!.result as unknown as { latency: { p50: number; p99: number; samples?: number[] } };
  const p95 = (name: string) => {
    const s = [...(stat(name).latency.samples ?? [])].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! : stat(name).latency.p99;
  };
  const ms = stat('audit').latency.p50;
  const base = stat('baseline').latency.p50;
  rows[input.name] = {
    ms: round(ms),
    p95: round(p95('audit')),
    withExtractionMs: input.kind === 'html' ? round(stat('extract+audit').latency.p50) : null,
    baselineMs: round(base),
    ratio: round(ms / base),
    heapMB: heapGrowthMB(() => void audit(article, { knowledge: PACK })),
    chars: text.length,
  };
}

/**
 * Whether cost grows with length and no faster: the audit's time per 10,000 characters on the
 * long article against the median over the others. chrono-node's own cost on one 200 KB string
 * grows faster than the text, so the long article's ratio to the baseline says little.
 */
function linearity(): { longMsPer10K: number; typicalMsPer10K: number } {
  const per10K = (r: { ms: number; chars: number }) => (r.ms / r.chars) * 10_000;
  const others = Object.entries(rows).filter(([n]) => n !== 'long-200KB').map(([, r]) => per10K(r)).sort((a, b) => a - b);
  return { longMsPer10K: round(per10K(rows['long-200KB']!)), typicalMsPer10K: round(others[Math.floor(others.length / 2)]!) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Sizes of the built entrypoints (after `npm run build`), minified as shipped. */
function bundleSizes(): Record<string, number> | null {
  const dist = path.join(root, '.output', 'chrome-mv3');
  if (!existsSync(dist)) return null;
  const kb = (f: string) => Math.round(statSync(path.join(dist, f)).size / 102.4) / 10;
  const chunks = readdirSync(path.join(dist, 'chunks'));
  const sizes: Record<string, number> = { 'content script': kb('content-scripts/audit.js'), background: kb('background.js') };
  for (const c of chunks) sizes[`chunks/${c.replace(/-[\w-]{8}\.js$/, '.js')}`] = kb(`chunks/${c}`);
  return sizes;
}
const sizes = bundleSizes();

if (json) process.stdout.write(`${JSON.stringify({ node: process.version, inputs: rows, linearity: linearity(), bundlesKB: sizes })}\n`);
else {
  const ratios = Object.values(rows).map((r) => r.ratio).sort((a, b) => a - b);
  console.log('input'.padEnd(40), 'chars'.padStart(8), 'audit ms'.padStart(9), 'p95'.padStart(8), '+extract'.padStart(9), 'base ms'.padStart(8), 'ratio'.padStart(6), 'heap MB'.padStart(8));
  for (const [name, r] of Object.entries(rows)) {
    console.log(name.padEnd(40), String(r.chars).padStart(8), String(r.ms).padStart(9), String(r.p95).padStart(8), String(r.withExtractionMs ?? '-').padStart(9), String(r.baselineMs).padStart(8), String(r.ratio).padStart(6), String(r.heapMB).padStart(8));
  }
  if (sizes) console.log(`built entrypoints (KB, minified): ${Object.entries(sizes).map(([k, v]) => `${k} ${v}`).join(', ')} (content script target ≤ 600)`);
  else console.log('run npm run build first to see the size of each entrypoint');
  const lin = linearity();
  console.log(`audit per 10,000 characters: ${lin.longMsPer10K} ms on the 200 KB article, ${lin.typicalMsPer10K} ms typical (linear when close)`);
  console.log(`median ratio ${ratios[Math.floor(ratios.length / 2)]} (target ≤ 3); long article ratio ${rows['long-200KB']!.ratio} (target ≤ 3); max heap growth ${Math.max(...Object.values(rows).map((r) => r.heapMB))} MB (target < 50)`);
}
