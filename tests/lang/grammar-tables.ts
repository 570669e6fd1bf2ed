import { describe, expect, it } from 'vitest';
import { findDatesIn } from '../../src/engine/lang/dates.js';
import { findDurationsIn } from '../../src/engine/lang/durations.js';
import type { Grammar } from '../../src/engine/lang/grammar.js';
import type { Hedge } from '../../src/engine/time/durations.js';

/**
 * Table tests for a language's grammar: every word of its lists and every alternative of its
 * patterns has a row of its own, written out here (not read from the grammar), so that removing
 * one from the grammar fails its row. Each language's test file gives its own words.
 */
export interface Tables {
  grammar: Grammar;
  /** A sentence that writes a month with its year, "{}" standing for the month: "im {} 2024". */
  monthYear: string;
  /** Every form of each month, January first, space-separated. */
  months: string[];
  /** A sentence with a weekday beside a date, "{}" standing for the weekday. */
  weekdayDate: string;
  /** Every form of each weekday, Sunday first. */
  weekdays: string[];
  /** A span with its anchor, "{}" standing for the number: "vor {} Jahren". */
  spanOfNumber: string;
  numbers: Array<[string, number]>;
  /** A span with its anchor, "{}" standing for the unit and its number: "vor {}". */
  spanOfUnit: string;
  units: Array<[string, string]>;
  /** A span with its anchor, "{}" standing for the hedge: "vor {} zwei Jahren". */
  spanOfHedge: string;
  hedges: Array<[string, Hedge]>;
  /** A span with its anchor, "{}" standing for the vague amount and its unit. */
  spanOfVague: string;
  vague: string[];
  /** Whole spans with their anchor word: "vor zwei Jahren", "seit zwei Jahren". */
  ago: string[];
  since: string[];
  /** Spans that are no claim about time. */
  noSpans?: string[];
  /** Clauses with a clear past form, and words or clauses without one. */
  past: string[];
  notPast: string[];
  /** Samples each pattern must read, one a row; and some it must not. */
  patterns: Array<{ name: string; re: RegExp; yes: string[]; no?: string[] }>;
}

const fill = (template: string, value: string) => template.replace('{}', value);

export function grammarTables(t: Tables): void {
  const g = t.grammar;
  describe(`the ${g.code} grammar`, () => {
    describe('months', () => {
      const rows = t.months.flatMap((forms, i) => forms.split(/\s+/).map((f) => [f, i + 1] as const));
      it.each(rows)('%s is month %i', (form, month) => {
        const dates = findDatesIn(g, fill(t.monthYear, form));
        expect(dates.map((d) => [d.month, d.year])).toContainEqual([month, 2024]);
      });
    });
    describe('weekdays', () => {
      const rows = t.weekdays.flatMap((forms, i) => forms.split(/\s+/).map((f) => [f, i] as const));
      it.each(rows)('%s is weekday %i', (form, weekday) => {
        const dates = findDatesIn(g, fill(t.weekdayDate, form));
        expect(dates.map((d) => d.weekday)).toContain(weekday);
      });
    });
    const spanValue = (text: string) => findDurationsIn(g, text).map((d) => d.value);
    describe('number words', () => {
      it.each(t.numbers)('%s is %d', (word, value) => expect(spanValue(fill(t.spanOfNumber, word))).toContain(value));
    });
    describe('units', () => {
      it.each(t.units)('%s is a %s', (words, unit) =>
        expect(findDurationsIn(g, fill(t.spanOfUnit, words)).map((d) => d.unit)).toContain(unit),
      );
    });
    describe('hedges', () => {
      it.each(t.hedges)('%s is %s', (hedge, kind) =>
        expect(findDurationsIn(g, fill(t.spanOfHedge, hedge)).map((d) => d.hedge)).toContain(kind),
      );
    });
    describe('vague amounts', () => {
      it.each(t.vague)('%s is vague', (words) =>
        expect(findDurationsIn(g, fill(t.spanOfVague, words)).map((d) => d.vague)).toContain(true),
      );
    });
    describe('anchor words', () => {
      it.each(t.ago)('%s counts back', (text) =>
        expect(findDurationsIn(g, text).map((d) => d.anchor)).toContain('ago'),
      );
      it.each(t.since)('%s lasts to now', (text) =>
        expect(findDurationsIn(g, text).map((d) => d.anchor)).toContain('since'),
      );
      it.each(t.noSpans ?? [])('%s is no claim', (text) => expect(findDurationsIn(g, text)).toEqual([]));
    });
    describe('past forms', () => {
      it.each(t.past)('%s tells the past', (clause) => expect(g.tense.pastForms(clause).length).toBeGreaterThan(0));
      it.each(t.notPast)('%s does not', (clause) => expect(g.tense.pastForms(clause)).toEqual([]));
    });
    for (const p of t.patterns) {
      describe(p.name, () => {
        it.each(p.yes)('reads %s', (sample) => expect(p.re.test(sample)).toBe(true));
        if (p.no?.length) it.each(p.no)('does not read %s', (sample) => expect(p.re.test(sample)).toBe(false));
      });
    }
  });
}
