import { beginningsIn, STATES, stateClaims } from '../../src/engine/time/state-claims.js';
import { articleOf, framed } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'time/state-claims.ts';
/**
 * What the text says of a lasting state: the claim ("The mill has been [closed for 50 years].") and the date
 * it began ("The mill shut down in [1948].").
 */
const states = marks((text) => {
  const article = articleOf(text);
  const claims = stateClaims(article).map((c) => c.text);
  const began = STATES.flatMap((kind) => beginningsIn(article, kind)).map((m) => m.text);
  return [...claims, ...began].join(' | ') || null;
});

export const STATE_CLAIMS: Pinned[] = [
  pin(F, 'CLOSED_STATES', states, {
    ...framed(
      'closed shuttered empty vacant derelict disused abandoned mothballed dormant',
      (w) => `The mill has been [${w} for 50 years].`,
    ),
    'shut(?:\\s+down)?': 'The mill has been [shut for 50 years].',
    'boarded\\s+up': 'The mill has been [boarded up for 50 years].',
  }),
  pin(F, 'REOPENINGS', states, {
    're-?opens?': 'The museum [reopens after 20 years].',
    're-?opened': 'The museum [reopened after 20 years].',
    're-?opening': 'The museum is [reopening after 20 years].',
    'back\\s+in\\s+business': 'The diner is [back in business after 20 years].',
  }),
  pin(F, 'CLOSINGS', states, {
    closed: ['The mill closed in [1948].', 'The mill was closed down in [1948].'],
    'shut(?:\\s+down)?': 'The mill shut down in [1948].',
    shuttered: 'The mill was shuttered in [1948].',
    'closed\\s+(?:its|their)\\s+doors': 'The mill closed its doors in [1948].',
    its: 'The mill closed its doors in [1948].',
    their: 'The mills closed their doors in [1948].',
    abandoned: 'The mine was abandoned in [1948].',
    mothballed: 'The mine, mothballed in [1948], still stands.',
  }),
  pin(
    F,
    'FOUND_AGAIN',
    states,
    framed('found recovered returned resurfaced reappeared reunited', (w) => `The ring was [${w} after 40 years].`),
  ),
  pin(F, 'LASTED', states, {
    ...framed('lasted continued raged run', (w) => `The strike [has ${w} for two years].`),
    'gone\\s+on': 'The strike [has gone on for two years].',
    'dragged\\s+on': 'The strike [has dragged on for two years].',
    'been\\s+(?:going\\s+on|running|under\\s*way)': 'The strike [has been running for two years].',
    'going\\s+on': 'The strike [has been going on for two years].',
    running: 'The strike [has been running for two years].',
    'under\\s*way': 'The strike [has been under way for two years].',
  }),
  pin(F, 'STATES', states, {
    '\\b${anyOf(CLOSED_STATES)}\\s+for\\s+$': 'The mill has been [closed for 50 years].',
    '\\b${anyOf(REOPENINGS)}\\s+(?:\\w+\\s+){0,3}?after\\s+$': 'The museum [reopens after 20 years].',
    in: ['The mill shut down in [1948].', 'The ring went missing in [1980].', 'The war began in [2020].'],
    on: [
      'The mill shut down on [March 3, 1948].',
      'The ring went missing on [March 3, 1980].',
      'The war began on [March 3, 2020].',
    ],
    '\\b(?:missing|lost|gone)\\s+for\\s+$': 'The ring was [missing for 40 years].',
    missing: 'The ring was [missing for 40 years].',
    lost: ['The ring was [lost for 40 years].', 'The ring was lost in [1980].', 'The rings were lost in [1980].'],
    gone: 'The ring was [gone for 40 years].',
    '\\b${anyOf(FOUND_AGAIN)}\\s+(?:\\w+\\s+){0,3}?after\\s+$': 'The ring was [found after 40 years].',
    'went\\s+missing': 'The ring went missing in [1980].',
    disappeared: 'The ring disappeared in [1980].',
    vanished: 'The ring vanished in [1980].',
    '(?:was|were)\\s+lost': 'The ring was lost in [1980].',
    was: 'The ring was lost in [1980].',
    were: 'The rings were lost in [1980].',
    stolen: ['The ring, stolen in [1980], was found.', 'The rings were stolen in [1980].'],
    has: 'The strike [has lasted two years].',
    have: 'The talks [have lasted two years].',
    'now\\s+': 'The strike [has now lasted two years].',
    'already\\s+': 'The strike [has already lasted two years].',
    began: 'The war began in [2020].',
    started: 'The war started in [2020].',
    'broke\\s+out': 'The war broke out in [2020].',
    erupted: 'The war erupted in [2020].',
    'got\\s+under\\s*way': 'The war got under way in [2020].',
    'kicked\\s+off': 'The war kicked off in [2020].',
  }),
];
