import * as z from 'zod/mini';
import { CheckIdSchema, type CheckId } from '../engine/report/schema.js';

/** What the options page stores: the checks the reader switched off. */
export const SettingsSchema = z.object({ disabled: z._default(z.array(CheckIdSchema), []) });

export function parseSettings(stored: unknown): CheckId[] {
  const r = SettingsSchema.safeParse(stored ?? {});
  return r.success ? r.data.disabled : [];
}
