import type { Holding } from '../knowledge/index-pack.js';
import { titleMentions } from '../knowledge/titles.js';
import { formatDay, formatSpan, type Day } from '../time/calendar.js';
import { named } from './catalogue.js';
import { spanEvidence } from './evidence.js';
import type { Check, Draft } from './types.js';

/**
 * A person named with an office they did not hold at the article's date, in present or recent
 * narration ("Prime Minister Boris Johnson said on Thursday" in an article dated 2023), checked
 * against the knowledge pack's terms of office. Silent on anything marked as past, on quotes, on
 * a title taken before the term began, and on a term the pack does not know the end of.
 */
export const staleTitle: Check = {
  ...named('stale-title'),
  run(article, ctx) {
    const k = ctx.knowledge;
    if (!k || !ctx.published.length) return [];
    const out: Draft[] = [];
    for (const m of titleMentions(article, k)) {
      if (!m.current) continue;
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
        severity: since > 365 && day <= k.asOf ? 'high' : 'medium',
        message:
          `${ended.person.names[0]} was ${office.name} from ${formatDay(ended.from)} to ${formatDay(ended.to!)} ` +
          `(knowledge pack as of ${formatDay(k.asOf)}; Wikipedia: "${ended.person.wikipedia}"), but the article, dated ${formatDay(day)}, ` +
          `names the office as held now, ${formatSpan(since, since, since < 60 ? 'day' : since < 730 ? 'month' : 'year')} after the term ended.`,
        evidence: [spanEvidence(article, m.start, m.end)],
      });
    }
    return out;
  },
};

/** The term that had ended by `day`, when no term covers it; null when a term covers it, none had begun, or the pack cannot know. */
function staleOn(holdings: Holding[], day: Day): { ended: Holding; day: Day } | null {
  let ended: Holding | null = null;
  for (const h of holdings) {
    if (h.from > day) continue;
    if (h.to === null || h.to >= day) return null;
    if (!ended || h.to > ended.to!) ended = h;
  }
  return ended ? { ended, day } : null;
}
