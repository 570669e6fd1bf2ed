import type { Byline, DateCandidate } from '../engine/report/schema.js';
import { formatDay, parseISODay } from '../engine/time/calendar.js';
import { listInWords } from './reading.js';

/** "2024-06-16" → "June 16, 2024": the one style every view shows a day in. */
export function dayInWords(iso: string): string {
  const day = parseISODay(iso);
  return day === null ? iso : formatDay(day);
}

/**
 * Where a date was found, as a reader would say it. Markup names ("json-ld", "meta:sailthru.date",
 * "microdata") are all the page's data; a date written in the article's header is at its top, or
 * in its byline when it stands with the author's name.
 */
export function sourceInWords(d: Pick<DateCandidate, 'source' | 'text'>, bylines: readonly Pick<Byline, 'name'>[] = []): string {
  const s = d.source;
  if (s === 'json-ld' || s === 'microdata' || s === 'meta' || s.startsWith('meta:')) return 'in the page’s data';
  if (s === 'time' || s.startsWith('dateline')) {
    return bylines.some((b) => b.name && d.text.includes(b.name)) ? 'in the byline' : 'at the top of the article';
  }
  if (s === 'option' || s === 'input') return 'given with the audit';
  if (s === 'warc-date') return 'when the page was archived';
  if (s.startsWith('text:')) return 'in the text, as the day it first ran';
  return `in the page (${s})`;
}

export interface DateEntry {
  value: string;
  kind: DateCandidate['kind'];
  /** Where it was found, in words, each once. */
  where: string[];
}

/** One entry per date and kind, in the order first found, with every place it was found said once. */
export function dateEntries(dates: readonly DateCandidate[], bylines: readonly Pick<Byline, 'name'>[] = []): DateEntry[] {
  const out = new Map<string, DateEntry>();
  for (const d of dates) {
    const key = `${d.kind} ${d.value}`;
    const entry = out.get(key) ?? { value: d.value, kind: d.kind, where: [] };
    const where = sourceInWords(d, bylines);
    if (!entry.where.includes(where)) entry.where.push(where);
    out.set(key, entry);
  }
  return [...out.values()];
}

export const whereInWords = (e: DateEntry) => listInWords(e.where);
