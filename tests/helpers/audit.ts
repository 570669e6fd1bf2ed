import { audit as engineAudit, type AuditOptions } from '../../src/engine/audit.js';
import type { ArticleInput } from '../../src/engine/article.js';
import type { Report } from '../../src/engine/report/schema.js';
import { tagPastTense } from '../../src/engine/text/tagger.js';

/** The audit as the command line runs it, with the tagger: what the tests expect unless they say otherwise. */
export function audit(input: ArticleInput, options: AuditOptions = {}): Report {
  return engineAudit(input, { tagger: tagPastTense, ...options });
}
