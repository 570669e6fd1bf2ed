import type { Check } from './types.js';
import { ageMismatch } from './age-mismatch.js';
import { aiDisclosure } from './ai-disclosure.js';
import { bylineMismatch } from './byline-mismatch.js';
import { chatbotArtifact } from './chatbot-artifact.js';
import { dateConflict } from './date-conflict.js';
import { elapsedTime } from './elapsed-time.js';
import { futureEvent } from './future-event.js';
import { invalidDate } from './invalid-date.js';
import { repeatedText } from './repeated-text.js';
import { staleFuture } from './stale-future.js';
import { staleTitle } from './stale-title.js';
import { weekdayMismatch } from './weekday-mismatch.js';

/** Every check, in the order the report lists them. Adding a check means adding it here (a test makes sure). */
export const CHECKS: readonly Check[] = [
  aiDisclosure,
  chatbotArtifact,
  dateConflict,
  elapsedTime,
  staleFuture,
  staleTitle,
  futureEvent,
  weekdayMismatch,
  invalidDate,
  ageMismatch,
  bylineMismatch,
  repeatedText,
];
