import type { Article, Placed } from '../article.js';
import type { DateCandidate, Evidence, Severity } from '../report/schema.js';
import { formatDay, parseISODay } from '../time/calendar.js';
import { FIRST_PUBLISHED_SOURCE } from '../time/context.js';
import { sourceInWords } from '../report/date-sources.js';
import { externalEvidence, spanEvidence, withRoles } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft, PublicationDate } from '../check-kit/types.js';

const messages = {
  visibleDatesDisagree: 'The page gives {{count}} publication dates, {{listed}}: {{days}} days apart.',
  metadataDatesDisagree: "The page's metadata gives {{count}} publication dates, {{listed}}: {{days}} days apart.",
  datelineAfterMetadata: 'The page shows {{shown}} ({{source}}), {{days}} days after the publication date its metadata gives ({{published}}): it may be showing an update it does not name.',
  updatedBeforePublished: 'Updated {{updated}} ({{source}}), before it was published ({{published}}).',
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
    const updates = article.dates.flatMap((c) => (c.kind === 'modified' ? [parseISODay(c.value)] : [])).filter((d): d is number => d !== null);
    // Many pages show their last update where the dateline stands, without saying "updated".
    const shownUpdate = (p: PublicationDate) => updates.some((u) => Math.abs(u - p.day) <= 1) && published.some((q) => Math.abs(q.day - p.day) > 1);
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
    return out;
  },
};
