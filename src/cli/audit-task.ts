import { audit } from '../engine/audit.js';
import { PACK } from '../engine/knowledge/pack.js';
import { tagPastTense } from '../engine/text/tagger.js';
import type { CheckId, Report } from '../engine/report/schema.js';
import { NoArticleError } from '../extract/html.js';
import { extractAny } from './extract-node.js';
import type { Loaded } from './inputs.js';

/** What every audit of a run shares: plain data, so that it crosses to a worker thread. */
export interface AuditSettings {
  disabled: CheckId[];
  date?: string;
}

/** One input's result, as printed: a report, or why there is none. Plain data too. */
export type Outcome = { report: Report; warning?: string } | { source: string; error: string; warning?: string };

/** Extraction and audit of one loaded article; never throws, so that one page cannot stop a batch. */
export function auditLoaded(loaded: Loaded, settings: AuditSettings): Outcome {
  const warning = loaded.warning ? { warning: loaded.warning } : {};
  try {
    const input = extractAny(loaded.content, loaded.source, loaded.kind);
    if (loaded.fallbackDate && !input.dates.some((d) => d.kind === 'published'))
      input.dates.push({ ...loaded.fallbackDate, kind: 'published' });
    const date = settings.date ? { date: settings.date } : {};
    const options = { disabled: settings.disabled, knowledge: PACK, tagger: tagPastTense, ...date };
    const report = audit(input, options);
    return { report, ...warning };
  } catch (error) {
    const message =
      error instanceof NoArticleError
        ? error.message.replace(/ in .*$/s, '')
        : `could not be audited (${(error as Error).message})`;
    return { source: loaded.source, error: message, ...warning };
  }
}
