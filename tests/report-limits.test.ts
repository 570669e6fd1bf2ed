import { describe, expect, it } from 'vitest';
import { layOut } from '../src/engine/article.js';
import { boundReport, REPORT_LIMITS } from '../src/engine/report/bounds.js';
import { ReportSchema, type Finding } from '../src/engine/report/schema.js';
import { MAX_SENTENCE_CHARS } from '../src/engine/text/sentences.js';
import { extractText } from '../src/extract/text.js';
import { formatReport } from '../src/views/terminal-report.js';
import { reportToMarkdown } from '../src/views/markdown.js';
import { audit } from './helpers/audit.js';

/** Issue 25, items 8 and 12: what a report may hold, and how much of a giant text is read. */
const json = (x: unknown) => JSON.stringify(x).length;

describe('a report holds no more than its limits, whatever the page', () => {
  const impossible = (n: number) => `Text ${'April 31, 2023 and '.repeat(n)}end.`;

  it('keeps the most severe findings up to the limit, and counts the ones left out', () => {
    const report = audit(extractText(impossible(1_000), 'x'));
    expect(report.findings).toHaveLength(REPORT_LIMITS.findings);
    expect(report.omitted!.findings).toBeGreaterThanOrEqual(1_000 - REPORT_LIMITS.findings);
    expect(ReportSchema.parse(report)).toBeTruthy();
    // Every quoted sentence is at most a sentence's limit, so the report does not grow with the page.
    for (const e of [...report.findings.flatMap((f) => f.evidence), ...report.clock.points.map((p) => p.evidence)]) {
      expect(e.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    }
    const larger = audit(extractText(impossible(2_000), 'x'));
    expect(json(larger.findings)).toBeLessThan(json(report.findings) * 1.1);
    expect(json(larger)).toBeLessThan(REPORT_LIMITS.chars * 2);
  });

  it('says so in every view', () => {
    const report = audit(extractText(impossible(300), 'x'));
    expect(formatReport(report, false)).toContain('100 more findings left out');
    expect(reportToMarkdown(report)).toContain('- 100 more findings left out');
  });

  it("quotes at most a finding's evidence limit, and leaves out whole findings past the size limit", () => {
    const report = audit(extractText('The council met on Tuesday and approved the budget for the harbour.', 'x'));
    const evidence = { text: 'x', sentence: 'x', start: 0, end: 1 };
    const finding = (i: number, quote: string, copies: number): Finding => ({
      id: `repeated-text-${i}`,
      check: 'repeated-text',
      severity: i < 5 ? 'medium' : 'low',
      messageId: 'paragraph',
      data: { count: copies },
      message: '',
      evidence: Array.from({ length: copies }, () => ({ ...evidence, text: quote })),
    });
    const large = (i: number) => finding(i, 'y'.repeat(100_000), 1);
    report.findings = [finding(0, 'x', 80), ...Array.from({ length: 40 }, (_, i) => large(i + 1))];
    boundReport(report);
    expect(report.findings[0]!.evidence).toHaveLength(REPORT_LIMITS.evidence);
    expect(json(report.findings)).toBeLessThanOrEqual(REPORT_LIMITS.chars);
    expect(report.findings).toHaveLength(1 + Math.floor(REPORT_LIMITS.chars / json(large(1))));
    expect(report.omitted).toEqual({ findings: 41 - report.findings.length, evidence: 80 - REPORT_LIMITS.evidence });
  });

  it('says nothing of limits on an ordinary article', () => {
    const report = audit(extractText('The council met on Tuesday, April 31, 2023, and passed the budget.', 'x'));
    expect(report.omitted).toBeUndefined();
  });
});

describe('a text longer than the character budget is read from its start as far as the budget goes', () => {
  const sentence = 'The council met on Monday, March 5, 2024, and approved the harbour budget. ';

  it('reads a single giant paragraph up to the budget, cut after a sentence, rather than not at all', () => {
    const paragraph = sentence.repeat(2_000);
    const report = audit(extractText(`Title line here\n\n${paragraph}`, 'x'), { maxChars: 50_000 });
    expect(report.truncated!.coveredChars).toBeGreaterThan(50_000 - sentence.length - 20);
    expect(report.truncated!.coveredChars).toBeLessThanOrEqual(50_000);
    expect(report.truncated!.totalChars).toBe(layOut(['Title line here', paragraph]).text.length);
    // The weekday finding of every sentence read, and of none past the budget.
    const weekdays = report.findings.filter((f) => f.check === 'weekday-mismatch');
    expect(weekdays.length).toBeGreaterThan(0);
    expect(Math.max(...weekdays.map((f) => f.evidence[0]!.end!))).toBeLessThanOrEqual(report.truncated!.coveredChars);
  });

  it("reads in order: the paragraphs before the budget's end whole, the one it ends in in part, none after", () => {
    const first = 'A short first paragraph about the harbour and its pier, for the record.';
    const paragraphs = [first, sentence.repeat(100), 'A paragraph after the budget.'];
    const report = audit({ ...extractText('', 'x'), paragraphs }, { maxChars: 2_000 });
    const whole = layOut(paragraphs).text;
    expect(report.stats.chars).toBeGreaterThan(paragraphs[0]!.length);
    expect(report.truncated).toEqual({ coveredChars: report.stats.chars, totalChars: whole.length });
    expect(whole.slice(report.stats.chars - 1, report.stats.chars)).toBe('.');
  });

  it('cuts a paragraph with no sentence end or space where the budget ends, never inside a character', () => {
    const report = audit({ ...extractText('', 'x'), paragraphs: ['😀'.repeat(5_000)] }, { maxChars: 2_001 });
    expect(report.stats.chars).toBe(2_000);
  });
});
