import type { ArticleInput, Placed } from '../engine/article.js';
import type { Byline, DateCandidate } from '../engine/report/schema.js';
import { leadingDateline, parseDateline } from '../engine/time/dateline.js';

/** How far down a plain-text article a dateline or byline may stand and still be one. */
const HEAD_LINES = 15;
/**
 * "By Jane Doe", "Written by: Jane Doe". The colon and the white space around it are one optional
 * group and one run: as `\s*:?\s+`, a line of spaces was split between the two runs every way there
 * is (time grew with the square of the spaces).
 */
const BYLINE = /^(?:by|written\s+by|words\s+by|story\s+by|reporting\s+by)(?:\s*:)?\s+(.{2,80})$/i;
/** "(Dave DeCamp, Antiwar.com) The Russian military ...": agency style, at the very start. */
const PAREN_BYLINE = /^\(([^,()]{3,60}),\s*([^()]{2,60})\)\s/;

/**
 * Plain text to the article model. Each line is a paragraph unless it plainly continues the one
 * before (hard-wrapped text); date lines near the top are datelines, "By X" lines are bylines.
 */
export function extractText(raw: string, source: string): ArticleInput {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const paragraphs: string[] = [];
  let blank = true;
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      blank = true;
      continue;
    }
    const prev = paragraphs[paragraphs.length - 1];
    if (!blank && prev !== undefined && !/[.!?:"”’)\]]$/.test(prev) && /^[a-z(“"‘]/.test(t) && prev.length > 40) {
      paragraphs[paragraphs.length - 1] = `${prev} ${t}`;
    } else paragraphs.push(t);
    blank = false;
  }
  const dates: Array<Placed<DateCandidate>> = [];
  const bylines: Array<Placed<Byline>> = [];
  let title: string | null = null;
  paragraphs.forEach((p, i) => {
    const head = i < HEAD_LINES;
    const datelines = head ? parseDateline(p, 'dateline') : [];
    if (datelines.length) {
      dates.push(...datelines.map((d) => ({ ...d, paragraph: i })));
      return;
    }
    // A story that runs on from its dateline ("(Reuters) Monday 4 Feb 2020 - The bank ...") keeps its paragraph.
    const lead = head && !dates.some((d) => d.source === 'dateline') ? leadingDateline(p, 'dateline') : null;
    if (lead) dates.push({ ...lead, paragraph: i });
    const by = BYLINE.exec(p);
    if (by && (head || p.length <= 60)) {
      bylines.push({ name: by[1]!.trim(), source: 'visible', text: p, paragraph: i });
      return;
    }
    const paren = head ? PAREN_BYLINE.exec(p) : null;
    if (paren) bylines.push({ name: paren[1]!.trim(), source: 'visible', text: paren[0].trim(), paragraph: i });
    if (title === null && head && p.length <= 160 && !/[.!?]$/.test(p) && p.split(/\s+/).length >= 3) title = p;
  });
  return { source, title, paragraphs, dates, bylines };
}
