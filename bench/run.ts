/**
 * npm run bench [-- --json]: what an audit costs against reading the text at all, and how that
 * cost grows with the text. Reported, not asserted (targets below); one process, after a warm-up.
 *
 * - Per input: the full audit (and, for HTML, extraction plus audit) beside a floor measured in
 *   the same run: Intl.Segmenter sentences plus chrono-node's `parse`, paragraph by paragraph over
 *   the article's paragraphs, as the engine reads them. The ratio is what we track, because
 *   absolute times on shared machines drift. Median and p95 of each, and where the slow samples
 *   come from: garbage collection inside the sample, or the work itself.
 * - Per size: the built-in example repeated, and a long real text (the shared real pages joined),
 *   cut to 25, 50, 100 and 200 thousand characters: milliseconds per 10,000 characters at each.
 * - Adversarial: each input made to be slow (tests/helpers/hostile.ts) at 100,000 characters,
 *   the audit beside the floor over its own paragraphs, and extraction plus audit; the worst
 *   ratio is the adversarial row.
 * - The built entrypoints' sizes, when `npm run build` has run.
 * `npm run bench` runs Node with --expose-gc, so that heap growth is measured from a collected heap.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import * as chrono from 'chrono-node/en';
import { Bench } from 'tinybench';
import { audit } from '../src/engine/audit.js';
import { layOut, type ArticleInput } from '../src/engine/article.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import { tagPastTense } from '../src/engine/text/tagger.js';
import { HOSTILE } from '../tests/helpers/hostile.js';
import { extractAny } from '../src/cli/extract-node.js';
import { extractText } from '../src/extract/text.js';

/** The audit as the command line runs it: with the knowledge pack and the tagger. */
const FULL = { knowledge: PACK, tagger: tagPastTense };

const TARGETS = { ratioMedian: 2, perSizeSpread: 1.5, contentScriptKB: 400, heapMB: 50 };
const SIZES = [25_000, 50_000, 100_000, 200_000];

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const json = process.argv.includes('--json');

interface Input {
  name: string;
  raw: string;
  kind: 'html' | 'text';
}

function sharedFiles(dir: string): Input[] {
  const d = path.join(shared, dir);
  if (!existsSync(d)) return [];
  return readdirSync(d)
    .filter((n) => /\.(?:txt|html)$/.test(n))
    .sort()
    .map((f) => ({
      name: `${dir}/${f}`,
      raw: readFileSync(path.join(d, f), 'utf8'),
      kind: f.endsWith('.html') ? 'html' : 'text',
    }));
}

const example: Input = {
  name: 'example',
  raw: readFileSync(path.join(root, 'examples', 'harbour-bridge.txt'), 'utf8'),
  kind: 'text',
};
const inputs: Input[] = [example, ...sharedFiles('seeds'), ...sharedFiles('realpages')];
const articleOf = (i: Input): ArticleInput =>
  i.kind === 'html' ? extractAny(i.raw, i.name, 'html') : extractText(i.raw, i.name);

// The floor: what reading the text at all costs, over the same paragraphs the engine reads.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
function floor(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) {
    for (const _ of segmenter.segment(p)) n++;
    n += chrono.parse(p).length;
  }
  return n;
}

