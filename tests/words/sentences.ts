import { splitSentences } from '../../src/engine/text/sentences.js';
import { framed } from './article.js';
import { pin, type Pinned } from './pin.js';

const F = 'text/sentences.ts';
/** The example is read as one sentence: the full stop of its abbreviation ends none (the segmenter breaks there). */
const oneSentence = (example: string) => splitSentences(example, 0, 0).length === 1;

export const SENTENCES: Pinned[] = [
  pin(F, 'ABBREVIATIONS', oneSentence, {
    ...framed('Jan Feb Mar Apr Jun Jul Aug Oct Nov Dec', (w) => `On ${w}. 9, Smith said no.`),
    'Sept?': 'On Sept. 9, Smith said no.',
    ...framed('Mr Mrs Ms Dr Prof Gen Lt Col Sgt Capt Cmdr Adm Gov Sen Rep Rev', (w) => `Talks with ${w}. Lee ended.`),
    St: 'She flew to St. Louis.',
    Jr: 'Martin Luther King Jr. Day is a holiday.',
    Sr: 'The Tom Smith Sr. Trust gave money.',
    No: 'No. 10 Downing Street said no.',
    Nos: 'Houses at Nos. 9 Elm Street and 11 Elm Street were sold.',
    Vol: 'Vol. II of the report is out.',
    Fig: 'See Fig. A for the rise.',
    vs: 'Smith vs. Jones ended.',
    etc: 'Fuel, food, rent, etc. All rose in May.',
    approx: 'Voting ends at approx. 9 GMT.',
    'U\\.S': 'The U.S. Senate voted.',
    'U\\.K': 'The U.K. Treasury agreed.',
    'U\\.N': 'The U.N. Council met.',
    'E\\.U': 'The E.U. Commission agreed.',
    '[A-Z]': 'John F. Kennedy spoke.',
  }),
  pin(F, 'ABBREVIATION', oneSentence, {
    '^': 'Dr. Lee spoke.',
    '[\\s(]': 'Talks with Dr. Lee ended.',
  }),
];
