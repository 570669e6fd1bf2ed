import { buildArticle, type Article, type ArticleInput } from './article.js';
import { CHECKS } from './checks/index.js';
import { buildClock } from './clock/build.js';
import type { CheckContext } from './checks/types.js';
import { ReportSchema, SEVERITIES, type CheckId, type Finding, type Report } from './report/schema.js';
import { buildContext } from './time/context.js';
import { indexPack } from './knowledge/index-pack.js';
import type { Pack } from './knowledge/schema.js';

export interface AuditOptions {
  /** Publication date (YYYY-MM-DD) for a page that gives none. */
  date?: string;
  /** Checks to leave out (the extension's options page switches them off). */
  disabled?: readonly CheckId[];
  /** Longest text audited whole; beyond it the report says what part was covered. */
  maxChars?: number;
  /** The knowledge pack (src/engine/knowledge): without it, only what the text itself dates is checked. */
  knowledge?: Pack;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

/**
 * The engine's one entry point: an extracted article in, a validated report out. A check that
 * throws is reported as an error finding and the others still run.
 */
export function audit(input: ArticleInput, options: AuditOptions = {}): Report {
  const t0 = performance.now();
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const total = input.paragraphs.reduce((n, p) => n + p.length + 2, 0);
  const paragraphs = total > maxChars ? keepWithin(input.paragraphs, maxChars) : input.paragraphs;
  const dates = [...input.dates];
  if (options.date && !dates.some((d) => d.kind === 'published')) {
    dates.push({ value: options.date, kind: 'published', source: 'option', text: options.date });
  }
  const article = buildArticle({ ...input, paragraphs, dates });
  const ctx = buildContext(article, options.knowledge ? indexPack(options.knowledge) : null);
  const findings = runChecks(article, ctx, new Set(options.disabled ?? []));
  const report: Report = {
    source: input.source,
    title: input.title,
    publishedAt: ctx.published[0]?.candidate.value ?? null,
    dates,
    bylines: input.bylines,
    findings,
    clock: buildClock(article, ctx),
    stats: { sentences: article.sentences.length, chars: article.text.length, ms: Math.round((performance.now() - t0) * 10) / 10 },
  };
  if (paragraphs !== input.paragraphs) report.truncated = { coveredChars: article.text.length, totalChars: total };
  return ReportSchema.parse(report);
}

function runChecks(article: Article, ctx: CheckContext, disabled: Set<CheckId>): Finding[] {
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (disabled.has(check.id)) continue;
    let drafts;
    try {
      drafts = check.run(article, ctx);
    } catch (error) {
      // One broken rule must not cost the reader the others.
      drafts = [{ severity: 'info' as const, message: `This check failed on this page: ${(error as Error).message}`, evidence: [] }];
    }
    drafts.forEach((d, i) => findings.push({ id: `${check.id}-${i + 1}`, check: check.id, ...d }));
  }
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  return findings.sort((a, b) => rank(a) - rank(b));
}

function keepWithin(paragraphs: string[], maxChars: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    if (used + p.length > maxChars) break;
    out.push(p);
    used += p.length + 2;
  }
  return out;
}