// Garbage collections, to tell a slow sample that paused for the collector from one that worked longer.
const gcs: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => void gcs.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });
const isMajor = (e: PerformanceEntry) =>
  ((e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0) & constants.NODE_PERFORMANCE_GC_MAJOR;

function heapGrowthMB(run: () => void): number {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  for (let i = 0; i < 3; i++) {
    run();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return round1((peak - before) / 1048576);
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
const median = (xs: readonly number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const round = (n: number) => Math.round(n * 100) / 100;
const round1 = (n: number) => Math.round(n * 10) / 10;

interface Row {
  chars: number;
  /** The first audit of this input in the process, before any warm-up of its own. */
  coldMs: number;
  ms: number;
  p95: number;
  /** p95 with the collector's pauses inside each sample taken out. */
  p95WithoutGc: number;
  /** p95 of the CPU time each sample got. */
  p95Cpu: number;
  withExtractionMs: number | null;
  floorMs: number;
  ratio: number;
  /** The same ratio in CPU time: what the audit costs when other processes share the machine. */
  cpuRatio: number;
  heapMB: number;
}
interface Sample {
  ms: number;
  /** CPU time of the process in the sample: well under `ms` when the machine gave the time to others. */
  cpuMs: number;
  gcMs: number;
  majorGc: boolean;
}

/**
 * The clock, bound once: a task that called `performance.now()` itself ran the audit two to three
 * times slower in long runs (Node 20), a cost of the measuring, not of the audit.
 */
const now = performance.now.bind(performance);

type Window = { from: number; to: number; cpuMs: number };
/**
 * A task that notes when each of its measured runs happened and the CPU time it got, to find the
 * collections inside it afterwards.
 */
function recorded(run: () => void, windows: Window[]): [() => void, { beforeAll: (mode?: string) => void }] {
  let measuring = false;
  const task = () => {
    if (!measuring) return run();
    const cpu = process.cpuUsage();
    const from = now();
    run();
    const to = now();
    const used = process.cpuUsage(cpu);
    windows.push({ from, to, cpuMs: (used.user + used.system) / 1000 });
  };
  return [task, { beforeAll: (mode) => void (measuring = mode === 'run') }];
}

async function samplesOf(windows: readonly Window[]): Promise<Sample[]> {
  // The collector's entries reach the observer a moment after the fact.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return windows.map(({ from: a, to: b, cpuMs }) => {
    let gcMs = 0;
    let majorGc = false;
    for (const g of gcs) {
      const overlap = Math.min(b, g.startTime + g.duration) - Math.max(a, g.startTime);
      if (overlap <= 0) continue;
      gcMs += overlap;
      if (isMajor(g)) majorGc = true;
    }
    return { ms: b - a, cpuMs, gcMs, majorGc };
  });
}

const rows: Record<string, Row> = {};
const slow: Sample[] = [];
// Every page is extracted, and its cold audit timed, before any audit is measured: a parsed page is
// a lot of garbage, and collecting it inside the next page's samples made those measure the collector.
const prepared = inputs.map((input) => {
  const t0 = now();
  const article = articleOf(input);
  audit(article, FULL);
  return { input, article, coldMs: now() - t0 };
});
globalThis.gc?.();
for (const { input, article, coldMs } of prepared) {
  const laid = layOut(article.paragraphs);
  const texts = laid.paragraphs.map((p) => laid.text.slice(p.start, p.end));
  const bench = new Bench({ time: 300, iterations: 20 });
  const windows: Window[] = [];
  bench.add('audit', ...recorded(() => void audit(article, FULL), windows));
  const floorWindows: Window[] = [];
  bench.add('floor', ...recorded(() => void floor(texts), floorWindows));
  await bench.run();
  const latency = (name: string) =>
    (bench.getTask(name)!.result as unknown as { latency: { p50: number; samples?: number[] } }).latency;
  const samples = await samplesOf(windows);
  const ms = latency('audit').p50;
  const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
  for (const s of samples) if (s.ms > 2 * ms) slow.push(s);
  rows[input.name] = {
    chars: laid.text.length,
    coldMs: round(coldMs),
    ms: round(ms),
    p95: round(quantile(sorted(samples.map((s) => s.ms)), 0.95)),
    p95WithoutGc: round(quantile(sorted(samples.map((s) => s.ms - s.gcMs)), 0.95)),
    p95Cpu: round(quantile(sorted(samples.map((s) => s.cpuMs)), 0.95)),
    withExtractionMs: null,
    floorMs: round(latency('floor').p50),
    ratio: round(ms / latency('floor').p50),
    cpuRatio: round(median(samples.map((x) => x.cpuMs)) / median(floorWindows.map((w) => w.cpuMs))),
    heapMB: heapGrowthMB(() => void audit(article, FULL)),
  };
}
// Extraction and audit together, for the pages, once every audit alone has been measured.
for (const { input } of prepared.filter((p) => p.input.kind === 'html')) {
  const bench = new Bench({ time: 300, iterations: 10 });
  bench.add('extract+audit', () => void audit(extractAny(input.raw, input.name, 'html'), FULL));
  await bench.run();
  rows[input.name]!.withExtractionMs = round(
    (bench.getTask('extract+audit')!.result as unknown as { latency: { p50: number } }).latency.p50,
  );
}

/**
 * Where the samples slower than twice their input's median come from: a collection inside the
 * sample, the machine giving the time to other processes (the process got less than half the
 * sample as CPU time), or neither: the work itself.
 */
function tail() {
  const descheduled = (s: Sample) => s.cpuMs < 0.5 * s.ms;
  const totalMs = slow.reduce((n, s) => n + s.ms, 0);
  return {
    slowSamples: slow.length,
    withGc: slow.filter((s) => s.gcMs > 0).length,
    withMajorGc: slow.filter((s) => s.majorGc).length,
    gcShareOfTheirTime: totalMs ? round(slow.reduce((n, s) => n + s.gcMs, 0) / totalMs) : 0,
    descheduled: slow.filter(descheduled).length,
    neither: slow.filter((s) => s.gcMs === 0 && !descheduled(s)).length,
  };
}

/** An article's paragraphs repeated or cut to whole paragraphs of at most `size` characters of laid-out text. */
function ofSize(paragraphs: readonly string[], size: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; paragraphs.length; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    if (used + p.length + 2 > size) break;
    out.push(p);
    used += p.length + 2;
  }
  return out;
}

/**
 * Milliseconds per 10,000 characters of the audit at each size: after a warm-up at that size, the
 * median of a few runs, in wall-clock time and in the CPU time the process got (which other
 * processes on a shared machine do not inflate).
 */
function perSize(name: string, base: ArticleInput) {
  const articles = SIZES.map((size) => ({ ...base, paragraphs: ofSize(base.paragraphs, size) }));
  const sizes: Record<string, { chars: number; ms: number; msPer10K: number; cpuMsPer10K: number }> = {};
  articles.forEach((article, i) => {
    const chars = layOut(article.paragraphs).text.length;
    // Each size warmed up on its own, twice at least and for half a second: a size measured right
    // after a larger one paid for the larger one's garbage.
    const warm = now();
    for (let n = 0; n < 2 || now() - warm < 500; n++) audit(article, FULL);
    const wall: number[] = [];
    const cpu: number[] = [];
    const start = now();
    while (wall.length < 3 || (wall.length < 15 && now() - start < 1500)) {
      const c0 = process.cpuUsage();
      const t0 = now();
      audit(article, FULL);
      wall.push(now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      if (wall[0]! > 3000 && wall.length >= 2) break;
    }
    const per10K = (ms: number) => round((ms / chars) * 10_000);
    sizes[String(SIZES[i])] = {
      chars,
      ms: round(median(wall)),
      msPer10K: per10K(median(wall)),
      cpuMsPer10K: per10K(median(cpu)),
    };
  });
  const spread = (xs: number[]) => round(Math.max(...xs) / Math.min(...xs));
  return {
    name,
    sizes,
    spread: spread(Object.values(sizes).map((s) => s.msPer10K)),
    cpuSpread: spread(Object.values(sizes).map((s) => s.cpuMsPer10K)),
  };
}

/** The real pages' articles joined, in name order, until there is enough text for the largest size. */
function longRealText(): ArticleInput | null {
  const paragraphs: string[] = [];
  let chars = 0;
  for (const input of [...sharedFiles('realnews'), ...sharedFiles('realpages'), ...sharedFiles('seeds')]) {
    if (chars >= SIZES[SIZES.length - 1]!) break;
    let article: ArticleInput;
    try {
      article = articleOf(input);
    } catch {
      continue; // a page with no article
    }
    paragraphs.push(...article.paragraphs);
    chars += article.paragraphs.reduce((n, p) => n + p.length + 2, 0);
  }
  return chars >= SIZES[SIZES.length - 1]!
    ? { source: 'real text', title: null, paragraphs, dates: [], bylines: [] }
    : null;
}

const ADVERSARIAL_CHARS = 100_000;

/** The median of a few runs of `run`, after one to warm it up. */
function medianMs(run: () => void, runs = 3): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    run();
    times.push(now() - t0);
  }
  return median(times);
}

