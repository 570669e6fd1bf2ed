import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseISODay } from '../engine/time/calendar.js';
import { checkArticle, InputError, MAX_BYTES, type Entry, type Loaded } from './inputs.js';

/**
 * Articles as JSON Lines (--from-jsonl), one object a line: {"source", "html"} or {"source",
 * "text"}, and optionally "date" (YYYY-MM-DD, or an ISO time whose day is taken) for a page that
 * gives none. This is how a Spark RDD.pipe stage or any other tool hands pages over. Every line
 * gives exactly one report or error, in order, so that output lines pair with input lines.
 */
export async function* jsonlArticles(entry: Entry): AsyncGenerator<Loaded | InputError> {
  const stream = entry.location === '-' ? process.stdin : createReadStream(entry.location);
  let line = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    // A file saved with a byte-order mark (as Windows editors write UTF-8) starts with one: it is no part of the JSON.
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    const where = `${entry.source}:${line}`;
    try {
      yield parseLine(text, where);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield error;
    }
  }
  if (!line) yield new InputError(entry.source, 'no lines (expected one JSON object per article)');
}

function parseLine(text: string, where: string): Loaded {
  if (text.length > MAX_BYTES) throw new InputError(where, `line is over the ${MAX_BYTES / 1048576} MB limit`);
  if (!text.trim()) throw new InputError(where, 'blank line (expected one JSON object per article)');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(where, `not JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new InputError(where, 'not a JSON object (expected {"source", "html"} or {"source", "text"})');
  const { source, html, text: plain, date } = value as Record<string, unknown>;
  if (typeof source !== 'string' || !source) throw new InputError(where, 'no "source" string');
  if ((typeof html === 'string') === (typeof plain === 'string'))
    throw new InputError(source, 'needs exactly one of "html" and "text", as a string');
  const kind = typeof html === 'string' ? 'html' : 'text';
  const content = (html ?? plain) as string;
  checkArticle(source, content, kind);
  const loaded: Loaded = { source, content, kind };
  if (date !== undefined) {
    const day = typeof date === 'string' ? /^\d{4}-\d{2}-\d{2}(?=$|T)/.exec(date)?.[0] : undefined;
    if (!day || parseISODay(day) === null)
      throw new InputError(source, `"date" must be YYYY-MM-DD or an ISO time, got ${JSON.stringify(date)}`);
    loaded.fallbackDate = { value: day, source: 'input', text: date as string };
  }
  return loaded;
}
