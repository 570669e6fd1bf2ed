import type { Pinned } from './pin.js';
import { ANCHORS } from './anchors.js';
import { DURATIONS } from './durations.js';
import { ELAPSED_CLAIMS } from './elapsed-claims.js';
import { FORECASTS } from './forecasts.js';
import { NAMED_YEARS } from './named-years.js';
import { NARRATION } from './narration.js';
import { QUOTES } from './quotes.js';
import { RELATIVE_PERIODS } from './relative-periods.js';
import { SEQUENCE } from './sequence.js';
import { STATE_CLAIMS } from './state-claims.js';
import { TENSE } from './tense.js';
import { UNION_GATE } from './union-gate.js';

/** Every pinned list, and the source files whose every alternative is pinned. */
export const TABLES: Pinned[] = [
  ...TENSE,
  ...QUOTES,
  ...FORECASTS,
  ...NARRATION,
  ...UNION_GATE,
  ...ANCHORS,
  ...ELAPSED_CLAIMS,
  ...NAMED_YEARS,
  ...DURATIONS,
  ...STATE_CLAIMS,
  ...RELATIVE_PERIODS,
  ...SEQUENCE,
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
];
