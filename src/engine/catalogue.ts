import type { CheckId } from './report/schema.js';
import { meta as ageMismatch } from './checks/age-mismatch.js';
import { meta as aiDisclosure } from './checks/ai-disclosure.js';
import { meta as bylineMismatch } from './checks/byline-mismatch.js';
import { meta as chatbotArtifact } from './checks/chatbot-artifact.js';
import { meta as dateConflict } from './checks/date-conflict.js';
import { meta as elapsedTime } from './checks/elapsed-time/index.js';
import { meta as futureEvent } from './checks/future-event.js';
import { meta as invalidDate } from './checks/invalid-date.js';
import { meta as repeatedText } from './checks/repeated-text.js';
import { meta as staleFuture } from './checks/stale-future.js';
import { meta as staleTitle } from './checks/stale-title.js';
import { meta as oldText } from './checks/old-text.js';
import { meta as weekdayMismatch } from './checks/weekday-mismatch.js';
import type { CheckMeta } from './check-kit/types.js';

/**
 * Each check's own `meta`, imported without its rule: the popup, the options page and the views
 * name checks from here without bundling the engine (the bundler drops the unused rules). The
 * registry test holds this, the registry and `CHECK_IDS` to the same checks.
 */
export const CATALOGUE: Record<CheckId, CheckMeta> = Object.fromEntries(
  [
    ageMismatch,
    aiDisclosure,
    bylineMismatch,
    chatbotArtifact,
    dateConflict,
    elapsedTime,
    futureEvent,
    invalidDate,
    repeatedText,
    staleFuture,
    staleTitle,
    oldText,
    weekdayMismatch,
  ].map((m) => [m.id, m]),
) as Record<CheckId, CheckMeta>;
