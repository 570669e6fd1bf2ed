import type { Pinned } from './pin.js';
import { TENSE } from './tense.js';

/** Every pinned list, and the source files whose every alternative is pinned. */
export const TABLES: Pinned[] = [...TENSE];
export const FILES = ['text/tense.ts'];
