import { CATALOGUE } from '../engine/catalogue.js';
import { formatSpanInWords } from './timeline-geometry.js';
import { dateEntries, dayInWords, whereInWords } from './date-words.js';
import { readingNotice } from './reading.js';
import { t } from './strings.js';
import { describeError, describeLimits, severityCounts, splitEvidence } from './present.js';
import { SEVERITIES, type Evidence, type Report } from '../engine/report/schema.js';

/** Page text must stay text in Markdown too: no stray emphasis, links or HTML from what the page said. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}

function quoted(e: Evidence): string {
  const parts = splitEvidence(e);
  if (!parts) return `> ${escapeMarkdown(e.sentence)}`;
  return `> ${escapeMarkdown(parts.before)}**${escapeMarkdown(parts.marked)}**${escapeMarkdown(parts.after)}`;
}

/**
 * The report as a reader forwards it to an editor, in English whatever the reader's language (the
 * report's own messages are English): title, address, dates, the writing period the
 * text implies, and each finding with its quoted evidence, the offending words in bold.
 */
export function reportToMarkdown(report: Report): string {
  const lines = [
    `# Telltale report: ${escapeMarkdown(report.title ?? report.source)}`,
    '',
    `Page: <${report.source.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`,
    '',
  ];
  const published = dateEntries(report.dates, report.bylines).map(
    (d) => `${d.kind === 'modified' ? 'updated ' : ''}${dayInWords(d.value, 'en')}, ${whereInWords(d, 'en')}`,
  );
  lines.push(`- Publication date: ${published.length ? published.join('; ') : 'none found'}`);
  const reading = readingNotice(report, 'en');
  if (reading) lines.push(`- ${reading}`);
  const e = report.clock.estimated;
  if (e)
    lines.push(
      `- Written, by its own time claims: ${formatSpanInWords(e.from, e.to)} (${e.agreeing} ` +
        `of ${e.claims} claims agree)`,
    );
  const counts = severityCounts(report.findings);
  lines.push(`- Findings: ${counts.length ? counts.map(([s, n]) => `${n} ${s}`).join(', ') : 'none'}`);
  for (const err of report.errors) lines.push(`- Error: ${escapeMarkdown(describeError(err, 'en'))}`);
  if (report.truncated)
    lines.push(
      `- Only the first ${report.truncated.coveredChars} of ${report.truncated.totalChars} characters were audited.`,
    );
  for (const limit of describeLimits(report, 'en')) lines.push(`- ${limit}`);
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push('', `## ${severity[0]!.toUpperCase()}${severity.slice(1)}`);
    for (const f of group) {
      lines.push('', `### ${CATALOGUE[f.check].title}`, '', escapeMarkdown(f.message));
      const reference = `_(${t('roleReference', {}, 'en').toLowerCase()})_`;
      for (const ev of f.evidence) lines.push('', ev.role === 'reference' ? `${quoted(ev)} ${reference}` : quoted(ev));
    }
  }
  lines.push(
    '',
    '---',
    '',
    '_Telltale checks an article against itself. A finding is a reason to look closer, not a ' +
      'verdict on whether the article is true._',
  );
  return `${lines.join('\n')}\n`;
}
