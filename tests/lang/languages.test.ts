import { describe, expect, it } from 'vitest';
import { GRAMMARS } from '../../src/engine/lang/index.js';
import { CALENDAR_LANGUAGES } from '../../src/engine/lang/languages.js';
import { CHECKS } from '../../src/engine/registry.js';

describe('the languages the checks read', () => {
  it('the calendar checks name English and every grammar, and no other', () => {
    expect([...CALENDAR_LANGUAGES].sort()).toEqual(['en', ...Object.keys(GRAMMARS)].sort());
  });
  const calendarChecks = ['weekday-mismatch', 'invalid-date', 'future-event', 'elapsed-time', 'stale-future'];
  it.each(calendarChecks)('%s reads them', (id) => {
    expect(CHECKS.find((c) => c.meta.id === id)?.meta.languages).toEqual(CALENDAR_LANGUAGES);
  });
  it.each(Object.entries(GRAMMARS))('the %s grammar says its own code', (code, g) => expect(g.code).toBe(code));
});
