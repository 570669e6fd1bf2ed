import { fileURLToPath } from 'node:url';
import { runCli } from './run.js';

// This file is the entry point compiled to dist/cli/main.js (scripts/build-cli.mjs); paths are
// relative to that file, two folders below the package root as this one is.
const FILES = {
  example: fileURLToPath(new URL('../../examples/harbour-bridge.txt', import.meta.url)),
  packageJson: new URL('../../package.json', import.meta.url),
  worker: new URL('./worker.js', import.meta.url),
};

// A reader that has had enough (| head, a closed pager) ends the run, quietly: nothing is lost that it wanted.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr }, FILES).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`telltale: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
