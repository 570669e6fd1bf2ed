import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { extractAny } from '../src/cli/extract-node.js';

/**
 * Real pages that published a chatbot's talk to its prompter, and real human pages that quote or
 * resemble it (../shared/leftovers, read where it exists; never copied here). Scored as
 * ../shared/tools/score.py scores it: a leftover is found when a finding of the leftover checks
 * holds its words; a medium or high finding on a control, or on words marked clean, is a false
 * alarm. The floors hold what the checks reach today (see the README), with room for a page or two.
 */
const dir = path.resolve(import.meta.dirname, '..', '..', 'shared', 'leftovers');
const goldPath = path.join(dir, 'gold.json');
const present = existsSync(goldPath);
if (!present) console.info(`leftovers: ${dir} is absent, so the leftover set is not scored`);

interface Gold {
  must: Array<{ check: string[]; evidence: string; family: string }>;
  clean: string[];
  control: boolean;
}
const gold: Record<string, Gold> = present ? JSON.parse(readFileSync(goldPath, 'utf8')) : {};
const CHECKS = new Set(['chatbot-artifact', 'ai-disclosure']);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/’/g, "'").replace(/[“”]/g, '"');
/** At least this share of the leftovers found, overall and in every family. */
const RECALL = 0.85;
const FAMILY_RECALL = 0.7;

const found = new Map<string, { found: number; total: number }>();

describe.skipIf(!present)('chatbot leftovers on real pages (../shared/leftovers)', () => {
  for (const [name, g] of Object.entries(gold)) {
    it(name, () => {
      // Read as text, as the pages are; the command line refuses a file that is JSON as a whole, this does not.
      const report = audit(extractAny(readFileSync(path.join(dir, name), 'utf8'), name, 'text'));
      const findings = report.findings.filter((f) => CHECKS.has(f.check));
      const texts = (f: (typeof findings)[number]) => f.evidence.map((e) => `${norm(e.text)} || ${norm(e.sentence)}`);
      for (const item of g.must) {
        const hit = findings.some(
          (f) => item.check.includes(f.check) && texts(f).some((t) => t.includes(norm(item.evidence))),
        );
        const tally = found.get(item.family) ?? { found: 0, total: 0 };
        found.set(item.family, { found: tally.found + (hit ? 1 : 0), total: tally.total + 1 });
      }
      const alarms = findings.filter(
        (f) =>
          (f.severity === 'high' || f.severity === 'medium') &&
          (g.control || g.clean.some((c) => texts(f).some((t) => t.includes(norm(c))))),
      );
      expect(alarms.map((f) => `${f.check} ${f.severity}: ${f.message}`)).toEqual([]);
    });
  }
  afterAll(() => {
    const all = [...found.values()].reduce((a, b) => ({ found: a.found + b.found, total: a.total + b.total }), {
      found: 0,
      total: 0,
    });
    const byFamily = [...found].map(([family, t]) => `${family} ${t.found}/${t.total}`).join(', ');
    console.info(`leftovers: ${all.found}/${all.total} found (${byFamily})`);
    expect(all.found / all.total).toBeGreaterThanOrEqual(RECALL);
    for (const [family, t] of found) expect(t.found / t.total, family).toBeGreaterThanOrEqual(FAMILY_RECALL);
  });
});
