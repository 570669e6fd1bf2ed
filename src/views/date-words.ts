import type { Byline, DateCandidate } from '../engine/report/schema.js';
import { sourceInWords } from '../engine/report/date-sources.js';
import { formatDay, parseISODay } from '../engine/time/calendar.js';
import { localizeValue } from './i18n/data-words.js';
import type { UiLanguage } from './i18n/languages.js';
import { readerLanguage } from './i18n/reader.js';
import { listInWords } from './reading.js';

export { sourceInWords };

/** "2024-06-16" → "June 16, 2024" ("16. Juni 2024"): the one style every view shows a day in, in the reader's words. */
export function dayInWords(iso: string, language: UiLanguage = readerLanguage()): string {
  const day = parseISODay(iso);
  return day === null ? iso : localizeValue(formatDay(day), language);
}

export interface DateEntry {
  value: string;
  kind: DateCandidate['kind'];
  /** Where it was found, in words, each once. */
  where: string[];
}

/** One entry per date and kind, in the order first found, with every place it was found said once. */
export function dateEntries(
  dates: readonly DateCandidate[],
  bylines: readonly Pick<Byline, 'name'>[] = [],
): DateEntry[] {
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

export const whereInWords = (e: DateEntry, language?: UiLanguage) => listInWords(e.where, language);
