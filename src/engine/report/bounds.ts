import type { Report } from './schema.js';

/**
 * How much one report holds, whatever the page: a page made to raise a finding per word must not
 * make a report too large to print or to send to the popup. Far above any real article's (the
 * shared corpora's largest report has 13 findings, 23 pieces of evidence in one, 68 clock points
 * and 34,000 characters of JSON). What is left out is counted in `omitted`, never silently.
 */
export const REPORT_LIMITS = {
  /** Findings, most severe first: the ones left out are the least severe. */
  findings: 200,
  /** Pieces of evidence of one finding (the copies of a repeated paragraph), in text order. */
  evidence: 50,
  /** Characters of the report's findings as JSON: findings beyond it are left out, from the least severe. */
  chars: 2_000_000,
};

/** Trims a report to REPORT_LIMITS, in place, and says what it left out. */
export function boundReport(report: Report): void {
  let findings = 0;
  let evidence = 0;
  if (report.findings.length > REPORT_LIMITS.findings) {
    findings += report.findings.length - REPORT_LIMITS.findings;
    report.findings.length = REPORT_LIMITS.findings;
  }
  for (const f of report.findings) {
    if (f.evidence.length <= REPORT_LIMITS.evidence) continue;
    evidence += f.evidence.length - REPORT_LIMITS.evidence;
    f.evidence = f.evidence.slice(0, REPORT_LIMITS.evidence);
  }
  let chars = 0;
  const kept = report.findings.findIndex((f) => (chars += JSON.stringify(f).length + 1) > REPORT_LIMITS.chars);
  if (kept !== -1) {
    findings += report.findings.length - kept;
    report.findings.length = kept;
  }
  if (findings || evidence) report.omitted = { findings, evidence };
}
