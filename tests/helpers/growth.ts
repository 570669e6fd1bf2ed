/**
 * How much longer a piece of work takes on a large input than on a small one: the ratio of the
 * fastest of several runs at each size, the runs of the two sizes taken in turn. Not a time limit:
 * on a loaded machine both sizes slow down alike, and the fastest run is the one least disturbed.
 * Work that grows with the input gives about large / small; work that grows with its square, the
 * square of that.
 */
export function growth(run: (size: number) => void, small: number, large: number, repeats = 5): number {
  run(small);
  run(large);
  let fastSmall = Infinity;
  let fastLarge = Infinity;
  for (let i = 0; i < repeats; i++) {
    fastSmall = Math.min(fastSmall, timed(() => run(small)));
    fastLarge = Math.min(fastLarge, timed(() => run(large)));
  }
  return fastLarge / fastSmall;
}

/**
 * The bound a ratio is held to: linear growth with room for the machine's noise and for what
 * does not grow in proportion on a small input (caches, the regular-expression engine's stacks),
 * and well under what the square would give (for sizes eight times apart: 24 against 64).
 */
export function linearBound(small: number, large: number): number {
  return (large / small) * 3;
}

function timed(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}
