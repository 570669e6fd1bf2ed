import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IRREGULAR_PAST_FORMS, SHORT_REGULAR_PAST_FORMS } from '../src/engine/text/tense.js';
import { alternativesOf } from './words/alternatives.js';
import { rows } from './words/pin.js';
import { FILES, TABLES } from './words/tables.js';

/**
 * The word lists and pattern parts of `text/` and `time/`, one example per alternative (issue 24).
 * `npm run mutate:words -- FILE` checks that each example needs its alternative.
 */
describe.each(TABLES)('$file $owner', (table) => {
  it.each(rows(table))('%s: %s', (_alternative, example) => expect(table.holds(example)).toBe(true));
});

describe.each(FILES)('every alternative of %s', (file) => {
  const alternatives = alternativesOf(readFileSync(new URL(`../src/engine/${file}`, import.meta.url), 'utf8'));
  const tables = TABLES.filter((t) => t.file === file);
  it('has an example', () => {
    const missing = alternatives.filter((a) => !tables.some((t) => t.owner === a.owner && a.text in t.cases));
    expect(missing.map((a) => `${a.owner} «${a.text}»`)).toEqual([]);
  });
  it('and every example an alternative', () => {
    const known = (owner: string, text: string) => alternatives.some((a) => a.owner === owner && a.text === text);
    const stale = tables.flatMap((t) =>
      Object.keys(t.cases)
        .filter((k) => !known(t.owner, k))
        .map((k) => `${t.owner} «${k}»`),
    );
    expect(stale).toEqual([]);
  });
});

describe('the list of irregular pasts', () => {
  const shapeRule = /^[a-z]{3,}ed$/; // looksPast reads these without a list
  it('holds each form once', () => {
    const all = [...IRREGULAR_PAST_FORMS, ...SHORT_REGULAR_PAST_FORMS];
    expect(all.filter((w, i) => all.indexOf(w) !== i)).toEqual([]);
  });
  it('holds no regular past the shape rule reads', () => {
    expect(IRREGULAR_PAST_FORMS.filter((w) => shapeRule.test(w))).toEqual([]);
    expect(SHORT_REGULAR_PAST_FORMS.filter((w) => shapeRule.test(w) || !w.endsWith('ed'))).toEqual([]);
  });
});
