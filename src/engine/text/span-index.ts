import type { Span } from './sentences.js';

/**
 * Questions asked many times over the same spans, answered by a binary search over them in order
 * of start and the furthest end reached so far: a scan of every span per question would cost
 * their product.
 */
function indexOf(spans: readonly Span[]): { starts: number[]; furthest: number[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const s of sorted) furthest.push(Math.max(furthest[furthest.length - 1] ?? -Infinity, s.end));
  return { starts: sorted.map((s) => s.start), furthest };
}

/** How many of the sorted starts are at or before `at` (`inclusive`), or before it. */
function countUpTo(starts: readonly number[], at: number, inclusive: boolean): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at || (inclusive && starts[mid] === at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a range lies inside any of the spans. */
export function insideAnyOf(spans: readonly Span[]): (start: number, end: number) => boolean {
  const { starts, furthest } = indexOf(spans);
  return (start, end) => {
    const n = countUpTo(starts, start, true);
    return n > 0 && furthest[n - 1]! >= end;
  };
}

/** Whether a range overlaps any of the spans. */
export function overlapsAnyOf(spans: readonly Span[]): (span: Span) => boolean {
  const { starts, furthest } = indexOf(spans);
  return (span) => {
    const n = countUpTo(starts, span.end, false);
    return n > 0 && furthest[n - 1]! > span.start;
  };
}
