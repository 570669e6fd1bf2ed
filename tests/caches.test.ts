import { describe, expect, it } from 'vitest';
import { PACK } from '../src/engine/knowledge/pack.js';
import { indexPack, phraseKey } from '../src/engine/knowledge/index-pack.js';
import { fingerprint } from '../src/engine/text/fingerprint.js';
import { perObject } from '../src/engine/text/memo.js';

/** Caches keyed by identity or by content, never by a guess at what identifies the object. */
describe('perObject', () => {
  it('computes once per object, and again for another object with the same content', () => {
    let computed = 0;
    const cache = perObject<{ n: number }, number>();
    const a = { n: 1 };
    expect(cache(a, () => ++computed)).toBe(1);
    expect(cache(a, () => ++computed)).toBe(1);
    expect(cache({ n: 1 }, () => ++computed)).toBe(2);
  });

  it('keeps a falsy value it computed (null, false, 0) instead of computing again', () => {
    let computed = 0;
    const cache = perObject<object, null>();
    const key = {};
    cache(key, () => (computed++, null));
    cache(key, () => (computed++, null));
    expect(computed).toBe(1);
  });
});

describe('the knowledge pack index', () => {
  it('is built once for a copy of the same pack (the browser sends a copy with each audit)', () => {
    expect(indexPack(structuredClone(PACK))).toBe(indexPack(PACK));
  });

  it('is the same for a copy of a pack after another pack was indexed', () => {
    const first = indexPack(PACK);
    indexPack({ ...structuredClone(PACK), asOf: '2020-01-01' });
    expect(indexPack(structuredClone(PACK))).toBe(first);
  });

  it('is built anew for an edited pack with the same counts', () => {
    const edited = structuredClone(PACK);
    const person = edited.people[0]!;
    person.names = [...person.names.slice(1), 'Zebediah Quorncastle'];
    const index = indexPack(edited);
    expect(index).not.toBe(indexPack(PACK));
    expect(index.byName.get(phraseKey('Zebediah Quorncastle'))?.[0]?.id).toBe(person.id);
    expect(indexPack(PACK).byName.has(phraseKey('Zebediah Quorncastle'))).toBe(false);
  });

  it('hashes content: one character apart is another hash', () => {
    expect(fingerprint('{"a":1}')).toBe(fingerprint('{"a":1}'));
    expect(fingerprint('{"a":1}')).not.toBe(fingerprint('{"a":2}'));
    expect(fingerprint('ab')).not.toBe(fingerprint('ba'));
  });
});
