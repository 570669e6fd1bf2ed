import { afterEach, describe, expect, it, vi } from 'vitest';
import { audit } from './helpers/audit.js';
import type * as Build from '../src/engine/clock/build.js';
import { CHECKS } from '../src/engine/registry.js';
import { reportToMarkdown } from '../src/views/markdown.js';
import { formatReport } from '../src/views/terminal-report.js';
import { extractText } from '../src/extract/text.js';

const clock = vi.hoisted(() => ({ broken: false }));
vi.mock('../src/engine/clock/build.js', async (original) => {
  const real = await original<typeof Build>();
  return {
    buildClock: (...args: Parameters<typeof real.buildClock>) => {
      if (clock.broken) throw new Error('clock mutant');
      return real.buildClock(...args);
    },
  };
});

const input = () =>
  extractText(
    'March 8, 2024\n\nA previous strike on Monday, March 5, 2024, closed 300 schools.\n\nThe fair ' +
      'opens on February 30.',
    'case',
  );

/** A crashed check or clock is reported as such, never as "no findings". */
describe('audit errors', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    clock.broken = false;
  });

  it('a check that throws is listed in errors, and the other checks still report', () => {
    const weekday = CHECKS.find((c) => c.meta.id === 'weekday-mismatch')!;
    vi.spyOn(weekday, 'run').mockImplementation(() => {
      throw new Error('weekday mutant');
    });
    const report = audit(input());
    expect(report.errors).toEqual([{ check: 'weekday-mismatch', message: 'weekday mutant' }]);
    expect(report.findings.map((f) => f.check)).toEqual(['invalid-date']);
    expect(formatReport(report, false)).toContain(
      'Error: Weekday does not match the date (weekday-mismatch) failed on this page and was skipped: weekday mutant',
    );
    expect(reportToMarkdown(report)).toContain(
      '- Error: Weekday does not match the date \\(weekday-mismatch\\) failed',
    );
  });

  it('a clock that throws is listed in errors, and the findings are kept', () => {
    clock.broken = true;
    const report = audit(input());
    expect(report.errors).toEqual([{ check: 'clock', message: 'clock mutant' }]);
    expect(report.clock).toEqual({ estimated: null, points: [] });
    expect(report.findings.map((f) => f.check).sort()).toEqual(['invalid-date', 'weekday-mismatch']);
  });

  it('a clean audit has no errors, and says plainly there were no findings', () => {
    const report = audit(extractText('The council met on Tuesday and approved the budget for the harbour.', 'case'));
    expect(report.errors).toEqual([]);
    expect(formatReport(report, false)).toContain('No findings.');
  });

  it('a failure with nothing found does not read as a clean page', () => {
    for (const c of CHECKS)
      vi.spyOn(c, 'run').mockImplementation(() => {
        throw new Error('down');
      });
    const text = formatReport(audit(input()), false);
    expect(text).toContain('No findings from the checks that ran.');
    expect(text).not.toContain('No findings.\n');
  });
});
