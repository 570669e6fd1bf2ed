import { describeError, describeLimits, severityCounts, splitEvidence } from './present.js';
import type { Evidence, Finding, Report, Severity } from '../engine/report/schema.js';
import { SEVERITIES } from '../engine/report/schema.js';
import { formatTimeline } from './terminal-timeline.js';
import { checkTitle, findingMessage } from './i18n/findings.js';
import type { UiLanguage } from './i18n/languages.js';
import { t } from './strings.js';
import { readingNotice, switchedOffNotice } from './reading.js';

const CODES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof CODES;

export function painter(color: boolean) {
  return (text: string, ...styles: Style[]) =>
    color && styles.length ? `\x1b[${styles.map((s) => CODES[s]).join(';')}m${text}\x1b[0m` : text;
}

const SEVERITY_STYLE: Record<string, Style> = { high: 'red', medium: 'yellow', low: 'cyan', info: 'dim' };

/** The sentence with the offending span marked: underlined on a terminal, «between guillemets» elsewhere. */
export function markEvidence(e: Evidence, paint: ReturnType<typeof painter>, color: boolean): string {
  const parts = splitEvidence(e);
  if (!parts) return color ? paint(e.sentence, 'bold') : e.sentence;
  return parts.before + (color ? paint(parts.marked, 'bold', 'underline') : `«${parts.marked}»`) + parts.after;
}

/** The report as terminal lines, in `language` (the terminal's; see `--lang`). */
export function formatReport(report: Report, color: boolean, timeline = false, language: UiLanguage = 'en'): string {
  const paint = painter(color);
  const lines: string[] = [];
  lines.push(paint(report.title ?? report.source, 'bold'));
  if (report.title) lines.push(paint(report.source, 'dim'));
  const published = report.dates.filter((d) => d.kind === 'published');
  const dates = published.map((d) => `${d.value} (${d.source})`).join(', ');
  lines.push(published.length ? t('terminal_published', { dates }, language) : t('terminal_noPublished', {}, language));
  if (report.truncated) {
    const { coveredChars: covered, totalChars: total } = report.truncated;
    lines.push(paint(t('terminal_truncated', { covered, total }, language), 'yellow'));
  }
  for (const limit of describeLimits(report, language)) lines.push(paint(limit, 'yellow'));
  const counts = severityCounts(report.findings);
  const count = ([s, n]: [Severity, number]) =>
    paint(t('countOf', { count: n, severity: t(`severity_${s}`, {}, language) }, language), SEVERITY_STYLE[s]!);
  const none = t(report.errors.length ? 'terminal_noFindingsRan' : 'terminal_noFindings', {}, language);
  lines.push(counts.length ? counts.map(count).join(', ') : paint(none, 'dim'));
  // Silence from checks that did not read the page is no clean bill: said under the counts.
  const reading = readingNotice(report, language);
  if (reading) lines.push(paint(reading, 'yellow'));
  const off = switchedOffNotice(report, language);
  if (off) lines.push(paint(off, 'dim'));
  for (const e of report.errors) {
    lines.push(paint(t('terminal_error', { error: describeError(e, language) }, language), 'red'));
  }
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    const heading = t(`severity_${severity}`, {}, language).toLocaleUpperCase(language);
    lines.push('', paint(heading, SEVERITY_STYLE[severity]!, 'bold'));
    for (const f of group) lines.push(...formatFinding(f, paint, color, language));
  }
  if (timeline) lines.push('', ...formatTimeline(report.clock, paint));
  const { sentences, ms } = report.stats;
  lines.push(paint(t('terminal_stats', { sentences, ms }, language), 'dim'));
  return lines.join('\n');
}

function formatFinding(f: Finding, paint: ReturnType<typeof painter>, color: boolean, language: UiLanguage): string[] {
  const title = paint(checkTitle(f.check, language), 'bold');
  const out = [`  ${title} ${paint(`[${f.check}]`, 'dim')}`, `    ${findingMessage(f, language)}`];
  for (const e of f.evidence) out.push(`    ${paint('›', 'dim')} ${markEvidence(e, paint, color)}`);
  return out;
}
