import { describeError, describeLimits, severityCounts, splitEvidence } from './present.js';
import type { Evidence, Finding, Report } from '../engine/report/schema.js';
import { SEVERITIES } from '../engine/report/schema.js';
import { CATALOGUE } from '../engine/catalogue.js';
import { formatTimeline } from './terminal-timeline.js';
import { readingNotice, switchedOffNotice } from './reading.js';

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

export function formatReport(report: Report, color: boolean, timeline = false): string {
  const paint = painter(color);
  const lines: string[] = [];
  lines.push(paint(report.title ?? report.source, 'bold'));
  if (report.title) lines.push(paint(report.source, 'dim'));
  const published = report.dates.filter((d) => d.kind === 'published');
  lines.push(
    published.length
      ? `Published: ${published.map((d) => `${d.value} (${d.source})`).join(', ')}`
      : 'Published: no publication date found; time checks use the dates in the text',
  );
  if (report.truncated) lines.push(paint(`Audited the first ${report.truncated.coveredChars} of ${report.truncated.totalChars} characters.`, 'yellow'));
  for (const limit of describeLimits(report)) lines.push(paint(limit, 'yellow'));
  const counts = severityCounts(report.findings);
  lines.push(counts.length ? counts.map(([s, n]) => paint(`${n} ${s}`, SEVERITY_STYLE[s]!)).join(', ') : paint(report.errors.length ? 'No findings from the checks that ran.' : 'No findings.', 'dim'));
  // Silence from checks that did not read the page is no clean bill: said under the counts.
  const reading = readingNotice(report);
  if (reading) lines.push(paint(reading, 'yellow'));
  const off = switchedOffNotice(report);
  if (off) lines.push(paint(off, 'dim'));
  for (const e of report.errors) lines.push(paint(`Error: ${describeError(e)}`, 'red'));
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push('', paint(severity.toUpperCase(), SEVERITY_STYLE[severity]!, 'bold'));
    for (const f of group) lines.push(...formatFinding(f, paint, color));
  }
  if (timeline) lines.push('', ...formatTimeline(report.clock, paint));
  lines.push(paint(`${report.stats.sentences} sentences, ${report.stats.ms} ms`, 'dim'));
  return lines.join('\n');
}

function formatFinding(f: Finding, paint: ReturnType<typeof painter>, color: boolean): string[] {
  const out = [`  ${paint(CATALOGUE[f.check].title, 'bold')} ${paint(`[${f.check}]`, 'dim')}`, `    ${f.message}`];
  for (const e of f.evidence) out.push(`    ${paint('›', 'dim')} ${markEvidence(e, paint, color)}`);
  return out;
}
