import { InputError, load, type Entry, type Loaded } from './inputs.js';

/**
 * Every article the inputs hold, in order, each loaded only when asked for: an archive is read
 * as it is audited. The readers of archives and JSON Lines load with the first such input.
 */
export async function* articles(
  entries: Array<Entry | InputError>,
  timeoutMs: number,
): AsyncGenerator<Loaded | InputError> {
  for (const entry of entries) {
    if (entry instanceof InputError) yield entry;
    else if (entry.format === 'warc') yield* (await import('./warc.js')).warcArticles(entry);
    else if (entry.format === 'jsonl') yield* (await import('./jsonl.js')).jsonlArticles(entry);
    else {
      try {
        yield await load(entry, timeoutMs);
      } catch (error) {
        yield error instanceof InputError
          ? error
          : new InputError(entry.source, `cannot be read (${(error as Error).message})`);
      }
    }
  }
}
