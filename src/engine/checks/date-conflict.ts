import type { Article, Placed } from '../article.js';
import type { DateCandidate, Evidence, Severity } from '../report/schema.js';
import { dayOf, formatDay, isValidDate, monthName, parseISODay, weekdayOf, yearOf } from '../time/calendar.js';
import { anyOf, wordList } from '../text/alternation.js';
import { findWireDateline } from '../time/wire-dateline.js';
import { FIRST_PUBLISHED_SOURCE } from '../time/context.js';
import { sourceInWords } from '../report/date-sources.js';
import { externalEvidence, spanEvidence, withRoles } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft, PublicationDate } from '../check-kit/types.js';

const messages = {
  visibleDatesDisagree: 'The page gives {{count}} publication dates, {{listed}}: {{days}} days apart.',
  metadataDatesDisagree: "The page's metadata gives {{count}} publication dates, {{listed}}: {{days}} days apart.",
  datelineAfterMetadata:
    'The page shows {{shown}} ({{source}}), {{days}} days after the publication date its metadata ' +
    'gives ({{published}}): it may be showing an update it does not name.',
  updatedBeforePublished: 'Updated {{updated}} ({{source}}), before it was published ({{published}}).',
  yearlessDateline:
    'The dateline says {{dateline}} (no year written), {{days}} days from the publication date ({{published}}).',
  reportDayFar:
    'The lead dates what was said {{said}}, {{days}} days from the publication date ({{published}}): ' +
    'a story reports what was said within the week.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'date-conflict',
  title: 'Conflicting publication dates',
  description: 'The page gives two publication dates more than a day apart, or an update dated before publication.',
  messages,
  languages: 'any',
};

function evidenceOf(article: Article, c: Placed<DateCandidate>): Evidence {
  // A dateline the article text kept can be highlighted where it stands.
  const at = article.spanOf(c);
  const what = c.kind === 'modified' ? 'the update date' : 'the publication date';
  if (at) return spanEvidence(article, at.start, at.end);
  return externalEvidence(c.text, `${what} ${sourceInWords(c, article.bylines)}`);
}

const isVisible = (c: DateCandidate) => c.source === 'time' || c.source.startsWith('dateline');

/** Publication dates this close are likely an update or a late dateline rather than proof: medium, not high. */
const CLOSE_DAYS = 7;

/** One entry per date more than a day from the others (a day's slack absorbs time zones). */
function distinctDays(dates: PublicationDate[]): PublicationDate[] {
  const out: PublicationDate[] = [];
  for (const p of dates) if (!out.some((d) => Math.abs(d.day - p.day) <= 1)) out.push(p);
  return out;
}

/**
 * Two publication dates the reader can see more than a day apart, or one the reader sees that no
 * metadata date agrees with; an update dated before the publication. A visible date that is the
 * page's update date is no conflict. Metadata that disagrees only with other metadata is common
 * CMS noise (a syndication date, a newsletter date): worth a look.
 */
export const dateConflict: Check<Id> = {
  meta,
  run(article, { published: all }) {
    const out: Array<Draft<Id>> = [];
    // The date a republished text first ran is not a date this page claims for itself.
    const published = all.filter((p) => p.candidate.source !== FIRST_PUBLISHED_SOURCE);
    const updates = article.dates
      .flatMap((c) => (c.kind === 'modified' ? [parseISODay(c.value)] : []))
      .filter((d): d is number => d !== null);
    // Many pages show their last update where the dateline stands, without saying "updated".
    const shownUpdate = (p: PublicationDate) =>
      updates.some((u) => Math.abs(u - p.day) <= 1) && published.some((q) => Math.abs(q.day - p.day) > 1);
    const visible = distinctDays(published.filter((p) => isVisible(p.candidate) && !shownUpdate(p)));
    const metadata = distinctDays(published.filter((p) => !isVisible(p.candidate) && p.candidate.source !== 'option'));
    /** `shown`: one date the reader sees, checked against the metadata's; otherwise the dates stand alike. */
    const conflict = (dates: PublicationDate[], severity: Severity, messageId: Id, shown = false) => {
      const where = (d: PublicationDate) => sourceInWords(d.candidate, article.bylines);
      const listed = dates.map((d) => `${formatDay(d.day)} (${where(d)})`).join(' and ');
      const span = Math.max(...dates.map((d) => d.day)) - Math.min(...dates.map((d) => d.day));
      const evidence = dates.map((d) => evidenceOf(article, d.candidate));
      out.push({
        // A few days apart may be an update shown as the date or a late dateline: likely, not proven.
        severity: severity === 'high' && span <= CLOSE_DAYS ? 'medium' : severity,
        messageId,
        data: { count: dates.length, listed, days: span },
        evidence: shown ? withRoles(evidence[0]!, ...evidence.slice(1)) : evidence,
      });
    };
    if (visible.length > 1) conflict(visible, 'high', 'visibleDatesDisagree');
    else if (visible.length === 1 && metadata.length && !metadata.some((m) => Math.abs(m.day - visible[0]!.day) <= 1)) {
      const shown = visible[0]!;
      const latest = metadata.reduce((a, b) => (b.day > a.day ? b : a));
      // Later than every date the metadata gives, on a page that names no update: most likely the update, unnamed.
      if (!updates.length && shown.day > latest.day) {
        out.push({
          severity: 'low',
          messageId: 'datelineAfterMetadata',
          data: {
            shown: formatDay(shown.day),
            source: sourceInWords(shown.candidate, article.bylines),
            days: shown.day - latest.day,
            published: formatDay(latest.day),
          },
          evidence: withRoles(evidenceOf(article, shown.candidate), evidenceOf(article, latest.candidate)),
        });
      } else conflict([shown, ...metadata], 'high', 'visibleDatesDisagree', true);
    } else if (metadata.length > 1) conflict(metadata, 'low', 'metadataDatesDisagree');
    const first = published.length ? published.reduce((a, b) => (b.day < a.day ? b : a)) : null;
    for (const c of article.dates) {
      const day = parseISODay(c.value);
      if (c.kind !== 'modified' || day === null || first === null || day >= first.day - 1) continue;
      // Metadata that contradicts only metadata is CMS noise (a draft's save date): worth a look, no more.
      const seen = isVisible(c) || isVisible(first.candidate);
      out.push({
        severity: seen ? 'medium' : 'low',
        messageId: 'updatedBeforePublished',
        data: { updated: formatDay(day), source: sourceInWords(c, article.bylines), published: formatDay(first.day) },
        evidence: withRoles(evidenceOf(article, c), evidenceOf(article, first.candidate)),
      });
    }
    const wire = yearlessDateline(article, published);
    if (wire) out.push(wire);
    out.push(...reportDays(article, published));
    return out;
  },
};

