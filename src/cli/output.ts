import type { Report } from '../engine/report/schema.js';
import { formatReport, painter } from '../views/terminal-report.js';
import type { Outcome } from './audit-task.js';
import type { CliOptions } from './args.js';
import type { Progress } from './progress.js';

interface Streams {
  out: { write(text: string): unknown; isTTY?: boolean };
  err: { write(text: string): unknown; isTTY?: boolean };
}

/** Writes each outcome as it comes, in order, and keeps the tally the exit status is made of. */
export class Printer {
  private done = 0;
  private reports = 0;
  private failed = 0;
  private matched = 0;
  private readonly paint;

  constructor(
    private readonly options: Pick<CliOptions, 'json' | 'color' | 'timeline' | 'failOn'> &
      Partial<Pick<CliOptions, 'language'>>,
    private readonly streams: Streams,
    private readonly progress: Progress | null,
  ) {
    this.paint = painter(Boolean(streams.err.isTTY) && options.color);
  }

  /** Every outcome gives its line: a report that cannot be written out is said to be one, and the batch goes on. */
  print(outcome: Outcome): void {
    if ('report' in outcome) {
      try {
        this.write(outcome);
        return;
      } catch (error) {
        const why = (error as Error).message;
        outcome = { source: outcome.report.source, error: `its report could not be written out (${why})` };
      }
    }
    this.write(outcome);
  }

  private write(outcome: Outcome): void {
    // The progress line is wiped before anything is written to the terminal it is on.
    if (outcome.warning || 'error' in outcome || this.streams.out.isTTY) this.progress?.clear();
    const source = 'report' in outcome ? outcome.report.source : outcome.source;
    if (outcome.warning) this.streams.err.write(`${this.paint('telltale:', 'yellow')} ${source}: ${outcome.warning}\n`);
    if ('report' in outcome) {
      const { report } = outcome;
      // Made whole before any of it is written: a report that fails half-way leaves no half line.
      const { color, timeline, language } = this.options;
      const text = this.options.json
        ? JSON.stringify(report)
        : `${this.reports ? '\n' : ''}${formatReport(report, color, timeline, language)}`;
      this.streams.out.write(`${text}\n`);
      this.reports++;
      if (failsOn(report, this.options.failOn)) this.matched++;
    } else {
      this.failed++;
      this.streams.err.write(`${this.paint('telltale:', 'red')} ${outcome.source}: ${outcome.error}\n`);
      if (this.options.json)
        this.streams.out.write(`${JSON.stringify({ source: outcome.source, error: outcome.error })}\n`);
    }
    this.done++;
    this.progress?.update(this.done, this.failed);
  }

  /** The exit status: 2 when an input failed, even where --fail-on matched too (and then both are said). */
  finish(): number {
    this.progress?.clear();
    if (this.failed && this.matched) {
      this.streams.err.write(
        `${this.paint('telltale:', 'red')} --fail-on ${this.options.failOn} ` +
          `matched ${plural(this.matched, 'input')}, and ${plural(this.failed, 'input')} could not ` +
          `be audited: exit status 2\n`,
      );
    }
    return this.failed ? 2 : this.matched ? 1 : 0;
  }
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function failsOn(report: Report, level: CliOptions['failOn']): boolean {
  if (!level) return false;
  const levels = level === 'high' ? ['high'] : ['high', 'medium'];
  return report.findings.some((f) => levels.includes(f.severity));
}
