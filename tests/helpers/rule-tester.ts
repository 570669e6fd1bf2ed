import { describe, expect, it } from 'vitest';
import { audit } from '../../src/engine/audit.js';
import { PACK } from '../../src/engine/knowledge/pack.js';
import { extractText } from '../../src/extract/text.js';
import type { Check } from '../../src/engine/checks/types.js';
import type { DateCandidate, Finding, Severity } from '../../src/engine/report/schema.js';

/** One case: a plain-text article (datelines and bylines in it are read as such), and a date from metadata. */
export interface Case {
  text: string;
  /** Publication date as the page's metadata would give it. */
  published?: string;
  modified?: string;
  name?: string;
}

export interface InvalidCase extends Case {
  /** A substring of some evidence text or sentence of the finding. */
  evidence: string;
  severity?: Severity;
  /** A substring of the message, where the arithmetic matters. */
  message?: string;
}

export interface ValidCase extends Case {
  /** The check may raise a finding of at most this severity (for quoted or reported text). */
  atMost?: Severity;
}

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

export function run(check: Check, c: Case): Finding[] {
  const input = extractText(c.text, c.name ?? 'case');
  const dates: DateCandidate[] = [...input.dates];
  if (c.published) dates.push({ value: c.published, kind: 'published', source: 'meta:article:published_time', text: c.published });
  if (c.modified) dates.push({ value: c.modified, kind: 'modified', source: 'meta:article:modified_time', text: c.modified });
  return audit({ ...input, dates }, { knowledge: PACK }).findings.filter((f) => f.check === check.id);
}

/** ESLint's RuleTester, for checks: valid cases raise nothing, invalid ones raise the finding named. */
export function ruleTester(check: Check, cases: { valid: Array<ValidCase | string>; invalid: InvalidCase[] }): void {
  describe(check.id, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c: ValidCase = typeof raw === 'string' ? { text: raw } : raw;
        it(c.name ?? c.text.slice(0, 80), () => {
          const limit = RANK[c.atMost ?? 'info'];
          const over = run(check, c).filter((f) => RANK[f.severity] > limit || (!c.atMost && f.severity !== 'info'));
          expect(over.map((f) => `${f.severity}: ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name ?? c.text.slice(0, 80), () => {
          const findings = run(check, c);
          const hit = findings.find((f) => f.evidence.some((e) => e.text.includes(c.evidence) || e.sentence.includes(c.evidence)));
          expect(hit, `no ${check.id} finding with evidence «${c.evidence}»; got ${JSON.stringify(findings.map((f) => f.message))}`).toBeDefined();
          if (c.severity) expect(hit!.severity).toBe(c.severity);
          if (c.message) expect(hit!.message).toContain(c.message);
          for (const e of hit!.evidence) if (e.start !== null) expect(e.end).toBeGreaterThanOrEqual(e.start);
        });
      }
    });
  });
}
