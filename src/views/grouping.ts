import type { CheckId, Finding } from '../engine/report/schema.js';

/** A finding as the reader is shown it: one entry for a passage the article repeats, with each copy. */
export interface Shown {
  finding: Finding;
  /** Every finding this entry stands for, in article order: the finding itself first. */
  copies: Finding[];
}

/** What makes two findings the same to a reader: the check, what it says, and the words it quotes. */
const sameness = (f: Finding) =>
  JSON.stringify([f.check, f.messageId, f.message, f.evidence.map((e) => [e.text, e.sentence, e.role ?? null])]);

/**
 * A paragraph repeated three times with a wrong weekday gives three findings that say the same
 * thing: shown once, with its count and each copy reachable.
 */
export function groupRepeated(findings: readonly Finding[]): Shown[] {
  const out = new Map<string, Shown>();
  for (const f of findings) {
    const key = sameness(f);
    const entry = out.get(key);
    if (entry) entry.copies.push(f);
    else out.set(key, { finding: f, copies: [f] });
  }
  return [...out.values()];
}

/** Entries by check, in the order each check first appears: what the popup folds when a check says a lot. */
export function byCheck(entries: readonly Shown[]): Array<{ check: CheckId; entries: Shown[] }> {
  const out = new Map<CheckId, Shown[]>();
  for (const e of entries) out.set(e.finding.check, [...(out.get(e.finding.check) ?? []), e]);
  return [...out].map(([check, list]) => ({ check, entries: list }));
}
