import { countsToWriting, FOUNDED, ORIGIN } from '../../src/engine/time/elapsed-claims.js';
import { articleOf, framed } from './article.js';
import { anchored } from './anchors.js';
import { pin, type Pinned } from './pin.js';

const F = 'time/elapsed-claims.ts';

/** The span counts to the moment of writing: "Six years after the flood, the town is rebuilt." */
const toWriting = (text: string) => {
  const article = articleOf(text);
  const d = article.durations.find((x) => x.anchor !== 'none');
  return !!d && countsToWriting(article.sentenceAt(d.start)!, d);
};
/** The words right before the bracketed date date a thing's beginning: "The bridge, opened in [1932]". */
const founded = (text: string) => FOUNDED.test(text.slice(0, text.indexOf('[')));
/** The words right before the bracketed date are what an anniversary counts from: "She was born in [1950]". */
const origin = (text: string) => ORIGIN.test(text.slice(0, text.indexOf('[')));

export const ELAPSED_CLAIMS: Pinned[] = [
  // An amount before "ago" is compared with the writing's: no event to look for elsewhere.
  pin(F, 'AMOUNT', anchored, {
    '\\d': 'Output hit 7 tonnes in 2019. It is up from 5 tonnes five years ago.',
    '\\b(?:pct|percent|billion|million|mln|dollars)\\b':
      'Sales hit a billion in 2019. They are up from half a billion five years ago.',
    ...framed(
      'pct percent',
      (w) => `Growth was a tenth of a ${w} in 2019. It is up from a tenth of a ${w} five years ago.`,
    ),
    ...framed('billion million mln', (w) => `Sales hit a ${w} in 2019. They are up from half a ${w} five years ago.`),
    dollars: 'Tickets cost a few dollars in 2019. They are up from a few dollars five years ago.',
  }),
  // A person's act after "after" or "since" is its own event: another date of the person is not its date.
  pin(F, 'PRONOUN', anchored, {
    she: 'She moved in 2019. Five years after she retired, she is happy.',
    they: 'They moved in 2019. Five years after they retired, they are happy.',
    you: 'You moved in 2019. Five years after you retired, you are happy.',
  }),
  // A name with a capital determiner is a thing's name, and its event can be dated elsewhere.
  pin(F, 'NAME', anchored, {
    The: 'The Rovers disbanded in [2019]. Five years after The Rovers disbanded, fans still sing.',
    A: 'A Flock disbanded in [2019]. Five years after A Flock disbanded, fans still sing.',
    An: 'An Echo disbanded in [2019]. Five years after An Echo disbanded, fans still sing.',
    This: 'This Noise disbanded in [2019]. Five years after This Noise disbanded, fans still sing.',
    That: 'That Dog disbanded in [2019]. Five years after That Dog disbanded, fans still sing.',
    Its: 'Its Echo disbanded in [2019]. Five years after Its Echo disbanded, fans still sing.',
    Their: 'Their Kin disbanded in [2019]. Five years after Their Kin disbanded, fans still sing.',
    His: 'His Choir disbanded in [2019]. Five years after His Choir disbanded, fans still sing.',
    Her: 'Her Chorus disbanded in [2019]. Five years after Her Chorus disbanded, fans still sing.',
  }),
  pin(F, 'PERSON_SUBJECT', anchored, {
    '${PRONOUN}': 'She moved in 2019. Five years after she retired, she is happy.',
    '${NAME}': 'Kim moved in 2019. Five years after Kim retired, Kim is happy.',
  }),
  // The noun phrase after "after" ends at its verb or a preposition.
  pin(F, 'PHRASE_END', anchored, {
    begun: 'The strike began in [2019]. Talks resume two years after the strike begun by dockers.',
    was: 'The strike began in [2019]. Talks resume two years after the strike was settled.',
    were: 'The walkout began in [2019]. Talks resume two years after the walkouts were settled.',
    had: 'The strike began in [2019]. Talks resume two years after the strike had ended.',
    has: 'The strike began in [2019]. Talks resume two years after the strike has ended.',
    have: 'The walkout began in [2019]. Talks resume two years after the walkouts have ended.',
    is: 'The strike began in [2019]. Talks resume two years after the strike is over.',
    are: 'The walkout began in [2019]. Talks resume two years after the walkouts are over.',
    of: 'The strike began in [2019]. Talks resume two years after the strike of dockers.',
    in: 'The strike began in [2019]. Talks resume two years after the strike in Hull.',
    on: 'The strike began in [2019]. Talks resume two years after the strike on the docks.',
    at: 'The strike began in [2019]. Talks resume two years after the strike at the port.',
    to: 'The strike began in [2019]. Talks resume two years after the strike to win pay.',
    for: 'The strike began in [2019]. Talks resume two years after the strike for pay.',
    by: 'The strike began in [2019]. Talks resume two years after the strike by dockers.',
    with: 'The strike began in [2019]. Talks resume two years after the strike with pickets.',
    from: 'The strike began in [2019]. Talks resume two years after the strike from the docks spread.',
    that: 'The strike began in [2019]. Talks resume two years after the strike that dockers called.',
  }),
  pin(F, 'countsToWriting', toWriting, {
    'now\\W+': 'Now, ten years on, the town is rebuilt.',
    'today\\W+': 'Today, ten years on, the town is rebuilt.',
  }),
  pin(F, 'PRESENT_WORDS', toWriting, {
    is: 'Six years after the flood, the town is poor.',
    are: 'Six years after the flood, the streets are empty.',
    am: 'Six years after the flood, I am poor.',
    'remains?': 'Six years after the flood, the town remains poor.',
    still: 'Six years after the flood, the town still floods.',
    now: 'Six years after the flood, the town now thrives.',
    today: 'Six years after the flood, the town today thrives.',
    has: 'Six years after the flood, the town has recovered.',
    have: 'Six years after the flood, the towns have recovered.',
    'continues?': 'Six years after the flood, the town continues to rebuild.',
    'stands?': 'Six years after the flood, the town stands empty.',
    lies: 'Six years after the flood, the town lies empty.',
    'looks?': 'Six years after the flood, the town looks new.',
    'feels?': 'Six years after the flood, the town feels new.',
    'seems?': 'Six years after the flood, the town seems new.',
    'struggles?': 'Six years after the flood, the town struggles.',
    'lives?': 'Six years after the flood, the family lives in tents.',
    'lingers?': 'Six years after the flood, the smell lingers.',
  }),
  pin(F, 'LASTING_SINCE', founded, {
    '[a-z]+ed': 'The fair, staged since [1994], draws crowds.',
    '[a-z]+ing': 'The fair, running since [1994], draws crowds.',
    open: 'The shop, open since [1932], draws crowds.',
    been: 'The church has been since [1200] a place of prayer.',
    'every\\s+year': 'The fair, staged every year since [1994], draws crowds.',
    ever: 'The mine, closed ever since [1994], floods.',
  }),
  pin(F, 'BEGINNING_VERBS', founded, {
    ...framed(
      `opened built founded established constructed completed erected launched created inaugurated dedicated
      formed started introduced unveiled`,
      (w) => `The bridge, ${w} in [1932], is busy.`,
    ),
    'set\\s+up': 'The firm, set up in [1932], is busy.',
    'dating\\s+(?:back\\s+)?(?:to|from)': 'The church, dating back to [1200], is busy.',
    to: 'The church, dating to [1200], is busy.',
    from: 'The church, dating from [1200], is busy.',
  }),
  pin(F, 'BEGINNINGS', founded, {
    '...BEGINNING_VERBS': 'The bridge, opened in [1932], is busy.',
    LASTING_SINCE: 'The shop, open since [1932], draws crowds.',
  }),
  pin(F, 'ORIGIN_VERBS', origin, {
    began: 'The war began in [1939].',
    begun: 'The war, begun in [1939], lasted years.',
    born: 'She was born in [1950].',
    married: 'They married on [4 June 1970].',
    wed: 'They wed on [4 June 1970].',
    debuted: 'The show debuted in [1970].',
    premiered: 'The play premiered in [1970].',
    released: 'The album was released in [1970].',
    aired: 'The show aired in [1970].',
    signed: 'The treaty was signed in [1970].',
    ended: 'The war ended in [1945].',
    died: 'He died in [1970].',
    fell: 'The wall fell in [1989].',
    struck: 'The quake struck in [1970].',
    landed: 'The crew landed on [20 July 1969].',
    happened: 'The crash happened in [1970].',
    occurred: 'The crash occurred in [1970].',
    'took\\s+place': 'The vote took place in [1970].',
    'first\\s+[a-z]+ed': 'The play, first staged in [1950], is back.',
  }),
  pin(F, 'ORIGIN', origin, {
    '${BEGINNINGS}': 'The club, founded in [1969], is busy.',
    '${anyOf(ORIGIN_VERBS)}': 'She was born in [1950].',
    'in\\s+': 'She was born in [1950].',
    'on\\s+': 'They married on [4 June 1970].',
  }),
];
