/**
 * Runs `run` over the items with at most `limit` under way at once, and yields the results in
 * the items' order. A result that is ready waits for those before it, and counts against the
 * limit while it waits: memory stays bounded however slow one input is.
 * `run` must not reject (a rejection waiting in the queue would go unhandled).
 */
export async function* inOrder<T, R>(
  items: AsyncIterable<T>,
  limit: number,
  run: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  const source = items[Symbol.asyncIterator]();
  let done = false;
  while (!done || pending.length) {
    while (!done && pending.length < limit) {
      const next = await source.next();
      if (next.done) done = true;
      else pending.push(run(next.value));
    }
    if (pending.length) yield await pending.shift()!;
  }
}
