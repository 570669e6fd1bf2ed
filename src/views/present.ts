import { checkTitle } from './i18n/findings.js';
import type { UiLanguage } from './i18n/languages.js';
import { readerLanguage } from './i18n/reader.js';
import { t } from './strings.js';
import { SEVERITIES, type AuditError, type Evidence, type Finding, type Severity } from '../engine/report/schema.js';
import type { NotRun, Report } from '../engine/report/schema.js';

/**
 * What every view of a report shows the same way (terminal, popup, Markdown): the counts by
 * severity, and a quoted sentence cut around its offending words.
 */
export function severityCounts(findings: readonly Finding[]): Array<[Severity, number]> {
  return SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as [Severity, number]).filter(
    ([, n]) => n > 0,
  );
}

/** The sentence around its offending words, or null when the words are the whole sentence or not in it. */
export function splitEvidence(e: Evidence): { before: string; marked: string; after: string } | null {
  const at = e.sentence.indexOf(e.text);
  if (at === -1 || e.text === e.sentence) return null;
  return { before: e.sentence.slice(0, at), marked: e.text, after: e.sentence.slice(at + e.text.length) };
}

/** A check or the clock that failed: said in every view, so that it never passes for "nothing found". */
export function describeError(e: AuditError, language: UiLanguage = readerLanguage()): string {
  const what =
    e.check === 'clock'
      ? t('error_clock', {}, language)
      : t('error_check', { title: checkTitle(e.check, language), id: e.check }, language);
  return t('error_failed', { what, message: e.message }, language);
}

/**
 * What the report's limits left out, in words every view shows the same way: the steps the time
 * budget did not reach (the extension's), and the findings and evidence past the size limits.
 */
export function describeLimits(report: Report, language: UiLanguage = readerLanguage()): string[] {
  const out: string[] = [];
  const title = (check: NotRun['check']) =>
    check === 'clock' ? t('limits_clock', {}, language) : checkTitle(check, language);
  const late = report.notRun.filter((n) => n.reason === 'time').map((n) => title(n.check));
  if (late.length) out.push(t('limits_time', { checks: late.join(', ') }, language));
  const o = report.omitted;
  // English says one and many apart; the other languages' strings are written to fit any number.
  const form = (n: number) => (n === 1 ? 'one' : 'other');
  if (o?.findings) out.push(t(`limits_findings_${form(o.findings)}`, { count: o.findings }, language));
  if (o?.evidence) out.push(t(`limits_evidence_${form(o.evidence)}`, { count: o.evidence }, language));
  return out;
}
