import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import { extractAny } from '../src/cli/extract-node.js';

/**
 * The shared gold files, read where ../shared exists (they are not part of this repository):
 * what must be found, and no medium or high finding on clean text or control documents.
 */
const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const GOLD = ['seeds', 'cases', 'realpages'];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/’/g, "'").replace(/[“”]/g, '"');

interface Gold {
  must: Array<{ check: string[]; evidence: string }>;
  clean: string[];
  control: boolean;
}

for (const set of GOLD) {
  const goldPath = path.join(shared, set, 'gold.json');
  describe.skipIf(!existsSync(goldPath))(`shared ${set}`, () => {
    const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, Gold>) : {};
    for (const [name, g] of Object.entries(gold)) {
      it(name, () => {
        const file = path.join(shared, set, name);
        const report = audit(extractAny(readFileSync(file, 'utf8'), file, name.endsWith('.txt') ? 'text' : 'html'), {
          knowledge: PACK,
        });
        const texts = (f: (typeof report.findings)[number]) =>
          f.evidence.map((e) => `${norm(e.text)} || ${norm(e.sentence)}`);
        for (const item of g.must) {
          const hit = report.findings.some(
            (f) => item.check.includes(f.check) && texts(f).some((t) => t.includes(norm(item.evidence))),
          );
          expect(hit, `must find ${item.check.join('/')} «${item.evidence}»`).toBe(true);
        }
        const alarms = report.findings.filter(
          (f) =>
            (f.severity === 'high' || f.severity === 'medium') &&
            (g.control || g.clean.some((c) => texts(f).some((t) => t.includes(norm(c))))),
        );
        expect(alarms.map((f) => `${f.check} ${f.severity}: ${f.message}`)).toEqual([]);
      });
    }
  });
}
