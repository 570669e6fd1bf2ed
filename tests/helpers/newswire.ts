import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLoaded } from '../../src/cli/audit-task.js';
import type { Finding } from '../../src/engine/report/schema.js';

/**
 * Real, human-written agency copy at volume (../shared/newswire, read where it exists): 8,452
 * dated stories no one here wrote. Every medium or high finding on them is a false alarm, unless a
 * person read it and judged it a real slip of the text (`judged.json` there). Each story goes
 * through the same extraction and audit as `telltale --json --from-jsonl` gives it, in this
 * process. Two test files run it, one with the agency's dates and one with the text alone, so
 * that the two halves run side by side.
 */
const dir = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'newswire');
const FILES = ['reuters.jsonl', 'te3silver.jsonl'];
const present = FILES.every((f) => existsSync(path.join(dir, f))) && existsSync(path.join(dir, 'judged.json'));

interface Story {
  source: string;
  text: string;
  date?: string;
}
interface Verdict {
  check: string;
  evidence: string;
  verdict: 'TRUE' | 'FALSE';
}

/** As score_dated.py compares them: case, white space and curly quotes aside. */
const norm = (s: string | null | undefined) =>
  (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/’/g, "'").replace(/[“”]/g, '"');

/** score_dated.py's match: the verdict's evidence inside the finding's evidence or its sentence. */
const judgedAs = (f: Finding, v: Verdict) =>
  v.check === f.check && f.evidence.some((e) => `${norm(e.text)} || ${norm(e.sentence)}`.includes(norm(v.evidence)));

function findingsOf(story: Story, dated: boolean): Finding[] | string {
  const date = dated && story.date ? { fallbackDate: { value: story.date, source: 'input', text: story.date } } : {};
  const outcome = auditLoaded({ source: story.source, content: story.text, kind: 'text', ...date }, { disabled: [] });
  return 'report' in outcome ? outcome.report.findings : outcome.error;
}

const loud = (f: Finding) => f.severity === 'medium' || f.severity === 'high';

export function newswireControls(dated: boolean): void {
  if (!present) {
    console.info(`newswire: skipped, ${dir} does not hold ${FILES.join(', ')} and judged.json`);
    describe.skip('real agency copy at volume (../shared/newswire)', () => it('needs ../shared/newswire', () => {}));
    return;
  }
  const judged: Record<string, Verdict[]> = JSON.parse(readFileSync(path.join(dir, 'judged.json'), 'utf8'));
  const read = (file: string): Story[] =>
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Story);
  describe(`real agency copy at volume (../shared/newswire), ${dated ? 'with its dates' : 'the text alone'}`, () => {
    for (const file of FILES) {
      it(`${file}: no medium or high finding but the ones judged true`, () => {
        const stories = read(file);
        const problems: string[] = [];
        const trueOnes = new Set<string>();
        for (const story of stories) {
          const findings = findingsOf(story, dated);
          if (typeof findings === 'string') {
            problems.push(`${story.source}: no report (${findings})`);
            continue;
          }
          const verdicts = (judged[story.source] ?? []).filter((v) => v.verdict === 'TRUE');
          for (const f of findings.filter(loud)) {
            const v = verdicts.find((x) => judgedAs(f, x));
            if (v) trueOnes.add(`${story.source} ${v.check} ${v.evidence}`);
            else problems.push(`${story.source} ${f.check} ${f.severity}: ${f.message} «${f.evidence[0]?.text ?? ''}»`);
          }
        }
        expect(problems).toEqual([]);
        // What a person judged a real slip must still be found where the story is.
        const sources = new Set(stories.map((s) => s.source));
        const wanted = Object.entries(judged)
          .filter(([source]) => sources.has(source))
          .flatMap(([source, vs]) =>
            vs.filter((v) => v.verdict === 'TRUE').map((v) => `${source} ${v.check} ${v.evidence}`),
          );
        expect([...trueOnes].sort()).toEqual(wanted.sort());
      }, 180_000);
    }
  });
}