/**
 * A wire story is filed on its dateline's day. A few days' gap is a weekend or a time zone, and a
 * month's or a year's edge is crossed by reading the dateline in the year before, the same or the
 * next; beyond that the dateline and the page disagree. Worth a look, not more: on real agency copy
 * the disagreement is most often a slip of the dateline's month or of the archive's date stamp
 * (7 of 6,000 Reuters stories), not text written at another time.
 */
const FILING_GAP_DAYS = 3;

function yearlessDateline(article: Article, published: PublicationDate[]): Draft<Id> | null {
  const wire = findWireDateline(article);
  if (!wire || !published.length) return null;
  const gapTo = (p: PublicationDate) => {
    const y = yearOf(p.day);
    const years = [y - 1, y, y + 1].filter((yy) => isValidDate(yy, wire.month, wire.day));
    const days = years.map((yy) => dayOf(yy, wire.month, wire.day));
    return Math.min(...days.map((d) => Math.abs(d - p.day)));
  };
  const gaps = published.map(gapTo);
  if (gaps.some((g) => g <= FILING_GAP_DAYS)) return null;
  const p = published[0]!;
  return {
    severity: 'low',
    messageId: 'yearlessDateline',
    data: { dateline: `${monthName(wire.month)} ${wire.day}`, days: gaps[0]!, published: formatDay(p.day) },
    evidence: [spanEvidence(article, wire.start, wire.end), evidenceOf(article, p.candidate)],
  };
}

/**
 * "Officials said on Friday, May 3, 2019" in a story dated Friday, May 1, 2020: the lead's "said on
 * Friday" is the day the story reports, so the date written beside it is the story's own, give or
 * take a week. A lead that dates what was said a year away dates the story twice.
 */
const LEAD_PARAGRAPHS = 3;
const REPORT_WEEK_DAYS = 7;
const SAYING = wordList('said says told announced reported confirmed stated declared');
const SAID_ON = new RegExp(String.raw`\b${anyOf(SAYING)}\s+(?:\S+\s+){0,3}?on\s+$`, 'i');

function reportDays(article: Article, published: PublicationDate[]): Array<Draft<Id>> {
  if (!published.length) return [];
  const lead = article.paragraphs.slice(0, LEAD_PARAGRAPHS);
  const out: Array<Draft<Id>> = [];
  for (const m of article.dateMentions) {
    if (m.start >= (lead[lead.length - 1]?.end ?? 0)) break;
    if (m.weekday === undefined || m.year === undefined || m.month === undefined || m.day === undefined) continue;
    if (!isValidDate(m.year, m.month, m.day) || weekdayOf(dayOf(m.year, m.month, m.day)) !== m.weekday) continue;
    if (!SAID_ON.test(article.text.slice(Math.max(0, m.start - 60), m.start))) continue;
    if (article.isReported(m.start, m.end)) continue;
    const day = dayOf(m.year, m.month, m.day);
    const gaps = published.map((p) => Math.abs(p.day - day));
    if (gaps.some((g) => g <= REPORT_WEEK_DAYS)) continue;
    out.push({
      severity: 'medium',
      messageId: 'reportDayFar',
      data: { said: m.text, days: gaps[0]!, published: formatDay(published[0]!.day) },
      evidence: [spanEvidence(article, m.start, m.end), evidenceOf(article, published[0]!.candidate)],
    });
  }
  return out;
}
