import { fingerprint } from '../engine/text/fingerprint.js';
import * as z from 'zod/mini';
import type { Finding } from '../engine/report/schema.js';

/**
 * Findings the reader dismissed, by page. Stored as fingerprints: the page's address and the
 * finding's words never reach storage, only a 64-bit hash of each, which is enough to recognise
 * them again and says nothing to whoever reads the storage.
 */
const Fingerprint = z.string().check(z.regex(/^[0-9a-f]{16}$/));
export const DismissedSchema = z.record(Fingerprint, z.array(Fingerprint).check(z.maxLength(1000)));
export type Dismissed = z.infer<typeof DismissedSchema>;

/** The most pages remembered; the oldest are forgotten first. */
export const MAX_PAGES = 500;

/** A page is its address without the fragment: "#comments" is the same article. */
export const pageKey = (url: string): string => fingerprint(url.replace(/#.*$/s, ''));

/** A finding is what it says and the words it quotes: the same finding on the next audit, whatever its id. */
export const findingKey = (f: Pick<Finding, 'check' | 'messageId' | 'evidence'>): string =>
  fingerprint(JSON.stringify([f.check, f.messageId, f.evidence.map((e) => [e.text, e.sentence])]));

export function parseDismissed(stored: unknown): Dismissed {
  const r = DismissedSchema.safeParse(stored ?? {});
  return r.success ? r.data : {};
}

/** The store with `keys` dismissed on the page (or restored, when `on` is false); the page moves to the newest. */
export function withDismissed(all: Dismissed, url: string, keys: readonly string[], on: boolean): Dismissed {
  const page = pageKey(url);
  const current = new Set(all[page] ?? []);
  for (const k of keys) {
    if (on) current.add(k);
    else current.delete(k);
  }
  const rest = Object.entries(all).filter(([p]) => p !== page);
  const kept: Array<[string, string[]]> = current.size ? [...rest, [page, [...current]]] : rest;
  return Object.fromEntries(kept.slice(-MAX_PAGES));
}

export const dismissedOn = (all: Dismissed, url: string): Set<string> => new Set(all[pageKey(url)] ?? []);
