/**
 * Nouns for what looks ahead: a year beside one is the period it is about, not when it was made
 * ("the original 1987 forecast, released last fall", "the 2000-2005 plan"). So such a noun is
 * never dated by the year it is named with (a forecast's period is what it looks ahead to).
 */
const PLAN_NOUNS = new Set([
  'forecast',
  'forecasts',
  'projection',
  'projections',
  'outlook',
  'target',
  'targets',
  'goal',
  'goals',
  'budget',
  'budgets',
  'plan',
  'plans',
  'estimate',
  'estimates',
  'guidance',
  'prediction',
  'predictions',
  'deadline',
  'programme',
  'program',
  'strategy',
]);

export function isPlanNoun(word: string): boolean {
  return PLAN_NOUNS.has(word.toLowerCase());
}
