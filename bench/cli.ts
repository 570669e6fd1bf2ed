/**
 * The command line's own costs, beside the engine's (bench/run.ts): how long `telltale` takes
 * from start to its first report on a small file, and how many pages it audits per second and
 * per core on ../shared/realnews, on one thread and on all cores. The CPU seconds the command
 * used are read too (Linux): on a machine shared with other work, pages per CPU second say more
 * than wall time. Target (reported, not asserted): start-up ≤ 300 ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'telltale.js');
const realnews = path.resolve(root, '..', 'shared', 'realnews');
const json = process.argv.includes('--json');

/** Milliseconds from spawning the command to its first byte of output, and to its exit. */
function timeRun(args: string[], command = process.execPath): Promise<{ firstMs: number; exitMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let firstMs = NaN;
    const child = spawn(command, [...(command === process.execPath ? [bin] : []), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child.stdout.once('data', () => (firstMs = performance.now() - t0));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', () => resolve({ firstMs, exitMs: performance.now() - t0 }));
  });
}

/** Wall times, and the CPU time the command used: the one figure other work on the machine does not inflate. */
async function startup(args: string[], runs: number, command?: string) {
  const first: number[] = [];
  const exit: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = childCpuSeconds();
    const t = await timeRun(args, command);
    const cpu1 = childCpuSeconds();
    first.push(t.firstMs);
    exit.push(t.exitMs);
    if (cpu0 !== null && cpu1 !== null) cpu.push((cpu1 - cpu0) * 1000);
  }
  return {
    firstReportMs: { median: median(first), min: Math.round(Math.min(...first)) },
    exitMs: median(exit),
    cpuMs: cpu.length ? median(cpu) : null,
  };
}

/** CPU seconds used by this process's finished children (Linux: /proc/self/stat, in clock ticks of 1/100 s). */
function childCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function throughput(dir: string, jobs: number) {
  const pages = readdirSync(dir).filter((f) => /\.(?:html?|txt)$/i.test(f)).length;
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, '--json', '--jobs', String(jobs), dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu1 = childCpuSeconds();
  const reports = r.stdout.split('\n').filter((l) => l.startsWith('{')).length;
  const cpuSeconds = cpu0 === null || cpu1 === null ? null : round(cpu1 - cpu0);
  return {
    jobs,
    pages,
    reports,
    seconds: round(seconds),
    pagesPerSecond: round(pages / seconds),
    pagesPerSecondPerCore: round(pages / seconds / jobs),
    cpuSeconds,
    pagesPerCpuSecond: cpuSeconds ? round(pages / cpuSeconds) : null,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]!);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const loadAtStart = loadavg()[0]!;
// The first run compiles the command if a source changed: not part of any figure.
spawnSync(process.execPath, [bin, '--version'], { stdio: 'ignore' });
const example = path.join('examples', 'harbour-bridge.txt');
const smallPage = path.join('tests', 'pages', 'shifted-clock', 'source.html');
const result = {
  startup: {
    [example]: await startup(['--json', example], 15),
    [smallPage]: await startup(['--json', smallPage], 15),
    'through npm run --silent audit': await startup(['run', '--silent', 'audit', '--', '--json', example], 3, 'npm'),
  },
  realnews: existsSync(realnews) ? [throughput(realnews, 1), throughput(realnews, availableParallelism())] : null,
  cores: availableParallelism(),
  /**
   * How busy the machine was before the bench (1-minute load average per core): wall times taken above about
   * 0.5 are inflated by other work.
   */
  loadPerCore: round(loadAtStart / availableParallelism()),
};

if (json) process.stdout.write(`${JSON.stringify({ cli: result })}\n`);
else {
  console.log(`\ncommand line (${result.cores} cores, load ${result.loadPerCore} per core):`);
  for (const [what, s] of Object.entries(result.startup)) {
    const cpu = s.cpuMs === null ? '' : `, ${s.cpuMs} ms of CPU`;
    console.log(
      `  start-up to first report, ${what}: median ${s.firstReportMs.median} ms, ` +
        `min ${s.firstReportMs.min} ms (exit ${s.exitMs} ms${cpu}) (target ≤ 300)`,
    );
  }
  if (!result.realnews) console.log('  ../shared/realnews not found: no throughput figures');
  for (const t of result.realnews ?? []) {
    const cpu = t.pagesPerCpuSecond === null ? '' : `, ${t.pagesPerCpuSecond} pages per CPU second`;
    console.log(
      `  realnews, --jobs ${t.jobs}: ${t.reports}/${t.pages} pages in ${t.seconds} ` +
        `s: ${t.pagesPerSecond} pages/s, ${t.pagesPerSecondPerCore} per core${cpu}`,
    );
  }
}
