import { browser } from 'wxt/browser';
import type { CheckId } from '../engine/report/schema.js';
import { dismissedOn, parseDismissed, withDismissed, type Dismissed } from './dismissed.js';
import { parseSettings } from './settings.js';

/**
 * The extension's storage, read and written alike by the popup, the card on the page and the
 * options page: the checks switched off, and the findings dismissed page by page. Whatever is
 * read is validated first; anything malformed reads as nothing.
 */
export async function disabledChecks(): Promise<CheckId[]> {
  return parseSettings(await browser.storage.local.get('disabled'));
}

export async function setCheckOff(check: CheckId, off: boolean): Promise<void> {
  const now = new Set(await disabledChecks());
  if (off) now.add(check);
  else now.delete(check);
  await browser.storage.local.set({ disabled: [...now] });
}

export async function allDismissed(): Promise<Dismissed> {
  return parseDismissed((await browser.storage.local.get('dismissed')).dismissed);
}

export async function dismissedFor(url: string): Promise<Set<string>> {
  return dismissedOn(await allDismissed(), url);
}

export async function setDismissed(url: string, keys: readonly string[], on: boolean): Promise<void> {
  await browser.storage.local.set({ dismissed: withDismissed(await allDismissed(), url, keys, on) });
}

export async function forgetDismissed(): Promise<void> {
  await browser.storage.local.remove('dismissed');
}

/** Calls back when the checks switched off or the findings dismissed change, from any part of the extension. */
export function onStoreChange(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && ('disabled' in changes || 'dismissed' in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
