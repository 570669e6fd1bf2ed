import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { CHECK_IDS, type CheckId } from '../engine/report/schema.js';
import { parseISODay } from '../engine/time/calendar.js';
import { languageOfEnvironment } from '../views/i18n/environment.js';
import { UI_LANGUAGES, uiLanguageOf, type UiLanguage } from '../views/i18n/languages.js';

export interface CliOptions {
  inputs: string[];
  json: boolean;
  timeline: boolean;
  date?: string;
  failOn?: 'high' | 'medium';
  color: boolean;
  /** The language of the report's messages (JSON reports stay in English). */
  language: UiLanguage;
  disabled: CheckId[];
  timeoutMs: number;
  timeLimitMs: number;
  recursive: boolean;
  jobs: number;
  fromJsonl: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

/**
 * How long one input may take to audit, by default. The largest page the limits let in (50 MB)
 * takes under a minute on a loaded machine here; a page that takes longer is made to.
 */
export const DEFAULT_TIME_LIMIT_S = 120;

export const USAGE = `Usage: telltale [options] [INPUT...]
       npm run audit -- [options] [INPUT...]

Audits news articles against themselves. INPUT is an .html/.htm or .txt file, a web archive
(.warc or .warc.gz: every HTML page in it), a directory (every such file in it), - for standard
input, or an http(s) URL. With no INPUT, audits the built-in example article.

Options:
  --json                 one JSON report per input and line (JSON Lines), in input order
  --timeline             draw the article's clock: its dates, the dates its claims imply, and
                         when the text itself says it was written
  --date YYYY-MM-DD      publication date for a page that gives none
  --fail-on high|medium  exit 1 when a finding of that severity or above is found
  --disable ID[,ID...]   leave these checks out (${CHECK_IDS.join(', ')})
  -r, --recursive        look in the subdirectories of a directory too
  -j, --jobs N           audit on N threads (default: one per core, ${availableParallelism()} here); the
                         output keeps the input order whatever N is
  --from-jsonl           read each INPUT (standard input when none) as JSON Lines of articles,
                         {"source", "html" or "text", "date"?} a line: one report per line
  --timeout SECONDS      time limit for fetching a URL (default 15)
  --time-limit SECONDS   time limit for auditing one input (default ${DEFAULT_TIME_LIMIT_S}): past it,
                         the input is reported as an error and the others go on
  --no-color             plain text even on a terminal
  --lang LANG            the language of the report's messages: ${UI_LANGUAGES.join(', ')} (default: from
                         LC_ALL, LC_MESSAGES or LANG; English otherwise); JSON stays in English
  --version              the version
  -h, --help             this help

Exit status: 0 every input audited; 1 --fail-on matched; 2 a usage error or an input that could
not be audited (the other inputs are still audited).`;

export function parseCli(argv: string[], isTty: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        timeline: { type: 'boolean', default: false },
        date: { type: 'string' },
        'fail-on': { type: 'string' },
        disable: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        'time-limit': { type: 'string' },
        recursive: { type: 'boolean', short: 'r', default: false },
        jobs: { type: 'string', short: 'j' },
        'from-jsonl': { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.date !== undefined && !isIsoDate(v.date))
    throw new UsageError(`--date needs a real calendar date as YYYY-MM-DD, got "${v.date}"`);
  if (v['fail-on'] !== undefined && v['fail-on'] !== 'high' && v['fail-on'] !== 'medium') {
    throw new UsageError(`--fail-on takes high or medium, got "${v['fail-on']}"`);
  }
  const disabled = (v.disable ?? [])
    .flatMap((d) => d.split(','))
    .map((d) => d.trim())
    .filter(Boolean);
  const unknown = disabled.filter((d) => !(CHECK_IDS as readonly string[]).includes(d));
  if (unknown.length) throw new UsageError(`unknown check id: ${unknown.join(', ')} (known: ${CHECK_IDS.join(', ')})`);
  const timeout = v.timeout === undefined ? 15 : Number(v.timeout);
  if (!(timeout > 0 && timeout <= 600))
    throw new UsageError(`--timeout takes seconds from 1 to 600, got "${v.timeout}"`);
  const timeLimit = v['time-limit'] === undefined ? DEFAULT_TIME_LIMIT_S : Number(v['time-limit']);
  if (!(timeLimit > 0 && timeLimit <= 3600)) {
    throw new UsageError(`--time-limit takes seconds, more than 0 and up to 3600, got "${v['time-limit']}"`);
  }
  const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs);
  if (!(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256))
    throw new UsageError(`--jobs takes a whole number from 1 to 256, got "${v.jobs}"`);
  const language = v.lang === undefined ? languageOfEnvironment(process.env) : uiLanguageOf(v.lang);
  if (language === null) throw new UsageError(`--lang takes ${UI_LANGUAGES.join(', ')}, got "${v.lang}"`);
  const options: CliOptions = {
    inputs: parsed.positionals,
    json: v.json,
    timeline: v.timeline,
    color: isTty && !v['no-color'] && !process.env.NO_COLOR,
    language,
    disabled: disabled as CheckId[],
    timeoutMs: timeout * 1000,
    timeLimitMs: timeLimit * 1000,
    recursive: v.recursive,
    jobs,
    fromJsonl: v['from-jsonl'],
    help: v.help,
    version: v.version,
  };
  if (v.date !== undefined) options.date = v.date;
  if (v['fail-on'] !== undefined) options.failOn = v['fail-on'];
  return options;
}

function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && parseISODay(s) !== null;
}
