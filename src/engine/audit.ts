import { buildArticle, layOut, type Article, type ArticleInput } from './article.js';
import { CHECKS } from './registry.js';
import { clockOf } from './clock/cached.js';
import { renderMessage, type Check, type CheckContext } from './check-kit/types.js';
import {
  ReportSchema,
  SEVERITIES,
  type AuditError,
  type CheckId,
  type Finding,
  type NotRun,
  type Report,
} from './report/schema.js';
import { boundReport } from './report/bounds.js';
import { buildContext } from './time/context.js';
import { indexPack } from './knowledge/index-pack.js';
import type { Pack } from './knowledge/schema.js';
import type { Tagger } from './text/tense.js';
import { keepWithin } from './text/budget.js';

export interface AuditOptions {
  /** Publication date (YYYY-MM-DD) for a page that gives none. */
  date?: string;
  /** Checks to leave out (the extension's options page switches them off). */
  disabled?: readonly CheckId[];
  /** Longest text audited whole; beyond it the report says what part was covered. */
  maxChars?: number;
  /** The knowledge pack (src/engine/knowledge): without it, only what the text itself dates is checked. */
  knowledge?: Pack;
  /**
   * The part-of-speech tagger (`text/tagger.ts`, compromise) for the sentences whose tense the
   * words alone do not settle. Without it, or where it answers `undefined`, such a sentence is read
   * as not narrating the past, and the report counts it (`untagged`).
   */
  tagger?: Tagger;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

const NO_CLOCK = { estimated: null, points: [] };

/** A step of the audit, named before it runs: each check, then the clock. */
export type AuditStep = CheckId | 'clock';

/**
 * The engine's one entry point: an extracted article in, a validated report out. A check or a
 * clock that throws is listed in `errors` and the others still run: a failure never reads as
 * "nothing found".
 */
export function audit(input: ArticleInput, options: AuditOptions = {}): Report {
  const steps = auditInSteps(input, options);
  for (;;) {
    const next = steps.next(true);
    if (next.done) return next.value;
  }
}

/**
 * The same audit a step at a time: the article is built, then each step is named before it runs
 * and runs when the caller answers `true`. The extension gives the page its turn between steps and
 * answers `false` once its time is up: that step and every one after it are listed in `notRun`
 * (reason `time`), never silently left out.
 */
export function* auditInSteps(
  input: ArticleInput,
  options: AuditOptions = {},
): Generator<AuditStep, Report, boolean | undefined> {
  const t0 = performance.now();
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const paragraphs = keepWithin(input.paragraphs, maxChars);
  const dates = [...input.dates];
  if (options.date && !dates.some((d) => d.kind === 'published')) {
    dates.push({ value: options.date, kind: 'published', source: 'option', text: options.date });
  }
  const untagged = new Set<string>();
  const tagger = (clause: string) => {
    const verbs = options.tagger?.(clause);
    if (verbs === undefined) untagged.add(clause);
    return verbs ?? [];
  };
  const article = buildArticle({ ...input, paragraphs, dates }, tagger);
  const ctx = buildContext(article, options.knowledge ? indexPack(options.knowledge) : null);
  const errors: AuditError[] = [];
  const notRun = checksNotRun(article, new Set(options.disabled ?? []));
  const skipped = new Set<AuditStep>(notRun.map((n) => n.check));
  const findings: Finding[] = [];
  let timeIsUp = false;
  for (const check of CHECKS) {
    if (skipped.has(check.meta.id)) continue;
    if (!timeIsUp && (yield check.meta.id) === false) timeIsUp = true;
    if (timeIsUp) notRun.push({ check: check.meta.id, reason: 'time' });
    else findings.push(...runCheck(check, article, ctx, errors));
  }
  if (!timeIsUp && (yield 'clock') === false) timeIsUp = true;
  if (timeIsUp) notRun.push({ check: 'clock', reason: 'time' });
  const clock = (!timeIsUp && isolated('clock', errors, () => clockOf(article, ctx))) || NO_CLOCK;
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  const report: Report = {
    source: input.source,
    title: input.title,
    language: article.language,
    publishedAt: ctx.published[0]?.candidate.value ?? null,
    dates,
    bylines: input.bylines,
    findings: findings.sort((a, b) => rank(a) - rank(b)),
    clock,
    errors,
    notRun,
    stats: { sentences: article.sentences.length, chars: article.text.length, ms: 0 },
  };
  // The whole text as it would have been laid out, for the same count as coveredChars.
  if (paragraphs !== input.paragraphs)
    report.truncated = { coveredChars: article.text.length, totalChars: layOut(input.paragraphs).text.length };
  if (untagged.size) report.untagged = { sentences: untagged.size };
  boundReport(report);
  report.stats.ms = Math.round((performance.now() - t0) * 10) / 10;
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
    if (meta.languages !== 'any' && !meta.languages.includes(article.language))
      return [{ check: meta.id, reason: 'language' }];
    return [];
  });
}

function runCheck({ meta, run }: Check, article: Article, ctx: CheckContext, errors: AuditError[]): Finding[] {
  const drafts = isolated(meta.id, errors, () => run(article, ctx)) ?? [];
  return drafts.map((d, i) => ({
    id: `${meta.id}-${i + 1}`,
    check: meta.id,
    severity: d.severity,
    messageId: d.messageId,
    data: d.data,
    message: renderMessage(meta.messages[d.messageId] ?? d.messageId, d.data),
    evidence: d.evidence,
  }));
}
