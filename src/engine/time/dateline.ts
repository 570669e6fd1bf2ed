import * as chrono from 'chrono-node/en';
import { isValidDate } from './calendar.js';
import { known } from './dates.js';
import type { DateCandidate } from '../report/schema.js';

const MODIFIED = /\b(?:updated|last\s+updated|modified|last\s+modified|revised|edited)\b/i;
const PUBLISHED_PREFIX = /^\s*(?:published|posted|posted\s+on|first\s+published|date|dated|on|filed)\s*:?\s*/i;
/** Words a dateline may carry besides its date: a weekday, a time, a zone, "at". */
const FILLER = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?|\b(?:at|on|the|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|pst|pdt|cst|cdt|aest|aedt|ist)\b|\d{1,2}[:.]\d{2}(?::\d{2})?|[\s,.|·•:()\-–—/+]+/gi;

/**
 * A line that is a dateline: a date alone, or after "Published", "Posted on", "Updated". A line
 * holding both ("April 28, 2019 at 6:01 am Updated April 29, 2019") yields both, each with its kind.
 */
export function parseDateline(line: string, source: string): DateCandidate[] {
  const text = line.trim();
  if (!text || text.length > 120) return [];
  const parts = text.split(new RegExp(`(?=${MODIFIED.source})`, 'i'));
  const out: DateCandidate[] = [];
  for (const part of parts) {
    const kind = MODIFIED.test(part) ? 'modified' : 'published';
    const body = part.replace(MODIFIED, '').replace(PUBLISHED_PREFIX, '');
    const results = chrono.strict.parse(body, new Date(Date.UTC(2000, 0, 1)));
    if (results.length !== 1) return [];
    const r = results[0]!;
    const k = known(r.start);
    if (k.year === undefined || k.month === undefined || k.day === undefined || !isValidDate(k.year, k.month, k.day)) return [];
    const rest = (body.slice(0, r.index) + body.slice(r.index + r.text.length)).replace(FILLER, '');
    if (rest.length > 3) return [];
    const value = `${k.year}-${String(k.month).padStart(2, '0')}-${String(k.day).padStart(2, '0')}`;
    out.push({ value, kind, source, text: part.trim() });
  }
  return out;
}
