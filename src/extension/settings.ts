import { z } from 'zod';
import { CheckIdSchema, type CheckId } from '../engine/report/schema.js';

/** What the options page stores: the checks the reader switched off. */
export const SettingsSchema = z.object({ disabled: z.array(CheckIdSchema).default([]) });

export function parseSettings(stored: unknown): CheckId[] {
  const r = SettingsSchema.safeParse(stored ?? {});
  return r.success ? r.data.disabled : [];
}
