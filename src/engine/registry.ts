import type { Check } from './check-kit/types.js';
import { ageMismatch } from './checks/age-mismatch.js';
import { aiDisclosure } from './checks/ai-disclosure.js';
import { bylineMismatch } from './checks/byline-mismatch.js';
import { chatbotArtifact } from './checks/chatbot-artifact.js';
import { dateConflict } from './checks/date-conflict.js';
import { elapsedTime } from './checks/elapsed-time/index.js';
import { futureEvent } from './checks/future-event.js';
import { invalidDate } from './checks/invalid-date.js';
import { repeatedText } from './checks/repeated-text.js';
import { staleFuture } from './checks/stale-future.js';
import { staleTitle } from './checks/stale-title.js';
import { oldText } from './checks/old-text.js';
import { weekdayMismatch } from './checks/weekday-mismatch.js';

/** Every check, in the order the report lists them. Adding a check means adding it here (a test makes sure). */
export const CHECKS: readonly Check[] = [
  aiDisclosure,
  chatbotArtifact,
  dateConflict,
  elapsedTime,
  staleFuture,
  staleTitle,
  oldText,
  futureEvent,
  weekdayMismatch,
  invalidDate,
  ageMismatch,
  bylineMismatch,
  repeatedText,
];
