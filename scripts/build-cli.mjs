/**
 * Compiles the command line (src/cli) ahead of time into plain JavaScript in dist/cli/, so that
 * `telltale` starts without a TypeScript compiler. bin/telltale.js runs it whenever a source it
 * was built from has changed since (npm does not run this package's own install scripts, so
 * nothing else can be relied on to have built it); `npm run build:cli` runs it by hand and
 * `npm pack` before packing (`--clean`). Plain JavaScript itself, so that it needs nothing but esbuild.
 *
 * Output: main.js (the command), worker.js (one thread of --jobs), chunks/ (code they share and
 * what main loads only when needed: the engine, WARC support), build.json (what it was built
 * from, and when).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(root, 'dist', 'cli');

/**
 * Libraries whose modules do real work when they are evaluated, and that most runs of a small
 * file never call: compromise builds its tagger's lexicon (about 150 ms; the engine asks it about
 * the tense of a few clauses only), linkedom sets up its CSS and HTML parsers, and parse5 its
 * tokenizer's tables (both wanted for HTML alone). Each import of theirs becomes functions that load
 * the library on first call: the same ES module, evaluated later. Only functions are exported this way, and only these.
 */
const LAZY = { 'compromise/two': ['default'], linkedom: ['parseHTML'], parse5: ['parse', 'parseFragment'] };
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(build) {
    const filter = new RegExp(
      `^(?:${Object.keys(LAZY)
        .map((m) => m.replace(/[/.]/g, '\\$&'))
        .join('|')})$`,
    );
    build.onResolve({ filter }, async (args) => {
      if (args.pluginData === 'lazy') return undefined;
      // The ES module the engine imports everywhere else, not the CommonJS build require() would pick.
      const real = await build.resolve(args.path, {
        kind: 'import-statement',
        resolveDir: args.resolveDir,
        pluginData: 'lazy',
      });
      return { path: real.path, namespace: 'lazy', pluginData: args.path };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: [
        `let library; const load = () => (library ??= require(${JSON.stringify(args.path)}));`,
        ...LAZY[args.pluginData].map(
          (name) =>
            `export ${name === 'default' ? 'default function' : `function ${name}`}(...args) ` +
            `{ return load().${name}(...args); }`,
        ),
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/** `clean`: start from an empty dist/cli (for a package, which should hold this build alone). */
export async function build({ clean = false } = {}) {
  const esbuild = await import('esbuild');
  if (clean) rmSync(OUT, { recursive: true, force: true });
  const builtAt = Date.now();
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: OUT,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Not the project's tsconfig.json: it extends WXT's generated one, absent on a fresh clone
    // before `wxt prepare`. Class fields as TypeScript compiles them for its ES2022 target.
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
    // Names kept, so that an internal error's stack still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    // The CommonJS libraries inside (Readability, pako) call require for Node's own modules.
    banner: {
      js:
        "import { createRequire as __telltaleRequire } from 'node:module'; " +
        'const require = __telltaleRequire(import.meta.url);',
    },
    plugins: [lazyLibraries],
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(path.join(OUT, 'chunks'), { recursive: true });
  // Each file is renamed into place whole: two builds racing (tests start several CLIs at once)
  // write the same bytes, and a reader never sees half a file. Chunks first, then the entry
  // points that import them, then the stamp: whatever a reader finds is whole.
  const written = new Set();
  const chunksFirst = [...result.outputFiles].sort(
    (a, b) => Number(!a.path.includes('/chunks/')) - Number(!b.path.includes('/chunks/')),
  );
  for (const file of chunksFirst) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
    written.add(file.path);
  }
  removeOldChunks(written);
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/') && !f.includes(':'));
  const stamp = { builtAt, inputs: [...inputs, 'package.json', 'package-lock.json', 'scripts/build-cli.mjs'] };
  const tmp = path.join(OUT, `build.json.${process.pid}.tmp`);
  writeFileSync(tmp, `${JSON.stringify(stamp)}\n`);
  renameSync(tmp, path.join(OUT, 'build.json'));
}

/** Chunks of earlier builds, once no command still running could want them. */
function removeOldChunks(written) {
  const dir = path.join(OUT, 'chunks');
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!written.has(file) && statSync(file).mtimeMs < Date.now() - 3_600_000) rmSync(file, { force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await build({ clean: process.argv.includes('--clean') });
