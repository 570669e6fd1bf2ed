import { readFileSync } from 'node:fs';
import { parseCli, USAGE, UsageError, type CliOptions } from './args.js';
import type { AuditSettings, Outcome } from './audit-task.js';
import { inOrder } from './in-order.js';
import { expandInputs, InputError, type Loaded } from './inputs.js';
import { Printer } from './output.js';
import { Progress, type Terminal } from './progress.js';
import { articles } from './tasks.js';

/** A batch this long on a terminal gets a progress line. */
const LONG_BATCH = 20;

/** Where the command writes. */
export interface CliStreams {
  out: Terminal;
  err: Terminal;
}

/**
 * The files the command needs, given by its entry point (main.ts), which knows where it lies once
 * compiled. `worker`: the script of a worker thread, or null to audit every input on this thread
 * (as one input always is), for a caller that runs the command in its own process, as the tests do.
 */
export interface CliFiles {
  example: string;
  packageJson: URL;
  worker: URL | null;
}

/** The command: its exit status for these arguments. */
export async function runCli(argv: string[], streams: CliStreams, files: CliFiles): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv, Boolean(streams.out.isTTY));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    streams.err.write(`telltale: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    streams.out.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    streams.out.write(
      `telltale ${(JSON.parse(readFileSync(files.packageJson, 'utf8')) as { version: string }).version}\n`,
    );
    return 0;
  }
  warnOfNpmHeader(options, streams);
  const inputs = options.inputs.length ? options.inputs : options.fromJsonl ? ['-'] : [files.example];
  const entries = await expandInputs(inputs, {
    base: whereTheUserStands(),
    recursive: options.recursive,
    jsonl: options.fromJsonl,
  });
  const settings: AuditSettings = { disabled: options.disabled, ...(options.date ? { date: options.date } : {}) };
  const known = entries.every((e) => e instanceof InputError || e.format === 'article');
  const progress = new Progress(streams.err, known ? entries.length : null);
  const printer = new Printer(options, streams, known && entries.length < LONG_BATCH ? null : progress);

  // One article: audited here, with no thread to start, and stopped at its time limit by V8's
  // watchdog. More: on worker threads, one at least, so that a thread holding one article past
  // the limit can be stopped and the others go on.
  const articleCount = known ? entries.filter((e) => !(e instanceof InputError)).length : Infinity;
  const threads = Math.max(1, Math.min(options.jobs, articleCount));
  const { WorkerPool } = articleCount > 1 && files.worker ? await import('./pool.js') : { WorkerPool: null };
  const pool = WorkerPool && files.worker ? new WorkerPool(files.worker, threads, settings, options.timeLimitMs) : null;
  const audit = pool ? (loaded: Loaded) => pool.audit(loaded) : await inThisThread(settings, options.timeLimitMs);
  const run = async (item: Loaded | InputError): Promise<Outcome> =>
    item instanceof InputError ? { source: item.source, error: item.message } : audit(item);
  try {
    for await (const outcome of inOrder(articles(entries, options.timeoutMs), pool ? threads * 4 : 1, run))
      printer.print(outcome);
  } finally {
    await pool?.close();
  }
  return printer.finish();
}

/** The engine, loaded only when this thread audits: with a pool, only the workers load it. */
async function inThisThread(settings: AuditSettings, timeLimitMs: number) {
  const { auditLoaded } = await import('./audit-task.js');
  const { overTime, withinTimeLimit } = await import('./time-limit.js');
  return async (loaded: Loaded): Promise<Outcome> =>
    withinTimeLimit(() => auditLoaded(loaded, settings), timeLimitMs) ?? {
      source: loaded.source,
      error: overTime(timeLimitMs),
    };
}

/**
 * Relative paths start where the user stands. `npm run audit` runs in the package's folder and
 * says in INIT_CWD where it was called from; run any other way, that is the working directory.
 */
function whereTheUserStands(): string {
  const env = process.env;
  return env.npm_lifecycle_event === 'audit' && env.npm_package_name === 'telltale' && env.INIT_CWD
    ? env.INIT_CWD
    : process.cwd();
}

/**
 * npm prints its own header on standard output before a script's: that breaks JSON Lines, and only npm can be
 * told not to.
 */
function warnOfNpmHeader(options: CliOptions, streams: CliStreams): void {
  const env = process.env;
  if (
    options.json &&
    !streams.out.isTTY &&
    env.npm_lifecycle_event === 'audit' &&
    env.npm_package_name === 'telltale' &&
    env.npm_config_loglevel !== 'silent'
  ) {
    streams.err.write(
      'telltale: npm wrote its own header lines on standard output before these reports; for clean ' +
        'JSON Lines use npx telltale --json, or npm run --silent audit -- --json\n',
    );
  }
}
