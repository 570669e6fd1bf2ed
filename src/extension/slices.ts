import type { ArticleInput } from '../engine/article.js';
import { auditInSteps, type AuditOptions } from '../engine/audit.js';
import type { Report } from '../engine/report/schema.js';

/**
 * The engine's time on one page in the browser. It runs on the page's own thread: past this, the
 * checks not yet run are left out and the report lists them (`notRun`, reason `time`), so that a
 * page made to be slow cannot keep the reader waiting. Far above what an article at the
 * character budget takes (under half a second here), so that a report does not depend on the
 * machine but on a page made for it.
 */
export const AUDIT_TIME_BUDGET_MS = 3_000;

/** How long the audit works before the page gets its turn (input, painting, its own scripts). */
export const SLICE_MS = 40;

export interface SliceClock {
  now(): number;
  /** Resolves once the page has had its turn. */
  pause(): Promise<void>;
}

const browserClock: SliceClock = { now: () => performance.now(), pause: nextTask };

/**
 * The audit in slices of about SLICE_MS, the page's tasks running in between, and no further
 * than AUDIT_TIME_BUDGET_MS: a step is a check or the clock, so one slice is one step at least.
 */
export async function auditInSlices(
  input: ArticleInput,
  options: AuditOptions,
  clock: SliceClock = browserClock,
  budgetMs = AUDIT_TIME_BUDGET_MS,
): Promise<Report> {
  const start = clock.now();
  let sliceStart = start;
  const steps = auditInSteps(input, options);
  let step = steps.next();
  while (!step.done) {
    if (clock.now() - sliceStart >= SLICE_MS) {
      await clock.pause();
      sliceStart = clock.now();
    }
    step = steps.next(clock.now() - start < budgetMs);
  }
  return step.value;
}

/** A task of its own, after the ones waiting (a message through a channel: timers are clamped when nested). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
