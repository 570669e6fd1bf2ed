#!/usr/bin/env node
// The telltale command. It runs the CLI compiled into dist/cli/ (scripts/build-cli.mjs), and
// compiles it first when it is missing or older than a source it was built from: in a checkout,
// npm runs none of this package's own install scripts, so this is the one place that can.
import { existsSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import v8 from 'node:v8';

// Node 22.1 and later keep V8's compiled code between runs: most of start-up is compiling.
module.enableCompileCache?.();
// V8 compiles a regular expression to machine code on its second run. chrono-node's are large,
// and a small article runs each only a few times: compiling them cost ~200 ms of a 400 ms run.
// Interpreted for their first 50 runs, compiled after (a batch runs them thousands of times).
v8.setFlagsFromString('--regexp-tier-up-ticks=50');

const root = new URL('../', import.meta.url);
const stampFile = new URL('dist/cli/build.json', root);

function stale() {
  if (!existsSync(new URL('dist/cli/main.js', root))) return true;
  // A packed release ships dist/cli without the stamp or the sources: nothing to compare.
  if (!existsSync(stampFile)) return false;
  const { builtAt, inputs } = JSON.parse(readFileSync(stampFile, 'utf8'));
  return inputs.some((file) => {
    try {
      return statSync(new URL(file, root)).mtimeMs > builtAt;
    } catch {
      return true;
    }
  });
}

if (stale()) {
  try {
    await (await import('../scripts/build-cli.mjs')).build();
  } catch (error) {
    process.stderr.write(
      `telltale: could not compile the command line (${error.message}); ` +
        `run npm install in ${new URL('.', root).pathname}\n`,
    );
    process.exit(2);
  }
}
await import('../dist/cli/main.js');
