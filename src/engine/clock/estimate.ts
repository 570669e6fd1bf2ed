import type { Day } from '../time/calendar.js';

/** What one claim says about when the text was written, as an inclusive range of days (open ends infinite). */
export interface WritingConstraint {
  from: Day;
  to: Day;
}

export interface WritingEstimate {
  from: Day;
  to: Day;
  /** How many constraints hold throughout the estimate, out of how many there were. */
  agreeing: number;
  claims: number;
}

/**
 * The period most claims agree on: a sweep over the constraints finds the stretch of days
 * covered by the most of them (the earliest such stretch on a tie). Null when there is no claim
 * or when that stretch is open-ended, as it is for a text that only narrates the past: "after
 * 2019" is a bound, not an estimate.
 */
export function estimateWriting(constraints: readonly WritingConstraint[]): WritingEstimate | null {
  if (!constraints.length) return null;
  const events: Array<[Day, number]> = [];
  for (const c of constraints) events.push([c.from, 1], [c.to + 1, -1]);
  // At the same day an interval that has ended leaves before one that starts there joins.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0;
  let best: { from: Day; to: Day; depth: number } | null = null;
  for (let i = 0; i < events.length; i++) {
    const [day, change] = events[i]!;
    depth += change;
    const next = events[i + 1]?.[0];
    if (next === undefined || next === day) continue;
    if (depth > 0 && (!best || depth > best.depth)) best = { from: day, to: next - 1, depth };
  }
  if (!best || !Number.isFinite(best.from) || !Number.isFinite(best.to)) return null;
  return { from: best.from, to: best.to, agreeing: best.depth, claims: constraints.length };
}
