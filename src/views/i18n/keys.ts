import type { CheckId } from '../../engine/report/schema.js';

/**
 * The names a check's strings go by in `_locales/<language>/messages.json`. The browser takes only
 * letters, digits and "_" in a name, so "weekday-mismatch" is written "weekday_mismatch".
 */
const name = (id: CheckId) => id.replace(/-/g, '_');

export const checkTitleKey = (id: CheckId) => `check_${name(id)}_title`;
export const checkDescriptionKey = (id: CheckId) => `check_${name(id)}_description`;
export const checkMessageKey = (id: CheckId, messageId: string) => `check_${name(id)}_message_${messageId}`;
