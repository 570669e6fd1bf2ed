/**
 * Refreshes the README's pictures. The end-to-end tests leave their screenshots in an ignored
 * folder (a test run never rewrites tracked files); this runs the tests that take them, from a
 * clean folder, and copies each picture the README shows into docs/screenshots/.
 * Usage: npm run screenshots
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOTS } from '../tests/e2e/harness.js';

const root = path.resolve(import.meta.dirname, '..');
const docs = path.join(root, 'docs', 'screenshots');
const shown = [
  ...new Set(
    [...readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/docs\/screenshots\/([\w.-]+\.png)/g)].map(
      (m) => m[1]!,
    ),
  ),
];

rmSync(SCREENSHOTS, { recursive: true, force: true });
const tests = ['chromium.test.ts', 'firefox.test.ts', 'reader-chromium.test.ts'].map((f) => `tests/e2e/${f}`);
const run = spawnSync('npm', ['run', 'test:e2e', '--', ...tests], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('The end-to-end tests failed: the README keeps its pictures.');
  process.exit(1);
}
const missing = shown.filter((name) => !existsSync(path.join(SCREENSHOTS, name)));
if (missing.length) {
  console.error(`No test took ${missing.join(', ')}, which the README shows.`);
  process.exit(1);
}
for (const name of shown) copyFileSync(path.join(SCREENSHOTS, name), path.join(docs, name));
console.log(`Copied ${shown.length} pictures into docs/screenshots/: ${shown.join(', ')}.`);
