import type { Span } from '../text/sentences.js';
import { spanEvidence } from './evidence.js';
import { named } from './catalogue.js';
import type { Check, Draft } from './types.js';

const MIN_WORDS = 12;
const normalise = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The same paragraph or long sentence more than once; short boilerplate never reaches twelve words. */
export const repeatedText: Check = {
  ...named('repeated-text'),
  run(article) {
    const out: Draft[] = [];
    const covered = new Set<number>();
    const report = (groups: Map<string, Span[]>, kind: string) => {
      for (const copies of groups.values()) {
        if (copies.length < 2) continue;
        copies.forEach((c) => covered.add(c.start));
        out.push({
          severity: 'low',
          message: `The same ${kind} appears ${copies.length} times.`,
          evidence: copies.map((c) => spanEvidence(article, c.start, c.end)),
        });
      }
    };
    const group = (spans: Span[]) => {
      const groups = new Map<string, Span[]>();
      for (const s of spans) {
        const key = normalise(article.text.slice(s.start, s.end));
        if (key.split(' ').length < MIN_WORDS) continue;
        groups.set(key, [...(groups.get(key) ?? []), s]);
      }
      return groups;
    };
    report(group(article.paragraphs), 'paragraph');
    const inCoveredParagraph = (start: number) => article.paragraphs.some((p) => covered.has(p.start) && p.start <= start && start < p.end);
    report(group(article.sentences.filter((s) => !inCoveredParagraph(s.start))), 'sentence');
    return out;
  },
};
