import { checkTitle } from '../i18n/findings.js';
import type { UiLanguage } from '../i18n/languages.js';
import { say } from '../i18n/say.js';
import { SEVERITIES, type AuditError, type Evidence, type Finding, type Severity } from '../engine/report/schema.js';

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
export function describeError(e: AuditError, language: UiLanguage = 'en'): string {
  const what =
    e.check === 'clock'
      ? say(language, 'error_clock')
      : say(language, 'error_check', { title: checkTitle(e.check, language), id: e.check });
  return say(language, 'error_failed', { what, message: e.message });
}
