/**
 * How much longer a piece of work takes on a large input than on a small one: the ratio of the
 * fastest of several runs at each size, in the CPU time the process got, the runs of the two
 * sizes taken in turn. Not a time limit: CPU time does not count the time other processes took on
 * a loaded machine, and the fastest run is the one least disturbed by the collector. Work that
 * grows with the input gives about large / small; work that grows with its square, the square of
 * that. (Vitest runs each test file in a process of its own.)
 */
export function growth(run: (size: number) => void, small: number, large: number, repeats = 5): number {
  run(small);
  run(large);
  let fastSmall = Infinity;
  let fastLarge = Infinity;
  for (let i = 0; i < repeats; i++) {
    fastSmall = Math.min(
      fastSmall,
      timed(() => run(small)),
    );
    fastLarge = Math.min(
      fastLarge,
      timed(() => run(large)),
    );
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
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}
