import { describe, expect, it } from 'vitest';
import meta from '../src/engine/knowledge/data/meta.json';
import people from '../src/engine/knowledge/data/people.json';
import offices from '../src/engine/knowledge/data/offices.json';
import events from '../src/engine/knowledge/data/events.json';
import { PackSchema } from '../src/engine/knowledge/schema.js';
import { phraseKey } from '../src/engine/knowledge/index-pack.js';
import { parseISODay } from '../src/engine/time/calendar.js';

/**
 * The knowledge pack is data: these are the rules every entry keeps, so that adding one cannot quietly break
 * a check.
 */
const pack = PackSchema.parse({ ...meta, people, offices, events });
const asOf = parseISODay(pack.asOf)!;
const day = (iso: string) => parseISODay(iso)!;

describe('knowledge pack', () => {
  it('validates against its schema, with real calendar dates', () => {
    for (const o of pack.offices)
      for (const t of o.terms) {
        expect(parseISODay(t.from), `${o.id} ${t.who} from`).not.toBeNull();
        if (t.to) expect(parseISODay(t.to), `${o.id} ${t.who} to`).not.toBeNull();
      }
  });

  it('names every holder it lists, and lists no one it does not use', () => {
    const ids = new Set(pack.people.map((p) => p.id));
    const used = new Set(pack.offices.flatMap((o) => o.terms.map((t) => t.who)));
    expect([...used].filter((w) => !ids.has(w))).toEqual([]);
    expect([...ids].filter((w) => !used.has(w))).toEqual([]);
    expect(ids.size).toBe(pack.people.length);
  });

  // "Bush" names both Bushes and "Kirchner" both Kirchners: a reader of either office's title knows whom. A name
  // shared by people of different offices ("Abdullah", a Saudi and a Jordanian king) would date a text by the
  // wrong one.
  it('lets a name shared by several people name holders of one office', () => {
    const officesOf = new Map<string, Set<string>>();
    for (const o of pack.offices)
      for (const t of o.terms) officesOf.set(t.who, (officesOf.get(t.who) ?? new Set()).add(o.id));
    const byName = new Map<string, string[]>();
    for (const p of pack.people)
      for (const n of p.names) byName.set(phraseKey(n), [...(byName.get(phraseKey(n)) ?? []), p.id]);
    for (const [name, ids] of byName) {
      if (ids.length < 2) continue;
      const shared = [...officesOf.get(ids[0]!)!].filter((o) => ids.every((id) => officesOf.get(id)!.has(o)));
      expect(shared, `"${name}" names ${ids.join(' and ')}, who share no office`).not.toEqual([]);
    }
  });

  it.each(pack.offices.map((o) => [o.id, o] as const))(
    '%s: terms in order, no overlap, every gap explained, nothing past the as-of date',
    (_id, office) => {
      const terms = office.terms;
      terms.forEach((t, i) => {
        if (t.to) expect(day(t.to), `${t.who} ends before it starts`).toBeGreaterThanOrEqual(day(t.from));
        if (t.to) expect(day(t.to), `${t.who} ends after the pack's as-of date`).toBeLessThanOrEqual(asOf);
        expect(day(t.from)).toBeLessThanOrEqual(asOf);
        // Only the last term may be open: a running term has an unknown end.
        if (i < terms.length - 1) expect(t.to, `${t.who} is open but not last`).toBeDefined();
      });
      for (let i = 1; i < terms.length; i++) {
        const prev = terms[i - 1]!;
        const next = terms[i]!;
        const end = day(prev.to!);
        const start = day(next.from);
        expect(start, `${next.who} starts before ${prev.who} ends`).toBeGreaterThanOrEqual(end);
        // A handover on the same day or the next is no gap; anything longer needs a note saying who acted.
        if (start - end > 1) {
          const explained = (office.gaps ?? []).some((g) => day(g.from) <= end + 1 && day(g.to) >= start - 1);
          expect(explained, `${office.id}: gap from ${prev.to} to ${next.from} without a note`).toBe(true);
        }
      }
    },
  );

  // At release the pack must be less than a year old: the test runs on the day of the build, so an old pack fails it.
  it('is not older than a year on the day it is built and tested', () => {
    const today = Math.floor(Date.now() / 86_400_000);
    expect(
      today - asOf,
      `the pack is as of ${pack.asOf}: bring it up to date (README, "Adding an entry")`,
    ).toBeLessThanOrEqual(366);
  });

  it('lets each phrase name one event only, and gives every cue its context', () => {
    const seen = new Map<string, string>();
    for (const e of pack.events) {
      for (const n of e.names) {
        const key = phraseKey(n);
        expect(seen.get(key) ?? e.id, `"${n}" names both ${seen.get(key)} and ${e.id}`).toBe(e.id);
        seen.set(key, e.id);
      }
      if (e.cues?.length) expect(e.context?.length, `${e.id} has cues without context`).toBeGreaterThan(0);
      expect(day(e.to ?? e.from.padEnd(10, e.from.length === 4 ? '-01-01' : '-01'))).toBeLessThanOrEqual(asOf);
    }
    expect(new Set(pack.events.map((e) => e.id)).size).toBe(pack.events.length);
  });
});