/** Each input made to be slow, at ADVERSARIAL_CHARS: what it costs against reading its text at all. */
function adversarial() {
  const rows = HOSTILE.map(({ name, kind, make }) => {
    const raw = make(ADVERSARIAL_CHARS);
    const article = kind === 'html' ? extractAny(raw, name, 'html') : extractText(raw, name);
    const laid = layOut(article.paragraphs);
    const texts = laid.paragraphs.map((p) => laid.text.slice(p.start, p.end));
    const ms = medianMs(() => void audit(article, FULL));
    const floorMs = medianMs(() => void floor(texts));
    const withExtractionMs = medianMs(() => void audit(extractAny(raw, name, kind), FULL), 1);
    return {
      name,
      chars: raw.length,
      articleChars: laid.text.length,
      ms: round(ms),
      floorMs: round(floorMs),
      ratio: round(ms / floorMs),
      withExtractionMs: round(withExtractionMs),
    };
  });
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { rows, worst };
}
const hostile = adversarial();

const real = longRealText();
const scaling = [perSize('repeated example', articleOf(example)), ...(real ? [perSize('real text', real)] : [])];

/** Sizes of the built entrypoints (after `npm run build`), minified as shipped, in KB of 1,024 bytes. */
function bundleSizes(): Record<string, number> | null {
  const dist = path.join(root, '.output', 'chrome-mv3');
  if (!existsSync(dist)) return null;
  const kb = (f: string) => round1(statSync(path.join(dist, f)).size / 1024);
  const sizes: Record<string, number> = {
    'content script': kb('content-scripts/audit.js'),
    background: kb('background.js'),
  };
  for (const f of readdirSync(dist).filter((n) => n.endsWith('.js') && n !== 'background.js')) sizes[f] = kb(f);
  for (const c of readdirSync(path.join(dist, 'chunks')))
    sizes[`chunks/${c.replace(/-[\w-]{8}\.js$/, '.js')}`] = kb(`chunks/${c}`);
  return sizes;
}
const sizes = bundleSizes();

