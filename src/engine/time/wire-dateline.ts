import type { Article } from '../article.js';

/**
 * A wire dateline without its year, where an agency story begins: "SALVADOR, Feb 26 -",
 * "KUALA LUMPUR, April 1 (AFP) -", "WHITE PLAINS, N.Y., Oct 19 -". It says the day and month the
 * story was filed, never the year: the clock uses it to narrow a period the other claims found.
 */
export interface WireDateline {
  start: number;
  end: number;
  month: number;
  day: number;
  /** The first weekday the story's lead names ("by midday Tuesday"): agencies name the day they file by its weekday. */
  leadWeekday: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A place in capitals, with a region after a comma ("WHITE PLAINS, N.Y."). */
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{0,24})?`;
/** "Feb 26", "Sept. 3", "April 1": the month as a word, abbreviated or whole. */
const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?`;
const MONTH_DAY = String.raw`(${MONTH}|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})`;
/** Who filed it: "(AFP)", "(Xinhua)", "(Reuters)". */
const AGENCY = String.raw`(?:\s*\([^()]{1,30}\))?`;
const DATELINE = new RegExp(String.raw`^${PLACE},\s+${MONTH_DAY}${AGENCY}\s*(?:-{1,2}|–|—)\s`, 'iu');
const WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const WEEKDAYS_ALL = new RegExp(WEEKDAY.source, 'gi');
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** Datelines stand at the start of one of the first paragraphs, after a headline or a byline. */
const HEAD_PARAGRAPHS = 3;

export function findWireDateline(article: Article): WireDateline | null {
  for (const p of article.paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    const text = article.text.slice(p.start, p.end);
    const m = DATELINE.exec(text);
    // The place must be written in capitals: "Paris, March 3 -" in prose is no dateline.
    if (!m || !/^[\p{Lu}\s.'’-]{2,},/u.test(text.slice(0, text.indexOf(',') + 1))) continue;
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2]);
    if (month < 1 || day < 1 || day > 31) continue;
    // The lead sentence's weekday, when it names one and the lead paragraph no other:
    // a story about several days names none.
    const named = new Set([...text.slice(m[0].length).matchAll(WEEKDAYS_ALL)].map((w) => w[1]!.toLowerCase()));
    const first = WEEKDAY.exec(text.slice(m[0].length).split(/(?<=[.!?])\s/)[0] ?? '');
    const leadWeekday = first && named.size === 1 ? WEEKDAYS.indexOf(first[1]!.toLowerCase()) : null;
    return { start: p.start, end: p.start + m[0].trimEnd().length, month, day, leadWeekday };
  }
  return null;
}
