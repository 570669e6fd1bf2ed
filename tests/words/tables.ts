import type { Pinned } from './pin.js';
import { ALTERNATION } from './alternation.js';
import { ANCHORS } from './anchors.js';
import { BUDGET } from './budget.js';
import { CONTEXT } from './context.js';
import { TIME_WORDS } from './dates.js';
import { DATELINES } from './datelines.js';
import { DURATIONS } from './durations.js';
import { ELAPSED_CLAIMS } from './elapsed-claims.js';
import { FORECASTS } from './forecasts.js';
import { FOREIGN_DATELINES } from './foreign-datelines.js';
import { LANGUAGE } from './language.js';
import { LEFTOVERS } from './leftovers.js';
import { NAMED_YEARS } from './named-years.js';
import { NARRATION } from './narration.js';
import { NEEDED_WORDS } from './needed-words.js';
import { QUOTES } from './quotes.js';
import { RELATIVE_PERIODS } from './relative-periods.js';
import { SENTENCES } from './sentences.js';
import { SEQUENCE } from './sequence.js';
import { STATE_CLAIMS } from './state-claims.js';
import { TENSE } from './tense.js';
import { UNION_GATE } from './union-gate.js';
import { WRITTEN } from './written.js';

/** Every pinned list, and the source files whose every alternative is pinned. */
export const TABLES: Pinned[] = [
  ...TENSE,
  ...QUOTES,
  ...FORECASTS,
  ...NARRATION,
  ...UNION_GATE,
  ...ALTERNATION,
  ...ANCHORS,
  ...BUDGET,
  ...CONTEXT,
  ...DATELINES,
  ...DURATIONS,
  ...ELAPSED_CLAIMS,
  ...FOREIGN_DATELINES,
  ...LANGUAGE,
  ...LEFTOVERS,
  ...NAMED_YEARS,
  ...NEEDED_WORDS,
  ...RELATIVE_PERIODS,
  ...SENTENCES,
  ...SEQUENCE,
  ...STATE_CLAIMS,
  ...WRITTEN,
  ...TIME_WORDS,
];
export const FILES = [
  'text/tense.ts',
  'text/quotes.ts',
  'text/names.ts',
  'time/forecasts.ts',
  'time/narration.ts',
  'time/durations.ts',
  'time/state-claims.ts',
  'time/relative-periods.ts',
  'time/sequence.ts',
  'text/union-gate.ts',
  'time/named-years.ts',
  'time/anchors.ts',
  'time/elapsed-claims.ts',
  'time/context.ts',
  'time/written.ts',
  'text/language.ts',
  'text/sentences.ts',
  'text/leftovers.ts',
  'text/needed-words.ts',
  'text/alternation.ts',
  'text/budget.ts',
  'time/foreign-dateline.ts',
  'time/dateline.ts',
  'time/wire-dateline.ts',
  'time/dates.ts',
  'time/calendar.ts',
  'time/numbers.ts',
  'time/event-days.ts',
  'time/dated-words.ts',
];
