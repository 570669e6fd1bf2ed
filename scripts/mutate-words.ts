/**
 * Removes each alternative of each word list and pattern of a source file in turn, and reports the
 * ones whose removal no example of `tests/words/` notices (issue 24: "removing any single alternative
 * from any word list or pattern part fails a test").
 *
 *   npm run mutate:words -- src/engine/text/tense.ts [more files]
 *
 * The alternatives are `tests/words/alternatives.ts`'s. Each mutant is bundled with esbuild and the
 * tables run in this process: a vitest run per mutant would take hours.
 */
import { build, type Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { alternativesOf } from '../tests/words/alternatives.js';
import { rows, type Pinned } from '../tests/words/pin.js';

const ROOT = resolve(import.meta.dirname, '..');
const TABLES = resolve(ROOT, 'tests/words/tables.ts');
const OUT_DIR = resolve(ROOT, 'scratch/mutants');

/** The examples that fail with this version of the file (its own text when `contents` is undefined). */
async function failures(file: string, contents: string | undefined, n: number): Promise<string[]> {
  const swap: Plugin = {
    name: 'mutant',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) =>
        args.path === file && contents !== undefined ? { contents, loader: 'ts' } : undefined,
      );
    },
  };
  const bundled = await build({
    entryPoints: [TABLES],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    plugins: [swap],
    logLevel: 'silent',
  }).catch(() => null);
  if (!bundled) return ['(does not build)'];
  const path = resolve(OUT_DIR, `mutant-${n}.mjs`);
  writeFileSync(path, bundled.outputFiles[0]!.text);
  let tables: Pinned[];
  try {
    tables = ((await import(pathToFileURL(path).href)) as { TABLES: Pinned[] }).TABLES;
  } catch {
    return ['(does not load)'];
  }
  const failed: string[] = [];
  for (const t of tables) {
    for (const [alt, example] of rows(t)) {
      let ok: boolean;
      try {
        ok = t.holds(example);
      } catch {
        ok = false;
      }
      if (!ok) failed.push(`${t.file} ${t.owner} «${alt}»: ${example}`);
    }
  }
  return failed;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const list = process.argv.includes('--list');
  const files = process.argv
    .slice(2)
    .filter((a) => a !== '--list')
    .map((f) => resolve(f));
  if (list) {
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      const lineOf = (at: number) => src.slice(0, at).split('\n').length;
      for (const a of alternativesOf(src)) console.log(`${lineOf(a.start)}\t${a.owner}\t${a.text}`);
    }
    return;
  }
  // Each mutant's bundle stays loaded in this process: a file at a time, each in a process of its own,
  // keeps the memory to one file's mutants (all 29 files in one process ran out of heap).
  if (files.length > 1) {
    let failed = 0;
    for (const file of files) {
      const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, file], { stdio: 'inherit' });
      if (r.status !== 0) failed++;
    }
    process.exitCode = failed ? 1 : 0;
    return;
  }
  let n = 0;
  const baseline = await failures('', undefined, n++);
  if (baseline.length) throw new Error(`the tables fail before any mutation:\n${baseline.join('\n')}`);
  let survivors = 0;
  let total = 0;
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    for (const alt of alternativesOf(src)) {
      total++;
      const mutant = src.slice(0, alt.start) + src.slice(alt.end);
      const failed = await failures(file, mutant, n++);
      if (process.env.MUTATE_VERBOSE) console.log(`${alt.owner} «${alt.text}» → ${failed.length}: ${failed[0]}`);
      if (failed.length) continue;
      survivors++;
      const line = src.slice(0, alt.start).split('\n').length;
      console.log(`SURVIVES ${file.slice(ROOT.length + 1)}:${line} ${alt.owner} «${alt.text}»`);
    }
  }
  console.log(`${total} alternatives, ${survivors} survivors`);
  process.exitCode = survivors ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
