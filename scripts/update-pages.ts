/**
 * Rewrites each test page's expected.json from what auditing it gives now (all pages, or those
 * named). Run it after a change whose effect on the pages you have reviewed, then read the diff:
 * the expected files are the record of what the audit says about each page.
 * Usage: npm run test:update [-- NAME...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditPage, expectedPath, formatExpected, testPages } from '../tests/helpers/pages.js';

const named = process.argv.slice(2);
const pages = testPages().filter((p) => !named.length || named.includes(p.name));
const unknown = named.filter((n) => !pages.some((p) => p.name === n));
if (unknown.length) {
  console.error(`No test page named ${unknown.join(', ')}.`);
  process.exit(2);
}
for (const page of pages) {
  const file = expectedPath(page);
  const before = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  })();
  const after = formatExpected(auditPage(page));
  if (after === before) continue;
  writeFileSync(file, after);
  console.log(`${before === null ? 'wrote' : 'updated'} ${path.relative(process.cwd(), file)}`);
}
