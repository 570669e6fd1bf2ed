import type { Pinned } from './pin.js';
import { ANCHORS } from './anchors.js';
import { CONTEXT } from './context.js';
import { DATELINES } from './datelines.js';
import { ELAPSED_CLAIMS } from './elapsed-claims.js';
import { FORECASTS } from './forecasts.js';
import { FOREIGN_DATELINES } from './foreign-datelines.js';
import { NAMED_YEARS } from './named-years.js';
import { NARRATION } from './narration.js';
import { QUOTES } from './quotes.js';
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
  ...ANCHORS,
  ...CONTEXT,
  ...ELAPSED_CLAIMS,
  ...NAMED_YEARS,
  ...WRITTEN,
  ...FOREIGN_DATELINES,
  ...DATELINES,
];
export const FILES = [
  'text/tense.ts',
  'text/quotes.ts',
  'text/names.ts',
  'time/forecasts.ts',
  'time/narration.ts',
  'text/union-gate.ts',
  'time/named-years.ts',
  'time/anchors.ts',
  'time/elapsed-claims.ts',
  'time/context.ts',
  'time/written.ts',
  'time/foreign-dateline.ts',
  'time/dateline.ts',
  'time/wire-dateline.ts',
];
