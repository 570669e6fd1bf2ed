import { CATALOGUE } from '../engine/catalogue.js';
import { SEVERITIES, type AuditError, type Evidence, type Finding, type Severity } from '../engine/report/schema.js';
import type { NotRun, Report } from '../engine/report/schema.js';

/**
 * What every view of a report shows the same way (terminal, popup, Markdown): the counts by
 * severity, and a quoted sentence cut around its offending words.
 */
export function severityCounts(findings: readonly Finding[]): Array<[Severity, number]> {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as [Severity, number]).filter(([, n]) => n > 0);
}

/** The sentence around its offending words, or null when the words are the whole sentence or not in it. */
export function splitEvidence(e: Evidence): { before: string; marked: string; after: string } | null {
  const at = e.sentence.indexOf(e.text);
  if (at === -1 || e.text === e.sentence) return null;
  return { before: e.sentence.slice(0, at), marked: e.text, after: e.sentence.slice(at + e.text.length) };
}

/** A check or the clock that failed: said in every view, so that it never passes for "nothing found". */
export function describeError(e: AuditError): string {
  const what = e.check === 'clock' ? "The article's clock" : `${CATALOGUE[e.check].title} (${e.check})`;
  return `${what} failed on this page and was skipped: ${e.message}`;
}

/**
 * What the report's limits left out, in words every view shows the same way: the steps the time
 * budget did not reach (the extension's), and the findings and evidence past the size limits.
 */
export function describeLimits(report: Report): string[] {
  const out: string[] = [];
  const title = (check: NotRun['check']) => (check === 'clock' ? "the article's clock" : CATALOGUE[check].title);
  const late = report.notRun.filter((n) => n.reason === 'time').map((n) => title(n.check));
  if (late.length) out.push(`Time ran out before these ran: ${late.join(', ')}.`);
  const o = report.omitted;
  const s = (n: number) => (n === 1 ? '' : 's');
  if (o?.findings) {
    out.push(`${o.findings} more finding${s(o.findings)} left out: the report keeps the most severe, to its limit.`);
  }
  if (o?.evidence) out.push(`${o.evidence} more quoted passage${s(o.evidence)} left out of findings that quote many.`);
  return out;
}
