import type { CheckId } from '../report/schema.js';

/**
 * How each check is named to the reader. Kept apart from the rules so that the popup and the
 * options page can show titles without bundling the engine.
 */
export const CATALOGUE: Record<CheckId, { title: string; description: string }> = {
  'age-mismatch': {
    title: 'Age does not match the birth date',
    description: "A person's stated age disagrees with the birth year or date the article gives.",
  },
  'ai-disclosure': {
    title: 'Says it was written by AI',
    description: 'The page states that the text was written, generated or summarised by AI, or names a bot as its author.',
  },
  'byline-mismatch': {
    title: 'Byline and author bio disagree',
    description: 'The byline names one author and the bio or the page metadata another.',
  },
  'chatbot-artifact': {
    title: 'Chatbot leftovers',
    description: 'Phrases left over from a chatbot reply: "As an AI language model", "Certainly! Here is", "I hope this helps", unfilled placeholders.',
  },
  'date-conflict': {
    title: 'Conflicting publication dates',
    description: 'The page gives two publication dates more than a day apart, or an update dated before publication.',
  },
  'elapsed-time': {
    title: 'Elapsed time does not add up',
    description: 'A span of time ("11 months ago", "seven years after", "the 30th anniversary") disagrees with the dates the article itself gives.',
  },
  'future-event': {
    title: 'Narrates a date after publication as past',
    description: 'The article tells, in the past tense, of something dated after the article was published or last updated.',
  },
  'invalid-date': {
    title: 'Impossible date',
    description: 'A date that does not exist on the calendar, such as April 31 or February 29 of a common year.',
  },
  'repeated-text': {
    title: 'Repeated passage',
    description: 'A sentence or paragraph of twelve words or more appears more than once, as pasted or generated text often does.',
  },
  'stale-title': {
    title: 'Office-holder named after their term',
    description: 'A person is named with an office, in present or recent narration, after the term the knowledge pack records had ended.',
  },
  'stale-future': {
    title: 'Forecast about a period already over',
    description: 'The article looks forward to a time that had already passed when it was published, as text written earlier and republished would.',
  },
  'weekday-mismatch': {
    title: 'Weekday does not match the date',
    description: 'A weekday is written beside a date that falls on another day of the week.',
  },
};

export function named(id: CheckId): { id: CheckId; title: string; description: string } {
  return { id, ...CATALOGUE[id] };
}
