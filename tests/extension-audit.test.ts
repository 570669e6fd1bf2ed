import { describe, expect, it } from 'vitest';
import { audit as engineAudit, auditInSteps } from '../src/engine/audit.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import { CHECKS } from '../src/engine/registry.js';
import { tagPastTense } from '../src/engine/text/tagger.js';
import { extractText } from '../src/extract/text.js';
import { AuditReplySchema, RequestSchema } from '../src/extension/messages.js';
import { firstInThisPage } from '../src/extension/once-per-page.js';
import { auditInSlices, SLICE_MS, type SliceClock } from '../src/extension/slices.js';
import { tagClauses, taggerFrom } from '../src/extension/tagging.js';
import { audit } from './helpers/audit.js';
import { extractPage, testPages } from './helpers/pages.js';
import { withoutTimings } from './helpers/cli.js';

const page = testPages().find((p) => p.name === 'tagged-past')!;
const same = (report: unknown) => JSON.parse(withoutTimings(JSON.stringify(report)));

describe('the tagger, an option of audit()', () => {
  it('without it, a sentence whose tense only it reads is counted in the report, and its finding is missing', () => {
    const without = engineAudit(extractPage(page), { knowledge: PACK });
    expect(without.untagged).toEqual({ sentences: expect.any(Number) });
    expect(without.findings.map((f) => f.check)).not.toContain('future-event');
    const withIt = audit(extractPage(page), { knowledge: PACK });
    expect(withIt.untagged).toBeUndefined();
    expect(withIt.findings.map((f) => f.check)).toContain('future-event');
  });

  it('a text whose tenses the words settle needs no tagger, and the report says nothing of it', () => {
    const plain = extractText('The council met on Tuesday and approved the budget for the harbour.', 'x');
    expect(engineAudit(plain).untagged).toBeUndefined();
  });

  it("the content script names the clauses it cannot read; with the popup's readings it reports as the CLI", () => {
    const first = taggerFrom(undefined);
    engineAudit(extractPage(page), { knowledge: PACK, tagger: first.tagger });
    expect(first.missing.size).toBeGreaterThan(0);
    const tagged = tagClauses([...first.missing], tagPastTense);
    // What crosses from the popup to the page is validated like any other message.
    const request = RequestSchema.parse({ type: 'telltale:audit', disabled: [], tagged });
    const second = taggerFrom(request.type === 'telltale:audit' ? request.tagged : undefined);
    const report = engineAudit(extractPage(page), { knowledge: PACK, tagger: second.tagger });
    expect(second.missing.size).toBe(0);
    expect(same(report)).toEqual(same(audit(extractPage(page), { knowledge: PACK })));
  });

  it('readings travel as pairs, so that a clause reading "__proto__" is a clause like any other', () => {
    const { tagger, missing } = taggerFrom(tagClauses(['__proto__', 'It rained.'], () => ['rained']));
    expect(tagger('__proto__')).toEqual(['rained']);
    expect(tagger('constructor')).toBeUndefined();
    expect([...missing]).toEqual(['constructor']);
    const tooLong = { ok: false, reason: 'needs-tagger', message: 'x', clauses: ['x'.repeat(3_001)] };
    expect(AuditReplySchema.safeParse(tooLong).success).toBe(false);
  });
});

/** A clock that advances by `step` ms at each reading, and counts the pauses. */
function fakeClock(step: number): SliceClock & { pauses: number } {
  let t = 0;
  const clock = {
    pauses: 0,
    now: () => (t += step),
    pause: async () => void clock.pauses++,
  };
  return clock;
}

describe('the audit in the browser, in slices and within a time budget', () => {
  const input = () => extractPage(page);
  const steps = CHECKS.length + 1;

  it('gives the page its turn between steps once a slice is used up, and reports as the whole audit does', async () => {
    const clock = fakeClock(SLICE_MS / 2);
    const report = await auditInSlices(input(), { knowledge: PACK, tagger: tagPastTense }, clock);
    expect(clock.pauses).toBeGreaterThanOrEqual(steps / 3);
    expect(same(report)).toEqual(same(audit(input(), { knowledge: PACK })));
  });

  it('past its budget, leaves the remaining checks and the clock out and lists them, never silently', async () => {
    const clock = fakeClock(10);
    const report = await auditInSlices(input(), { knowledge: PACK, tagger: tagPastTense }, clock, 45);
    const late = report.notRun.filter((n) => n.reason === 'time').map((n) => n.check);
    expect(late.length).toBeGreaterThan(1);
    expect(late.at(-1)).toBe('clock');
    expect(report.clock.points).toEqual([]);
    const ran = new Set(report.findings.map((f) => f.check));
    for (const check of late) expect(ran.has(check as never)).toBe(false);
  });

  it('each step is named before it runs; the engine runs them all when nobody says stop', () => {
    const named: string[] = [];
    const run = auditInSteps(input(), { tagger: tagPastTense });
    let step = run.next();
    while (!step.done) {
      named.push(step.value);
      step = run.next(true);
    }
    expect(named).toEqual([...CHECKS.map((c) => c.meta.id), 'clock']);
    expect(step.value.notRun).toEqual([]);
  });
});

describe('the content script in the page', () => {
  it('runs once per page, however often the popup injects it, marked where the page cannot reach', () => {
    // In Chromium an element with id="__telltale" is window.__telltale in every world: a flag
    // named by a string could be faked.
    (globalThis as Record<string, unknown>).__telltale = { fake: true };
    expect(firstInThisPage()).toBe(true);
    expect(firstInThisPage()).toBe(false);
    delete (globalThis as Record<string, unknown>).__telltale;
  });
});
