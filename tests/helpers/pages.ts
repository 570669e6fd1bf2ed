import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { audit } from './audit.js';
import { PACK } from '../../src/engine/knowledge/pack.js';
import type { ArticleInput } from '../../src/engine/article.js';
import type { Report } from '../../src/engine/report/schema.js';
import { extractAny } from '../../src/cli/extract-node.js';

/**
 * The test pages, as Readability keeps its own: one folder per page under tests/pages, holding
 * the page (`source.html` or `source.txt`) and what auditing it gives (`expected.json`). The
 * unit tests audit each page and compare; the end-to-end tests check each finding's highlights
 * against the same file; `npm run test:update` rewrites the expected files after a reviewed change.
 */
export const PAGES = path.resolve(import.meta.dirname, '..', 'pages');

export interface TestPage {
  name: string;
  dir: string;
  /** `source.html` or `source.txt` */
  file: string;
  kind: 'html' | 'text';
}

export function testPages(): TestPage[] {
  return readdirSync(PAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = path.join(PAGES, d.name);
      const html = existsSync(path.join(dir, 'source.html'));
      return { name: d.name, dir, file: html ? 'source.html' : 'source.txt', kind: html ? 'html' : 'text' } as const;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * What the CLI reads from the page: the source is named by the page, so the report does not depend on where
 * the checkout is.
 */
export function extractPage(page: TestPage): ArticleInput {
  return extractAny(readFileSync(path.join(page.dir, page.file), 'utf8'), page.name, page.kind);
}

/**
 * What a page's expected.json holds: the parts of the report a reviewer reads, with each piece of evidence exact,
 * and the language the text was read as with the checks that did not run (silence on a page in another
 * language is no clean bill).
 */
export function expectedOf(report: Report) {
  return {
    title: report.title,
    language: report.language,
    publishedAt: report.publishedAt,
    dates: report.dates,
    bylines: report.bylines,
    findings: report.findings.map((f) => ({
      check: f.check,
      severity: f.severity,
      messageId: f.messageId,
      evidence: f.evidence.map((e) => ({
        text: e.text,
        start: e.start,
        end: e.end,
        ...(e.role ? { role: e.role } : {}),
      })),
    })),
    clock: report.clock.estimated,
    errors: report.errors,
    notRun: report.notRun,
  };
}
export type Expected = ReturnType<typeof expectedOf>;

/** Audited as the CLI and the extension audit it: with the knowledge pack. */
export function auditPage(page: TestPage): Expected {
  return expectedOf(audit(extractPage(page), { knowledge: PACK }));
}

export const expectedPath = (page: TestPage) => path.join(page.dir, 'expected.json');

export function readExpected(page: TestPage): Expected | null {
  return existsSync(expectedPath(page)) ? (JSON.parse(readFileSync(expectedPath(page), 'utf8')) as Expected) : null;
}

export const formatExpected = (expected: Expected) => `${JSON.stringify(expected, null, 2)}\n`;