const ratios = Object.values(rows)
  .map((r) => r.ratio)
  .sort((a, b) => a - b);
const ratio = {
  median: quantile(ratios, 0.5),
  p95: quantile(ratios, 0.95),
  max: ratios[ratios.length - 1]!,
  cpuMedian: median(Object.values(rows).map((r) => r.cpuRatio)),
};
const summary = {
  node: process.version,
  targets: TARGETS,
  inputs: rows,
  ratio,
  tail: tail(),
  perSize: scaling,
  adversarial: hostile,
  bundlesKB: sizes,
  heapMB: Math.max(...Object.values(rows).map((r) => r.heapMB)),
};

if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
else {
  console.log(
    'input'.padEnd(40),
    'chars'.padStart(7),
    'cold'.padStart(7),
    'audit ms'.padStart(9),
    'p95'.padStart(7),
    'p95-gc'.padStart(7),
    'p95cpu'.padStart(7),
    '+extract'.padStart(9),
    'floor'.padStart(7),
    'ratio'.padStart(6),
    'cpu'.padStart(5),
    'heap MB'.padStart(8),
  );
  for (const [name, r] of Object.entries(rows)) {
    console.log(
      name.padEnd(40),
      String(r.chars).padStart(7),
      String(r.coldMs).padStart(7),
      String(r.ms).padStart(9),
      String(r.p95).padStart(7),
      String(r.p95WithoutGc).padStart(7),
      String(r.p95Cpu).padStart(7),
      String(r.withExtractionMs ?? '-').padStart(9),
      String(r.floorMs).padStart(7),
      String(r.ratio).padStart(6),
      String(r.cpuRatio).padStart(5),
      String(r.heapMB).padStart(8),
    );
  }
  console.log(
    `ratio to the floor: median ${ratio.median} (target ≤ ${TARGETS.ratioMedian}), ` +
      `p95 ${ratio.p95}, max ${ratio.max}; in CPU time, median ${ratio.cpuMedian}`,
  );
  const t = summary.tail;
  console.log(
    `samples over twice their median: ${t.slowSamples}; ${t.withGc} with a collection inside ` +
      `(${t.withMajorGc} major; the collector ${Math.round(t.gcShareOfTheirTime * 100)}% of their time), ` +
      `${t.descheduled} given less than half their time as CPU (other processes ran), ${t.neither} neither`,
  );
  console.log(`audit per 10,000 characters (ms), at ${SIZES.map((s) => `${s / 1000}k`).join(' / ')}:`);
  for (const s of scaling) {
    console.log(
      `  ${s.name.padEnd(18)} ${Object.values(s.sizes)
        .map((x) => String(x.msPer10K).padStart(7))
        .join(' ')}   largest/smallest ${s.spread} (target ≤ ${TARGETS.perSizeSpread})`,
    );
    console.log(
      `  ${'  in CPU time'.padEnd(18)} ${Object.values(s.sizes)
        .map((x) => String(x.cpuMsPer10K).padStart(7))
        .join(' ')}   largest/smallest ${s.cpuSpread}`,
    );
  }
  if (!real) console.log('  (no ../shared real pages: the real-text series is skipped)');
  console.log(`inputs made to be slow, at ${ADVERSARIAL_CHARS / 1000}k characters`);
  const line = (name: string, figures: Array<string | number>) =>
    `  ${name.slice(0, 70).padEnd(70)} ${figures.map((f) => String(f).padStart(9)).join('')}`;
  console.log(line('', ['audit ms', 'floor', 'ratio', '+extract']));
  for (const r of hostile.rows) console.log(line(r.name, [r.ms, r.floorMs, r.ratio, r.withExtractionMs]));
  const w = hostile.worst;
  console.log(`adversarial row (the worst): ${w.name}: ${w.ms} ms, floor ${w.floorMs} ms, ratio ${w.ratio}`);
  if (sizes)
    console.log(
      `built entrypoints (KB, minified): ${Object.entries(sizes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} (content script target ≤ ${TARGETS.contentScriptKB})`,
    );
  else console.log('run npm run build first to see the size of each entrypoint');
  console.log(`max heap growth ${summary.heapMB} MB (target < ${TARGETS.heapMB})`);
}
