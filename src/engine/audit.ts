import { buildArticle, layOut, type Article, type ArticleInput } from './article.js';
import { CHECKS } from './registry.js';
import { clockOf } from './clock/cached.js';
import { renderMessage, type CheckContext } from './check-kit/types.js';
import { ReportSchema, SEVERITIES, type AuditError, type CheckId, type Finding, type NotRun, type Report } from './report/schema.js';
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
 * The engine's one entry point: an extracted article in, a validated report out. A check or a
 * clock that throws is listed in `errors` and the others still run: a failure never reads as
 * "nothing found".
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
  const errors: AuditError[] = [];
  const notRun = checksNotRun(article, new Set(options.disabled ?? []));
  const findings = runChecks(article, ctx, new Set(notRun.map((n) => n.check)), errors);
  const clock = isolated('clock', errors, () => clockOf(article, ctx)) ?? { estimated: null, points: [] };
  const report: Report = {
    source: input.source,
    title: input.title,
    language: article.language,
    publishedAt: ctx.published[0]?.candidate.value ?? null,
    dates,
    bylines: input.bylines,
    findings,
    clock,
    errors,
    notRun,
    stats: { sentences: article.sentences.length, chars: article.text.length, ms: Math.round((performance.now() - t0) * 10) / 10 },
  };
  // The whole text as it would have been laid out, for the same count as coveredChars.
  if (paragraphs !== input.paragraphs) report.truncated = { coveredChars: article.text.length, totalChars: layOut(input.paragraphs).text.length };
  return ReportSchema.parse(report);
}

/** One broken rule must not cost the reader the others, nor pass for a clean result. */
function isolated<T>(what: AuditError['check'], errors: AuditError[], run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    errors.push({ check: what, message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

/** Checks switched off, and checks whose grammar does not read the article's language: said, never silent. */
function checksNotRun(article: Article, disabled: ReadonlySet<CheckId>): NotRun[] {
  return CHECKS.flatMap(({ meta }): NotRun[] => {
    if (disabled.has(meta.id)) return [{ check: meta.id, reason: 'disabled' }];
    if (meta.languages !== 'any' && !meta.languages.includes(article.language)) return [{ check: meta.id, reason: 'language' }];
    return [];
  });
}

function runChecks(article: Article, ctx: CheckContext, skipped: ReadonlySet<CheckId>, errors: AuditError[]): Finding[] {
  const findings: Finding[] = [];
  for (const { meta, run } of CHECKS) {
    if (skipped.has(meta.id)) continue;
    const drafts = isolated(meta.id, errors, () => run(article, ctx)) ?? [];
    drafts.forEach((d, i) =>
      findings.push({
        id: `${meta.id}-${i + 1}`,
        check: meta.id,
        severity: d.severity,
        messageId: d.messageId,
        data: d.data,
        message: renderMessage(meta.messages[d.messageId] ?? d.messageId, d.data),
        evidence: d.evidence,
      }),
    );
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
