import { fileURLToPath } from 'node:url';
import { audit } from '../engine/audit.js';
import { PACK } from '../engine/knowledge/pack.js';
import { NoArticleError } from '../extract/html.js';
import { extractAny } from './extract-node.js';
import type { Report } from '../engine/report/schema.js';
import { parseCli, USAGE, UsageError, type CliOptions } from './args.js';
import { formatReport, painter } from '../views/terminal-report.js';
import { expandInputs, InputError, load } from './inputs.js';

export const EXAMPLE_PATH = fileURLToPath(new URL('../../examples/harbour-bridge.txt', import.meta.url));

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv, Boolean(process.stdout.isTTY));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`telltale: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const paint = painter(Boolean(process.stderr.isTTY) && options.color);
  const inputs = options.inputs.length ? await expandInputs(options.inputs) : [EXAMPLE_PATH];
  let failed = false;
  let matched = false;
  let first = true;
  for (const input of inputs) {
    try {
      if (input instanceof InputError) throw input;
      const loaded = await load(input, options.timeoutMs);
      if (loaded.warning) process.stderr.write(`${paint('telltale:', 'yellow')} ${input}: ${loaded.warning}\n`);
      const report = audit(extractAny(loaded.content, loaded.source, loaded.kind), auditOptions(options));
      if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        process.stdout.write(`${first ? '' : '\n'}${formatReport(report, options.color, options.timeline)}\n`);
        first = false;
      }
      matched ||= failsOn(report, options.failOn);
    } catch (error) {
      failed = true;
      const source = error instanceof InputError ? error.source : String(input);
      const message = error instanceof InputError || error instanceof NoArticleError ? error.message.replace(/ in .*$/, '') : `could not be audited (${(error as Error).message})`;
      process.stderr.write(`${paint('telltale:', 'red')} ${source}: ${message}\n`);
      if (options.json) process.stdout.write(`${JSON.stringify({ source, error: message })}\n`);
    }
  }
  return failed ? 2 : matched ? 1 : 0;
}

function auditOptions(o: CliOptions) {
  return { disabled: o.disabled, knowledge: PACK, ...(o.date ? { date: o.date } : {}) };
}

function failsOn(report: Report, level: CliOptions['failOn']): boolean {
  if (!level) return false;
  const levels = level === 'high' ? ['high'] : ['high', 'medium'];
  return report.findings.some((f) => levels.includes(f.severity));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`telltale: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
