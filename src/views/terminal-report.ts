import { describeError, severityCounts, splitEvidence } from './present.js';
import type { Evidence, Finding, Report, Severity } from '../engine/report/schema.js';
import { SEVERITIES } from '../engine/report/schema.js';
import { formatTimeline } from './terminal-timeline.js';
import { checkTitle, findingMessage } from '../i18n/findings.js';
import type { UiLanguage } from '../i18n/languages.js';
import { say } from '../i18n/say.js';

const CODES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof CODES;

export function painter(color: boolean) {
  return (text: string, ...styles: Style[]) => (color && styles.length ? `\x1b[${styles.map((s) => CODES[s]).join(';')}m${text}\x1b[0m` : text);
}

const SEVERITY_STYLE: Record<string, Style> = { high: 'red', medium: 'yellow', low: 'cyan', info: 'dim' };

/** The sentence with the offending span marked: underlined on a terminal, «between guillemets» elsewhere. */
export function markEvidence(e: Evidence, paint: ReturnType<typeof painter>, color: boolean): string {
  const parts = splitEvidence(e);
  if (!parts) return color ? paint(e.sentence, 'bold') : e.sentence;
  return parts.before + (color ? paint(parts.marked, 'bold', 'underline') : `«${parts.marked}»`) + parts.after;
}

export function formatReport(report: Report, color: boolean, timeline = false, language: UiLanguage = 'en'): string {
  const paint = painter(color);
  const lines: string[] = [];
  lines.push(paint(report.title ?? report.source, 'bold'));
  if (report.title) lines.push(paint(report.source, 'dim'));
  const published = report.dates.filter((d) => d.kind === 'published');
  const dates = published.map((d) => `${d.value} (${d.source})`).join(', ');
  lines.push(published.length ? say(language, 'terminal_published', { dates }) : say(language, 'terminal_noPublished'));
  if (report.truncated) {
    const { coveredChars: covered, totalChars: total } = report.truncated;
    lines.push(paint(say(language, 'terminal_truncated', { covered, total }), 'yellow'));
  }
  const counts = severityCounts(report.findings);
  const count = ([s, n]: [Severity, number]) =>
    paint(say(language, 'terminal_count', { count: n, severity: say(language, `severity_${s}`) }), SEVERITY_STYLE[s]!);
  const none = say(language, report.errors.length ? 'terminal_noFindingsRan' : 'terminal_noFindings');
  lines.push(counts.length ? counts.map(count).join(', ') : paint(none, 'dim'));
  for (const e of report.errors) {
    lines.push(paint(say(language, 'terminal_error', { error: describeError(e, language) }), 'red'));
  }
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    const heading = say(language, `severity_${severity}`).toLocaleUpperCase(language);
    lines.push('', paint(heading, SEVERITY_STYLE[severity]!, 'bold'));
    for (const f of group) lines.push(...formatFinding(f, paint, color, language));
  }
  if (timeline) lines.push('', ...formatTimeline(report.clock, paint));
  lines.push(paint(say(language, 'terminal_stats', { sentences: report.stats.sentences, ms: report.stats.ms }), 'dim'));
  return lines.join('\n');
}

function formatFinding(f: Finding, paint: ReturnType<typeof painter>, color: boolean, language: UiLanguage): string[] {
  const title = paint(checkTitle(f.check, language), 'bold');
  const out = [`  ${title} ${paint(`[${f.check}]`, 'dim')}`, `    ${findingMessage(f, language)}`];
  for (const e of f.evidence) out.push(`    ${paint('›', 'dim')} ${markEvidence(e, paint, color)}`);
  return out;
}
