import type { Article } from '../article.js';
import type { CheckContext, PublicationDate } from '../check-kit/types.js';
import type { DateCandidate } from '../report/schema.js';
import type { Knowledge } from '../knowledge/index-pack.js';
import { parseISODay, toISO } from './calendar.js';
import { resolveDate } from './dates.js';
import { anyOf, wordList } from '../text/alternation.js';

/** Sources in order of trust (DESIGN.md): structured data first, a visible dateline last. */
const TRUST = ['json-ld', 'meta', 'microdata', 'time', 'dateline', 'option'];
const trustOf = (c: DateCandidate) => {
  const i = TRUST.findIndex((t) => c.source === t || c.source.startsWith(`${t}:`));
  return i === -1 ? TRUST.length : i;
};

export function buildContext(article: Article, knowledge: Knowledge | null = null): CheckContext {
  const published: PublicationDate[] = [];
  let latest: number | null = null;
  for (const candidate of [...article.dates].sort((a, b) => trustOf(a) - trustOf(b))) {
    const day = parseISODay(candidate.value);
    if (day === null) continue;
    if (candidate.kind === 'published') published.push({ day, candidate });
    latest = latest === null ? day : Math.max(latest, day);
  }
  // Trusted least, and so never the reference for a yearless date: the page's own dates come first.
  published.push(...firstPublished(article));
  if (latest !== null) for (const day of updateNoteDays(article)) latest = Math.max(latest, day);
  return { published, latest, knowledge };
}

/** How a page says it was changed. */
const CHANGED = wordList(`
  updated corrected amended changed revised
`);
/** How a note about a change opens. */
const NOTE_HEADS = wordList(String.raw`
  update[sd]? correction clarification editor['’]?s\s+note
`);
/**
 * "Update, March 10: the council approved the plan on March 9": a note that the page changed after
 * it was published. What it tells happened by the update, so its days move the page's latest date.
 */
const UPDATE_NOTE = new RegExp(
  String.raw`^\W*${anyOf(NOTE_HEADS)}\b|\b(?:this|the)\s+(?:story|article|post|report|piece)\s+` +
    String.raw`(?:was|has\s+been|had\s+been)\s+${anyOf(CHANGED)}\b`,
  'i',
);

function updateNoteDays(article: Article): number[] {
  const notes = article.paragraphs.filter((p) =>
    UPDATE_NOTE.test(article.text.slice(p.start, Math.min(p.end, p.start + 300))),
  );
  if (!notes.length) return [];
  // "Update, April 2019": a month or a year is enough; the page changed by its end at the latest.
  return article.dateMentions.flatMap((m) => {
    if (m.year === undefined || !notes.some((p) => m.start >= p.start && m.end <= p.end)) return [];
    const r = resolveDate(m, null, false);
    return r ? [r.period.to] : [];
  });
}

/** Where a candidate comes from when the text itself says when it first ran. */
export const FIRST_PUBLISHED_SOURCE = 'text:first-published';

/** What a page calls itself. */
const PIECES = wordList(`
  story article piece post report column interview essay feature review
`);
/**
 * The page speaking of itself: "this story was originally published on", or a paragraph that opens
 * "Originally published on"; never a book's or a show's first run ("the novel, first published in").
 */
const ITSELF_FIRST_RAN =
  String.raw`\b(?:this|the)\s+${anyOf(PIECES)}\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:originally|first)` +
  String.raw`\s+(?:published|appeared|ran|posted)\b`;
const OPENS_FIRST_RAN = String.raw`\W*(?:originally|first)\s+(?:published|appeared|ran|posted)\b`;
const FIRST_RAN = new RegExp(String.raw`${ITSELF_FIRST_RAN}|(?:^|\n)${OPENS_FIRST_RAN}`, 'i');
/** Read on a paragraph up to the date, so that "^" is where the paragraph begins. */
const FIRST_RAN_ON = new RegExp(
  String.raw`(?:${ITSELF_FIRST_RAN}|^${OPENS_FIRST_RAN})[^.;]{0,30}?\b(?:on|in)\s+$`,
  'i',
);

/**
 * "This story was originally published on March 3, 2015": a republished text was written then, so
 * its forecasts and spans are read as of then too. Not a date the page is published on: date-conflict
 * leaves it out.
 */
function firstPublished(article: Article): PublicationDate[] {
  if (!FIRST_RAN.test(article.text)) return [];
  return article.dateMentions.flatMap((m) => {
    // A day, so that a message can name it as the text does ("March 3, 2015", not the first of a month or year).
    const s = article.sentenceAt(m.start);
    const p = s && article.paragraphs[s.paragraph];
    if (!p || m.year === undefined || m.day === undefined || !FIRST_RAN_ON.test(article.text.slice(p.start, m.start)))
      return [];
    const r = resolveDate(m, null, false);
    return r
      ? [
          {
            day: r.period.from,
            candidate: {
              value: toISO(r.period.from),
              kind: 'published' as const,
              source: FIRST_PUBLISHED_SOURCE,
              text: m.text,
            },
          },
        ]
      : [];
  });
}
