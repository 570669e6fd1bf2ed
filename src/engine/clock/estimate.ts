import type { Day } from '../time/calendar.js';

/** What one claim says about when the text was written, as an inclusive range of days (open ends infinite). */
export interface WritingConstraint {
  from: Day;
  to: Day;
  /**
   * A claim that fits several separate stretches ("Tuesday, March 3" fits 2009, 2015, 2020): the
   * stretches, each within from–to. One claim, so it counts once wherever it holds.
   */
  spans?: ReadonlyArray<{ from: Day; to: Day }>;
}

/**
 * A claim that holds on the same days of every year (a wire dateline without its year: "PARIS,
 * March 3"): it cannot place the writing alone, but it narrows a period the other claims found.
 * `occurrences` lists its days within a finite range, in order.
 */
export interface YearlyClaim {
  occurrences(from: Day, to: Day): Array<{ from: Day; to: Day }>;
  /** Among the occurrences, those it prefers: the day a weekday the text names falls on. Never decisive alone. */
  prefer?: ((occurrence: { from: Day; to: Day }) => boolean) | undefined;
}

export interface WritingEstimate {
  from: Day;
  to: Day;
  /** How many constraints hold throughout the estimate, out of how many there were. */
  agreeing: number;
  claims: number;
}

/** Best stretches further apart than this are two answers, not one: no estimate. */
const MAX_TIED_SPREAD = 3 * 366;

/**
 * The period most claims agree on: a sweep over the constraints finds the days covered by the
 * most of them; ties make one estimate of all the days they cover, when they lie close together.
 * Null when there is no claim, when the best days are open-ended, as they are for a text that only
 * narrates the past ("after 2019" is a bound, not an estimate), or when they lie years apart (a
 * weekday and a date fit several years). Yearly claims then narrow the result to their days in it.
 */
export function estimateWriting(
  constraints: readonly WritingConstraint[],
  yearly: readonly YearlyClaim[] = [],
): WritingEstimate | null {
  if (!constraints.length) return null;
  const events: Array<[Day, number]> = [];
  for (const c of constraints) {
    for (const s of c.spans ?? [c]) events.push([s.from, 1], [s.to + 1, -1]);
  }
  // At the same day an interval that has ended leaves before one that starts there joins.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0;
  let best: Array<{ from: Day; to: Day }> = [];
  let bestDepth = 0;
  for (let i = 0; i < events.length; i++) {
    const [day, change] = events[i]!;
    depth += change;
    const next = events[i + 1]?.[0];
    if (next === undefined || next === day || depth <= 0 || depth < bestDepth) continue;
    if (depth > bestDepth) best = [];
    bestDepth = depth;
    best.push({ from: day, to: next - 1 });
  }
  if (!best.length) return null;
  const from = best[0]!.from;
  const to = best[best.length - 1]!.to;
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  if (best.length > 1 && to - from > MAX_TIED_SPREAD) return null;
  let estimate: WritingEstimate = { from, to, agreeing: bestDepth, claims: constraints.length };
  for (const y of yearly) estimate = narrow(estimate, y);
  return estimate;
}

/** The estimate cut down to a yearly claim's days in it, and to the days it prefers when exactly one is. */
function narrow(e: WritingEstimate, y: YearlyClaim): WritingEstimate {
  const inside = y.occurrences(e.from, e.to);
  if (!inside.length) return { ...e, claims: e.claims + 1 };
  const preferred = y.prefer ? inside.filter(y.prefer) : [];
  const kept = preferred.length === 1 ? preferred : inside;
  const from = Math.max(kept[0]!.from, e.from);
  const to = Math.min(kept[kept.length - 1]!.to, e.to);
  return { from, to, agreeing: e.agreeing + 1, claims: e.claims + 1 };
}
