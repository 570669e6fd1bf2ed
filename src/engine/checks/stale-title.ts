import type { Holding } from '../knowledge/index-pack.js';
import { titleMentions } from '../knowledge/titles.js';
import { formatDay, formatSpan, type Day } from '../time/calendar.js';
import { spanEvidence } from '../check-kit/evidence.js';
import type { Check, CheckMeta, Draft } from '../check-kit/types.js';

const messages = {
  termEnded:
    '{{person}} was {{office}} from {{from}} to {{to}} (knowledge pack as of {{asOf}}; Wikipedia: ' +
    '"{{wikipedia}}"), but the article, dated {{published}}, names the office as held now, ' +
    '{{since}} after the term ended.',
};
type Id = keyof typeof messages;

export const meta: CheckMeta<Id> = {
  id: 'stale-title',
  title: 'Office-holder named after their term',
  description:
    'A person is named with an office, in present or recent narration, after the term the knowledge ' +
    'pack records had ended.',
  messages,
  languages: ['en'],
};

/**
 * A person named with an office they did not hold at the article's date, in present or recent
 * narration ("Prime Minister Boris Johnson said on Thursday" in an article dated 2023), checked
 * against the knowledge pack's terms of office; told in the simple past without a day of the story's
 * own ("Chancellor Angela Merkel told reporters"), low. Silent on anything marked as past, on quotes, on
 * a title taken before the term began, and on a term the pack does not know the end of.
 */
export const staleTitle: Check<Id> = {
  meta,
  run(article, ctx) {
    const k = ctx.knowledge;
    if (!k || !ctx.published.length) return [];
    const out: Array<Draft<Id>> = [];
    for (const m of titleMentions(article, k)) {
      if (!m.current && !m.actedInStory) continue;
      const holdings = m.holdings.filter((h) => !h.office.regnal);
      if (!holdings.length) continue;
      // It fires only when the title is stale on every date the page gives.
      const stale = ctx.published.map((p) => staleOn(holdings, p.day));
      if (stale.some((x) => x === null)) continue;
      const { ended, day } = stale.reduce((a, b) => (b!.day - b!.ended.to! < a!.day - a!.ended.to! ? b : a))!;
      const since = day - ended.to!;
      const office = ended.office;
      out.push({
        // A term that ended long ago is beyond doubt; past the pack's date, a return to office is possible.
        // Told in the past with no day of the story's own, it may be a look back: worth a look only.
        severity: !m.current ? 'low' : since > 365 && day <= k.asOf ? 'high' : 'medium',
        messageId: 'termEnded',
        data: {
          person: ended.person.names[0]!,
          office: office.name,
          from: formatDay(ended.from),
          to: formatDay(ended.to!),
          asOf: formatDay(k.asOf),
          wikipedia: ended.person.wikipedia,
          published: formatDay(day),
          since: formatSpan(since, since, since < 60 ? 'day' : since < 730 ? 'month' : 'year'),
        },
        evidence: [spanEvidence(article, m.start, m.end)],
      });
    }
    return out;
  },
};

/**
 * The term that had ended by `day`, when no term covers it; null when a term covers it, none had begun, or
 * the pack cannot know.
 */
function staleOn(holdings: Holding[], day: Day): { ended: Holding; day: Day } | null {
  let ended: Holding | null = null;
  for (const h of holdings) {
    if (h.from > day) continue;
    if (h.to === null || h.to >= day) return null;
    if (!ended || h.to > ended.to!) ended = h;
  }
  return ended ? { ended, day } : null;
}
