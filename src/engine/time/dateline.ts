import * as chrono from 'chrono-node/en';
import { isValidDate } from './calendar.js';
import { known } from './dates.js';
import type { DateCandidate } from '../report/schema.js';
import { anyOf, wordList } from '../text/alternation.js';

const MODIFIED_WORDS = wordList(String.raw`
  updated modified revised edited reviewed fact[\s-]checked refreshed republished reposted
`);
/**
 * Words that date a later version: the page was changed or checked then, not published. A line is cut
 * before each, so a word before one ("Last updated", "Medically reviewed") stays on the part before it,
 * which is then no dateline, and the line none.
 */
const MODIFIED = new RegExp(String.raw`\b${anyOf(MODIFIED_WORDS)}\b`, 'i');
/**
 * Labels of a publication date: "Published on", "Date of publication", "Filed". "Dated" is "date" and a
 * letter left over; "on" is a filler word.
 */
const PUBLISHED_WORDS = wordList(String.raw`
  (?:first\s+)?published(?:\s+on)? posted(?:\s+on)? date\s+of\s+publication publication\s+date date filed
`);
const PUBLISHED_PREFIX = new RegExp(String.raw`^\s*${anyOf(PUBLISHED_WORDS)}\s*:?\s*`, 'i');
/** The start of a weekday; the ending follows, if written. */
const FILLER_WEEKDAYS = wordList(`
  mon tue tues wed thu thur thurs fri sat sun
`);
/** Small words, halves of the day and time zones ("a.m." is two letters and punctuation). */
const FILLER_WORDS = wordList(`
  at on the am pm gmt utc bst cet cest est edt pst pdt cst cdt aest aedt ist
`);
/** Words a dateline may carry besides its date: a weekday, a time, a zone, "at". */
const FILLER = new RegExp(
  String.raw`\b${anyOf(FILLER_WEEKDAYS)}(?:day|nesday|urday)?\b\.?|\b${anyOf(FILLER_WORDS)}\b|` +
    String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?|[\s,.|·•:()\-–—/+]+`,
  'gi',
);

/**
 * Said relative to the moment the page was rendered ("Last Friday, March 3", "Now"): no date a saved page
 * can be read by. chrono's strict mode reads no "today" or "yesterday", and as words left over they are
 * more than a dateline already.
 */
const RELATIVE = /\b(?:ago|now|last|next|this)\b/i;
/**
 * A dateline gives its year, and chrono-node reads a year from figures only: two in a row at least
 * for any year a page can be published in (`isPlausiblePublication`). A line without them is not
 * worth asking chrono-node about, which costs more than the rest of the reading.
 */
const YEAR_FIGURES = /\d\d/;

/** Values CMSs write where they have no date: the zero of a clock, not a day anything was published. */
const PLACEHOLDERS = new Set(['1970-01-01', '1900-01-01', '1899-12-30', '1899-12-31', '1753-01-01', '1601-01-01']);

/**
 * True when an ISO day can be a publication date: not an empty placeholder ("0001-01-01", the
 * Unix epoch), not before printed news nor after this century.
 */
export function isPlausiblePublication(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= 1600 && year <= 2100 && !PLACEHOLDERS.has(value.slice(0, 10));
}

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
    if (RELATIVE.test(body)) return [];
    if (!YEAR_FIGURES.test(body)) return [];
    const results = chrono.strict.parse(body, new Date(Date.UTC(2000, 0, 1)));
    if (results.length !== 1) return [];
    const r = results[0]!;
    const k = dayAndMonth(r.text, known(r.start));
    if (
      !k ||
      k.year === undefined ||
      k.month === undefined ||
      k.day === undefined ||
      !isValidDate(k.year, k.month, k.day)
    )
      return [];
    const rest = (body.slice(0, r.index) + body.slice(r.index + r.text.length)).replace(FILLER, '');
    if (rest.length > 3) return [];
    const value = `${k.year}-${String(k.month).padStart(2, '0')}-${String(k.day).padStart(2, '0')}`;
    if (!isPlausiblePublication(value)) return [];
    out.push({ value, kind, source, text: part.trim() });
  }
  return out;
}

/**
 * A date in figures is read as its page writes it: "03.04.2023" is day first (dots are never
 * American), "13/04/2023" can only be day first, "04/13/2023" only month first; "03/04/2023"
 * could be either, and a dateline that could be either is none (null).
 */
function dayAndMonth<K extends { day?: number; month?: number }>(text: string, k: K): K | null {
  const m = /^\s*(?:\p{L}+,?\s+)?(\d{1,2})([./-])(\d{1,2})\2\d{2,4}\b/u.exec(text);
  if (!m) return k;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (m[2] === '.' || a > 12) return { ...k, day: a, month: b };
  if (b > 12 || a === b) return { ...k, day: b, month: a };
  return null;
}

/** Who files a story, as an agency dateline names it: "(Reuters)", "(AP)". */
const AGENCY = String.raw`\((?:[A-Z][\w.&'’ -]{0,30})\)`;
/** Labels of a publication date that a story runs on from: the dateline's, without "date" and "on" alone. */
const LEAD_WORDS = wordList(String.raw`
  (?:first\s+)?published(?:\s+on)? posted(?:\s+on)? date\s+of\s+publication publication\s+date dated filed
`);
/**
 * Where a story runs into its dateline: "Published March 3 2018 Three firefighters…", "(Reuters) Monday 4 Feb
 * 2020 - The bank…".
 */
const LEADS: Array<{ re: RegExp; kind: DateCandidate['kind'] }> = [
  { re: new RegExp(String.raw`^\s*${anyOf(LEAD_WORDS)}\s*:?\s*`, 'i'), kind: 'published' },
  { re: /^\s*(?:last\s+)?updated(?:\s+on)?\s*:?\s*/i, kind: 'modified' },
  { re: new RegExp(String.raw`^\s*(?:[A-Z][A-Z.'’ -]{1,40},?\s+)?${AGENCY}\s*`), kind: 'published' },
  { re: /^\s*[A-Z][A-Z.'’ -]{2,40},\s*/, kind: 'published' },
];

/**
 * A dateline a story runs into, at the very start of its first lines: a "Published" prefix, an
 * agency's "(Reuters)" or a place in capitals, then a full date with its year, then the story
 * (after a dash or straight on). Returns the dateline as written, without the story.
 */
export function leadingDateline(line: string, source: string): DateCandidate | null {
  for (const { re, kind } of LEADS) {
    const lead = re.exec(line);
    if (!lead) continue;
    const rest = line.slice(lead[0].length, lead[0].length + 80);
    if (!YEAR_FIGURES.test(rest)) continue;
    const r = chrono.strict.parse(rest, new Date(Date.UTC(2000, 0, 1)))[0];
    if (!r || r.index > 0 || RELATIVE.test(r.text)) continue;
    const k = dayAndMonth(r.text, known(r.start));
    if (
      !k ||
      k.year === undefined ||
      k.month === undefined ||
      k.day === undefined ||
      !isValidDate(k.year, k.month, k.day)
    )
      continue;
    // The date ends the dateline: what follows is a dash, an agency, or the story's first word.
    const after = rest.slice(r.index + r.text.length);
    const tail = new RegExp(String.raw`^(?:\s*${AGENCY})?\s*(?:[-–—:|]\s*|\s+(?=\p{Lu}))`, 'u').exec(after);
    if (!tail) continue;
    const value = `${k.year}-${String(k.month).padStart(2, '0')}-${String(k.day).padStart(2, '0')}`;
    if (!isPlausiblePublication(value)) continue;
    const text = line.slice(0, lead[0].length + r.index + r.text.length + tail[0].length).replace(/[\s\-–—:|]+$/, '');
    return { value, kind, source, text };
  }
  return null;
}
