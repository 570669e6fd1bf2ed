import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import type { Report } from '../src/engine/report/schema.js';
import { extractAny } from '../src/cli/extract-node.js';

/**
 * Real article pages no one here wrote (../shared/realnews, read where it exists): every one is a
 * control. No medium or high finding on any of them, and every sentence a check quotes lies in the
 * article's true body (the benchmark's hand-made `articleBody`), not in a sidebar, a teaser, a
 * caption or a footer. How much of the text we read lies outside that body is measured and printed.
 */
const dir = path.resolve(import.meta.dirname, '..', '..', 'shared', 'realnews');
const present = existsSync(path.join(dir, 'ground-truth.json'));
const truth: Record<string, { articleBody: string }> = present
  ? JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'))
  : {};

/** Letters and digits only: the benchmark's text and ours differ in spacing, quotes and punctuation. */
const letters = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const audited = new Map<string, { report: Report; paragraphs: string[] }>();
function auditOf(name: string) {
  let known = audited.get(name);
  if (!known) {
    const file = path.join(dir, name);
    const input = extractAny(readFileSync(file, 'utf8'), name, 'html');
    known = { report: audit(input, { knowledge: PACK }), paragraphs: input.paragraphs };
    audited.set(name, known);
  }
  return known;
}

let chars = 0;
let outside = 0;

describe.skipIf(!present)('real news pages (../shared/realnews)', () => {
  for (const name of Object.keys(truth).sort()) {
    const body = letters(truth[name]!.articleBody);
    describe(name, () => {
      it('raises nothing at medium or high', () => {
        const { report } = auditOf(name);
        expect(
          report.findings
            .filter((f) => f.severity === 'high' || f.severity === 'medium')
            .map((f) => `${f.check} ${f.severity}: ${f.message}`),
        ).toEqual([]);
      });
      it('quotes only sentences of the article body', () => {
        const { report, paragraphs } = auditOf(name);
        // Datelines and bylines are the header's, not the body's: they are quoted where they stand.
        const header = new Set([...report.dates.map((d) => d.text), ...report.bylines.map((b) => b.text)]);
        const quoted = report.findings.flatMap((f) =>
          f.evidence.filter((e) => e.start !== null && !header.has(e.text)).map((e) => `${f.check}: ${e.sentence}`),
        );
        expect(quoted.filter((q) => !body.includes(letters(q.slice(q.indexOf(': ') + 2))))).toEqual([]);
        for (const p of paragraphs) {
          chars += p.length;
          if (!body.includes(letters(p))) outside += p.length;
        }
      });
    });
  }
  afterAll(() => {
    const share = chars ? outside / chars : 0;
    console.info(
      `realnews: ${(100 * share).toFixed(1)}% of the text read (${outside} of ${chars} characters) ` +
        `lies outside the true article bodies`,
    );
    // What the checks may read is the article: a regression here lets sidebars and footers back in.
    expect(share).toBeLessThan(0.05);
  });
});
