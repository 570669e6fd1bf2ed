import type { Article } from '../article.js';
import { spanEvidence } from '../check-kit/evidence.js';
import type { Knowledge } from '../knowledge/index-pack.js';
import { titleMentions } from '../knowledge/titles.js';
import type { ClockPoint } from '../report/schema.js';
import { toISO } from '../time/calendar.js';
import type { WritingConstraint } from './estimate.js';

/**
 * "Secretary of State Antony Blinken said on Tuesday" (or "told reporters", in the story's own past):
 * written while Blinken held the office, a
 * band from the start to the end of his term (or from its start on, while it runs, and for a
 * regnal name, which outlives the reign). One point per person and office, however often named,
 * so that a much-quoted minister does not outvote the rest of the text.
 */
export function officePoints(
  article: Article,
  k: Knowledge,
): Array<{ point: ClockPoint; constraint: WritingConstraint }> {
  const out: Array<{ point: ClockPoint; constraint: WritingConstraint }> = [];
  const seen = new Set<string>();
  for (const m of titleMentions(article, k)) {
    if (!m.current && !m.actedInStory) continue;
    const key = m.holdings
      .map((h) => `${h.person.id}@${h.office.id}`)
      .sort()
      .join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    // Two terms of one person (or two people of one name) bound the writing by the stretch that holds them all.
    const from = Math.min(...m.holdings.map((h) => h.from));
    const open = m.holdings.some((h) => h.to === null || h.office.regnal);
    const to = open ? Infinity : Math.max(...m.holdings.map((h) => h.to!));
    const h = m.holdings[0]!;
    const who = new Set(m.holdings.map((x) => x.person.names[0]));
    out.push({
      constraint: { from, to },
      point: {
        kind: 'office',
        from: toISO(from),
        to: toISO(open ? Math.max(from, k.asOf) : to),
        anchor: null,
        bound: open ? 'after' : 'within',
        label: `${
          open ? 'written ' + 'after' : 'written while'
        } ${[...who].join(' or ')} ${open ? 'became' : 'was'} ${h.office.name}`,
        evidence: spanEvidence(article, m.start, m.end),
      },
    });
  }
  return out;
}
