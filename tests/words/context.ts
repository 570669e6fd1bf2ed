import { buildArticle } from '../../src/engine/article.js';
import type { DateCandidate } from '../../src/engine/report/schema.js';
import { parseISODay } from '../../src/engine/time/calendar.js';
import { buildContext, FIRST_PUBLISHED_SOURCE } from '../../src/engine/time/context.js';
import { tagPastTense } from '../../src/engine/text/tagger.js';
import { framed } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'time/context.ts';
const PUBLISHED = '2020-01-05';
const published = (source: string): DateCandidate => ({ value: PUBLISHED, kind: 'published', source, text: PUBLISHED });
/** The context of a page: its paragraphs (one a line) and the dates its markup gives. */
const contextOf = (text: string, dates: DateCandidate[]) =>
  buildContext(
    buildArticle({ source: 'words', title: null, paragraphs: text.split('\n'), dates, bylines: [] }, tagPastTense),
  );

/** "json-ld before meta": given in the other order, the page's dates are trusted in this one. */
const trusted = (example: string) => {
  const order = example.split(' before ');
  const ctx = contextOf('The council met.', [...order].reverse().map(published));
  return ctx.published.map((p) => p.candidate.source).join(' before ') === example;
};
/** A note that the page changed after it was published: its date is the page's latest, past the published one. */
const updated = (example: string) => contextOf(example, [published('meta')]).latest! > parseISODay(PUBLISHED)!;
/** The day the text says it first ran: "This story was originally published on [March 3, 2015]." */
const firstRan = marks(
  (text) =>
    contextOf(text, [])
      .published.filter((p) => p.candidate.source === FIRST_PUBLISHED_SOURCE)
      .map((p) => p.candidate.text)
      .join(' | ') || null,
);

export const CONTEXT: Pinned[] = [
  pin(F, 'TRUST', trusted, {
    "'json-ld'": 'json-ld before meta',
    "'meta'": 'meta before microdata',
    "'microdata'": 'microdata before time',
    "'time'": 'time before dateline',
    "'dateline'": 'dateline before option',
    "'option'": 'option before readability',
  }),
  pin(
    F,
    'CHANGED',
    updated,
    framed('updated corrected amended changed revised', (w) => `This story was ${w} on March 3, 2021.`),
  ),
  pin(F, 'NOTE_HEADS', updated, {
    'update[sd]?': 'Update, March 3, 2021: the council approved the plan.',
    correction: 'Correction, March 3, 2021: the council approved the plan.',
    clarification: 'Clarification, March 3, 2021: the council approved the plan.',
    "editor['’]?s\\s+note": "Editor's note, March 3, 2021: the council approved the plan.",
  }),
  pin(F, 'UPDATE_NOTE', updated, {
    '^\\W*${anyOf(NOTE_HEADS)}\\b': 'Updated March 3, 2021: the council approved the plan.',
    '\\b(?:this|the)\\s+(?:story|article|post|report|piece)\\s+': 'This story was updated on March 3, 2021.',
    this: 'This story was updated on March 3, 2021.',
    the: 'The story was updated on March 3, 2021.',
    ...framed('story article post report piece', (w) => `This ${w} was updated on March 3, 2021.`),
    was: 'This story was updated on March 3, 2021.',
    'has\\s+been': 'This story has been updated on March 3, 2021.',
    'had\\s+been': 'This story had been updated on March 3, 2021.',
  }),
  pin(
    F,
    'PIECES',
    firstRan,
    framed(
      'story article piece post report column interview essay feature review',
      (w) => `This ${w} was originally published on [March 3, 2015].`,
    ),
  ),
  pin(F, 'ITSELF_FIRST_RAN', firstRan, {
    this: 'This story was originally published on [March 3, 2015].',
    the: 'The story was originally published on [March 3, 2015].',
    'was\\s+': 'This story was originally published on [March 3, 2015].',
    'has\\s+been\\s+': 'This story has been originally published on [March 3, 2015].',
    'had\\s+been\\s+': 'This story had been originally published on [March 3, 2015].',
    originally: 'This story was originally published on [March 3, 2015].',
    first: 'This story was first published on [March 3, 2015].',
    ...framed('published appeared ran posted', (w) => `This story first ${w} on [March 3, 2015].`),
  }),
  pin(F, 'OPENS_FIRST_RAN', firstRan, {
    originally: 'Originally published on [March 3, 2015].',
    first: 'First published on [March 3, 2015].',
    ...framed('published appeared ran posted', (w) => `First ${w} on [March 3, 2015].`),
  }),
  pin(F, 'FIRST_RAN', firstRan, {
    '${ITSELF_FIRST_RAN}': 'This story was originally published on [March 3, 2015].',
    '(?:^|\\n)${OPENS_FIRST_RAN}': 'Originally published on [March 3, 2015].',
    '^': 'Originally published on [March 3, 2015].',
    '\\n': 'The council met.\nOriginally published on [March 3, 2015].',
  }),
  pin(F, 'FIRST_RAN_ON', firstRan, {
    '${ITSELF_FIRST_RAN}': 'This story was originally published on [March 3, 2015].',
    '^${OPENS_FIRST_RAN}': 'Originally published on [March 3, 2015].',
    on: 'This essay first appeared in the Post on [March 3, 2015].',
    in: 'This essay first appeared in [3 March 2015].',
  }),
];
