import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../src/cli/run.js';

/** The command as users run it: the bin, which compiles the CLI when a source changed. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'telltale.js');

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

export function telltale(
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: options.timeoutMs ?? 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * The command run in this process, from its sources: the same arguments, output and exit status
 * as `telltale`, without starting Node, the compiled CLI and its worker threads for each case.
 * Every input is audited on this thread. What only a process of its own shows (standard input,
 * worker threads, a time limit that stops a thread, a closed pipe, npm) is tested with `telltale`.
 */
export async function telltaleHere(args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const streams = {
    out: { isTTY: false, write: (t: string) => (out += t) },
    err: { isTTY: false, write: (t: string) => (err += t) },
  };
  const files = {
    example: path.join(ROOT, 'examples', 'harbour-bridge.txt'),
    packageJson: pathToFileURL(path.join(ROOT, 'package.json')),
    worker: null,
  };
  const code = await runCli(args, streams, files);
  return { code, out, err };
}

/** The same, without blocking the test's own event loop (for a server the CLI talks to). */
export function telltaleAsync(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

export function jsonLines(out: string): Array<Record<string, unknown>> {
  return out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Reports differ from run to run only in how long each audit took (JSON's "ms", the text's "N sentences, T ms"). */
export function withoutTimings(out: string): string {
  return out.replace(/"ms":\d+(?:\.\d+)?/g, '"ms":0').replace(/(\d+ sentences), \d+(?:\.\d+)? ms$/gm, '$1, 0 ms');
}

/** Whether a program is on the PATH (a test that needs one skips without it). */
export function hasProgram(name: string, args = ['--version']): boolean {
  const r = spawnSync(name, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}
