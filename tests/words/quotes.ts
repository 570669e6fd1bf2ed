import { quotedSpans, reportedSpans } from '../../src/engine/text/quotes.js';
import { isPersonName, splitAuthors } from '../../src/engine/text/names.js';
import { marks, pin, type Pinned } from './pin.js';

const Q = 'text/quotes.ts';
const N = 'text/names.ts';
/** The first quoted span, marks and all: "He said [“no”]." */
const quoted = marks((text) => {
  const s = quotedSpans(text, 0)[0];
  return s && text.slice(s.start, s.end);
});
/** What the sentence reports, from where the reporting words end: "It said: [rain]." */
const reported = marks((text) => {
  const s = reportedSpans(text, 0)[0];
  return s && text.slice(s.start, s.end).trim();
});
const notAPerson = (name: string) => !isPersonName(name);
const particle = (p: string) => isPersonName(`Anna ${p} Smith`);
const twoAuthors = (byline: string) => splitAuthors(byline).join(' | ') === 'Anna Smith | Bo Li';

export const QUOTES: Pinned[] = [
  pin(Q, 'PAIRS', quoted, {
    "['“', '”']": 'He said [“no”] twice.',
    "['«', '»']": 'He said [«no»] twice.',
    "['„', '“']": 'He said [„no“] twice.',
    "['‘', '’']": 'He said [‘no’] twice.',
  }),
  pin(Q, 'BEFORE_A_COLON', reported, {
    'says?': 'The sign says: [no entry]',
    said: 'The sign said: [no entry]',
    read: 'The sign read: [no entry]',
    reads: 'The sign reads: [no entry]',
    wrote: 'The boy wrote: [no entry]',
    writes: 'The boy writes: [no entry]',
    stated: 'The sign stated: [no entry]',
    states: 'The sign states: [no entry]',
    included: 'The sign included: [no entry]',
    includes: 'The sign includes: [no entry]',
    including: 'Signs, including: [no entry]',
    contained: 'The sign contained: [no entry]',
    contains: 'The sign contains: [no entry]',
    featured: 'The sign featured: [no entry]',
    features: 'The sign features: [no entry]',
    saying: 'A sign saying: [no entry]',
    stating: 'A sign stating: [no entry]',
    reading: 'A sign reading: [no entry]',
    declaring: 'A sign declaring: [no entry]',
    declared: 'The sign declared: [no entry]',
    like: 'Signs like: [no entry]',
    as: 'It was put as: [no entry]',
    'such\\s+as': 'Signs such as: [no entry]',
    'phrases?': 'The phrase: [no entry]',
    'lines?': 'The line: [no entry]',
    'messages?': 'The message: [no entry]',
    'notices?': 'The notice: [no entry]',
    'sentences?': 'The sentence: [no entry]',
    text: 'The text: [no entry]',
    words: 'The words: [no entry]',
    'disclaimers?': 'The disclaimer: [no entry]',
    'warnings?': 'The warning: [no entry]',
    'examples?': 'An example: [no entry]',
    'responses?': 'The response: [no entry]',
    replies: 'The replies: [no entry]',
    'answers?': 'The answer: [no entry]',
  }),
  pin(Q, 'WORDS_FOR_WORDS', reported, {
    'phrases?': 'It used phrases like [no entry]',
    'lines?': 'It used lines like [no entry]',
    'messages?': 'It used messages like [no entry]',
    'sentences?': 'It used sentences like [no entry]',
    text: 'It used text like [no entry]',
    words: 'It used words like [no entry]',
    wording: 'It used wording like [no entry]',
    'snippets?': 'It used snippets like [no entry]',
    'passages?': 'It used passages like [no entry]',
    'responses?': 'It used responses like [no entry]',
    replies: 'It used replies like [no entry]',
    boilerplate: 'It used boilerplate like [no entry]',
  }),
  pin(Q, 'INTRODUCING', reported, {
    like: 'It used phrases like [no entry]',
    including: 'It used phrases including [no entry]',
    reading: 'It had a line reading [no entry]',
    saying: 'It had a line saying [no entry]',
    stating: 'It had a line stating [no entry]',
  }),
  pin(Q, 'INTRODUCERS', reported, {
    '...INTRODUCING': 'It used phrases like [no entry]',
    THAT_SAYS: 'It had a line that said [no entry]',
  }),
  pin(Q, 'THAT_SAID', reported, {
    said: 'It had a line that said [no entry]',
    say: 'It had lines that say [no entry]',
    'reads?': 'It has a line that reads [no entry]',
    began: 'It had a line that began [no entry]',
    begin: 'It had lines that begin [no entry]',
    started: 'It had a line that started [no entry]',
    start: 'It had lines that start [no entry]',
  }),
  pin(Q, 'BEFORE_WITH', reported, {
    said: 'It said with [a grin]',
    says: 'It says with [a grin]',
    say: 'They say with [a grin]',
    read: 'It read with [a grin]',
    reads: 'It reads with [a grin]',
    wrote: 'It wrote with [a grin]',
    write: 'They write with [a grin]',
    writes: 'It writes with [a grin]',
    began: 'It began with [a bang]',
    begin: 'They begin with [a bang]',
    begins: 'It begins with [a bang]',
    started: 'It started with [a bang]',
    start: 'They start with [a bang]',
    starts: 'It starts with [a bang]',
    ended: 'It ended with [a bang]',
    end: 'They end with [a bang]',
    ends: 'It ends with [a bang]',
    included: 'It included with [a bang]',
    include: 'They include with [a bang]',
    includes: 'It includes with [a bang]',
  }),
  pin(Q, 'REPORTING', reported, {
    COLON: 'The sign read: [no entry]',
    INTRODUCED: 'It used phrases like [no entry]',
    WITH: 'It began with [a bang]',
    SUCH_AS: 'Pets such as [cats]',
  }),
  pin(Q, 'REPORTING_NEEDS', reported, {
    ':': 'The sign read: [no entry]',
    such: 'Pets such as [cats]',
    with: 'It began with [a bang]',
    phrase: 'Phrases like [no entry]',
    line: 'A line reading [no entry]',
    message: 'A message saying [no entry]',
    sentence: 'A sentence like [no entry]',
    text: 'Text like [no entry]',
    word: 'Wording like [no entry]',
    snippet: 'A snippet like [no entry]',
    passage: 'A passage like [no entry]',
    respons: 'Responses like [no entry]',
    replies: 'Replies like [no entry]',
    boilerplate: 'Boilerplate like [no entry]',
  }),
  pin(
    N,
    'OUTLET_WORDS',
    notAPerson,
    Object.fromEntries(
      `staff desk newsdesk news team editors? editorial reporters?
    correspondents? press agency wire reuters ap afp associated bloomberg times post media group service online daily
    journal magazine network institute bureau contributors? writers? guest admin administrator webmaster sport sports
    business world politics opinion review partner sponsored content bbc cnn ltd inc llc foundation council ministry
    department university office community channel radio tv television gazette herald tribune telegraph guardian
    observer independent chronicle ledger digest weekly monthly`
        .split(/\s+/)
        .map((w) => {
          const word = w.replace('?', '');
          return [w, `Anna ${word[0]!.toUpperCase()}${word.slice(1)}`];
        }),
    ),
  ),
  pin(N, 'DOMAINS', notAPerson, {
    com: 'Anna Smith.com',
    org: 'Anna Smith.org',
    net: 'Anna Smith.net',
    co: 'Anna Smith.co',
    io: 'Anna Smith.io',
  }),
  pin(N, 'NOT_A_PERSON', notAPerson, { OUTLET: 'Anna Staff', WEB_ADDRESS: 'Anna Smith.com' }),
  pin(
    N,
    'PARTICLES',
    particle,
    Object.fromEntries(
      'de da del della di du van von der den ter la le bin ibn al el st\\.? mc mac y dos das'
        .split(' ')
        .map((p) => [p, p.replace('\\.?', '.')]),
    ),
  ),
  pin(N, 'BYLINE_OPENERS', twoAuthors, {
    by: 'By: Anna Smith and Bo Li',
    'written\\s+by': 'Written by Anna Smith and Bo Li',
    'words\\s+by': 'Words by Anna Smith and Bo Li',
    'story\\s+by': 'Story by Anna Smith and Bo Li',
    'reporting\\s+by': 'Reporting by Anna Smith and Bo Li',
    'text\\s+by': 'Text by Anna Smith and Bo Li',
  }),
  pin(N, 'NAME_JOINS', twoAuthors, {
    ',': 'Anna Smith, Bo Li',
    ';': 'Anna Smith; Bo Li',
    '&': 'Anna Smith & Bo Li',
    '\\band\\b': 'Anna Smith and Bo Li',
    '\\bwith\\b': 'Anna Smith with Bo Li',
  }),
];
