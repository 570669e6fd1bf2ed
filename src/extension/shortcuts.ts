import { t } from '../views/strings.js';

/** The manifest's commands: the toolbar button's, and stepping through the highlights on the page. */
export const COMMANDS = {
  audit: '_execute_action',
  next: 'next-finding',
  previous: 'previous-finding',
} as const;

/**
 * Defaults both browsers assign. Chromium leaves a suggested key unassigned when it clashes with
 * one of its own (Alt+Shift+A, T, N and P do); Firefox's window keys use none of these (the
 * end-to-end tests check both).
 */
export const DEFAULT_KEYS = { audit: 'Alt+Shift+U', next: 'Alt+Shift+J', previous: 'Alt+Shift+K' } as const;

/** The toolbar's tooltip, with the key the browser really assigned (the reader may have changed or cleared it). */
export function toolbarTitle(keys: string | undefined): string {
  return keys ? t('toolbarTitleWithKeys', { keys }) : t('toolbarTitle');
}

/** The assigned key of a command, from `commands.getAll()`; undefined when none is set. */
export function keysOf(
  commands: ReadonlyArray<{ name?: string; shortcut?: string }>,
  name: string,
): string | undefined {
  return commands.find((c) => c.name === name)?.shortcut || undefined;
}
