import { findAnchor } from '../../src/engine/time/elapsed-claims.js';
import { phraseAfter, phraseBefore } from '../../src/engine/time/anchors.js';
import { articleOf, framed } from './article.js';
import { marks, pin, type Pinned } from './pin.js';

const F = 'time/anchors.ts';
const capital = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;

/** The first span of time that counts from something ("five years after the strike"), and its sentence. */
function claimOf(text: string) {
  const article = articleOf(text);
  const d = article.durations.find((x) => x.anchor !== 'none');
  return d && { article, d, s: article.sentenceAt(d.start)! };
}
/** The date the claim counts from: "The strike began in [2019]. Pay is up five years after the strike." */
export const anchored = marks((text) => {
  const c = claimOf(text);
  return c && findAnchor(c.article, c.s, c.d, null, null)?.mention.text;
});
/** The noun phrase before "ago": "Pay fell after [the strike] two years ago." */
const before = marks((text) => {
  const c = claimOf(text);
  return (c && phraseBefore(c.article, c.s, c.d.start).text) || null;
});
/** The phrase after "after" or "since", up to a clause break: "Five years after [the strike], pay rose." */
const after = marks((text) => {
  const c = claimOf(text);
  return (c && phraseAfter(c.article, c.s, c.d.anchorEnd).text.trim()) || null;
});

export const ANCHORS: Pinned[] = [
  // A determiner is no modifier: "its strike" is dated by any strike, not first by one that says "its".
  pin(F, 'DETERMINERS', anchored, {
    ...framed(
      'the a an its their his her our this that',
      (w) =>
        `Strikes began in [2019]. ${capital(w)} strike began in March 2019. Pay is up five years after ${w} strike.`,
    ),
    ...framed(
      'these those',
      (w) =>
        `Strikes began in [2019]. ${capital(w)} strikes began in March 2019. Pay is up five years after ${w} strikes.`,
    ),
    ...framed(
      'last first',
      (w) =>
        `Strikes began in [2019]. The ${w} strike began in March 2019. Pay is up five years after the ${w} strike.`,
    ),
  }),
  // Too general to name one event: none of these is looked for elsewhere (no brackets: no date).
  pin(F, 'GENERIC', anchored, {
    ...framed(
      `time times year years month months day days week weeks period moment decade decades century era
      season record records level levels`,
      (w) => `It was the worst ${w} of 2019. Pay is up five years after the ${w}.`,
    ),
    ...framed('start beginning end', (w) => `Pay fell at the ${w} of 2019. It is up five years after the ${w}.`),
    point: 'Pay hit its low point in 2019. It is up five years after the low point.',
    one: 'It was the worst one of 2019. Pay is up five years after that one.',
    ones: 'They were the worst ones of 2019. Pay is up five years after those ones.',
    then: 'Pay fell in 2019 then rose. It has doubled in the five years since then.',
    now: 'Sales in 2019 now look small. It is now five years ago that they peaked.',
    today: 'Sales in 2019 today look small. A sale today five years ago was rare.',
    them: 'We beat them in 2019. We have not won in the five years since them.',
    things: 'Things changed in 2019. Pay is up five years after things changed for good.',
    people: 'People voted in 2019. Pay is up five years after people voted for change.',
    same: 'Prices were the same in 2019. Prices are high, the same two years ago.',
    other: 'The other rose in 2019. Rates rose, like the other two years ago.',
    others: 'Others rose in 2019. Rates rose, like others two years ago.',
  }),
  pin(F, 'BOUNDARY_WORDS', before, {
    since: 'Pay is up since [the deal] two years ago.',
    after: 'Pay rose after [the deal] two years ago.',
    before: 'Pay fell before [the deal] two years ago.',
    from: 'Pay is up from [the low] two years ago.',
    than: 'Pay is higher than [the peak] two years ago.',
    of: 'Pay is back at the level of [the boom] two years ago.',
    in: 'Pay fell in [the slump] two years ago.',
    on: 'Pay rose on [the deal] two years ago.',
    at: 'Pay peaked at [the time] two years ago.',
    with: 'Pay rose with [the deal] two years ago.',
    by: 'Pay was cut by [the board] two years ago.',
    for: 'Pay was set for [the staff] two years ago.',
    to: 'Pay fell to [the floor] two years ago.',
    that: 'He said that [the strike] two years ago cost jobs.',
    which: 'Pay, which [the strike] two years ago cut, is back.',
    who: 'Staff who [the strike] two years ago laid off are back.',
    when: 'Pay fell when [the strike] two years ago began.',
    where: 'This is where [the strike] two years ago began.',
    while: 'Pay rose while [the strike] two years ago hurt jobs.',
    as: 'Pay fell as [the strike] two years ago bit.',
    and: 'Pay fell and [the strike] two years ago did not help.',
    or: 'Was it pay or [the strike] two years ago?',
    but: 'Pay rose but [the strike] two years ago hurt.',
    was: 'That was [the staff we hired] two years ago.',
    were: 'Those were [the staff we hired] two years ago.',
    is: 'This is [the staff we hired] two years ago.',
    are: 'These are [the staff we hired] two years ago.',
    has: 'The firm still has [the staff it hired] two years ago.',
    have: 'We still have [the staff we hired] two years ago.',
    had: 'We still had [the staff we hired] two years ago.',
    began: 'The union began [the strike] two years ago.',
    started: 'The union started [the strike] two years ago.',
  }),
  pin(F, 'BOUNDARY', before, {
    '\\b${anyOf(BOUNDARY_WORDS)}\\b': 'Pay rose after [the deal] two years ago.',
    '[,;:()—–"“”]': 'Pay fell; [the strike] two years ago hurt.',
  }),
  // The event is the subject of the verb that ends the phrase before "ago".
  pin(F, 'phraseBefore', before, {
    ...framed('began started ended erupted opened closed happened occurred', (w) => `[The strike] ${w} two years ago.`),
    'broke\\s+out': '[The war] broke out two years ago.',
    'took\\s+place': '[The vote] took place two years ago.',
    'was\\s+\\w+ed': '[The treaty] was signed two years ago.',
  }),
  pin(F, 'RELATIVE_TAIL', before, {
    which: '[The quake], which hit two months ago, killed ten.',
    that: '[The quake], that hit two months ago, killed ten.',
    'was\\s+': '[The quake], which was felt two months ago, killed ten.',
    'were\\s+': '[The quakes], which were felt two months ago, killed ten.',
    'had\\s+': '[The quake], which had struck two months ago, killed ten.',
    'has\\s+': '[The quake], which has struck two months ago, killed ten.',
    'had\\s+been\\s+': '[The quake], which had been felt two months ago, killed ten.',
    'has\\s+been\\s+': '[The quake], which has been felt two months ago, killed ten.',
  }),
  pin(F, 'phraseAfter', after, {
    '[;:—–]': 'Pay is up five years after [the strike]; jobs are not.',
    ',(?!\\s*\\d)': 'Five years after [the strike], pay is up.',
    '\\s(?:and|but|while|when|which|who)\\s': 'Pay is up five years after [the strike] and jobs too.',
    ...framed('and but while when which', (w) => `Pay is up five years after [the strike] ${w} jobs fell.`),
    who: 'Pay is up five years after [the strike leader] who quit.',
  }),
  pin(F, 'EVENT_VERBS', anchored, {
    '[a-z]+ed': 'The strike resumed in [2019]. Pay is up five years after the strike.',
    began: 'The strike began in [2019]. Pay is up five years after the strike.',
    begun: 'The strike had begun in [2019]. Pay is up five years after the strike.',
    'took\\s+place': 'The vote took place in [2019]. Pay is up five years after the vote.',
    'broke\\s+out': 'The war broke out in [2019]. Pay is up five years after the war.',
    held: 'The vote was held in [2019]. Pay is up five years after the vote.',
    won: 'The election was won in [2019]. Pay is up five years after the election.',
    lost: 'The election was lost in [2019]. Pay is up five years after the election.',
    came: 'The crash came in [2019]. Pay is up five years after the crash.',
    went: 'The final went the distance in [2019]. Pay is up five years after the final.',
    fell: 'The wall fell in [2019]. Pay is up five years after the wall.',
    rose: 'The flood rose in [2019]. Pay is up five years after the flood.',
    struck: 'The quake struck in [2019]. Pay is up five years after the quake.',
    hit: 'The storm hit in [2019]. Pay is up five years after the storm.',
  }),
  pin(F, 'OBJECT_ARTICLES', anchored, {
    ...framed(
      'the a its their his her',
      (w) => `The flood struck ${w} farm in [2019]. Pay is up five years after the flood.`,
    ),
    an: 'The flood struck an inn in [2019]. Pay is up five years after the flood.',
  }),
  pin(F, 'EVENT_TO_DATE', anchored, {
    of: [
      'The invasion of the island in [2019] cost lives. Pay is up five years after the invasion.',
      'The strike of [2019] cost jobs. Pay is up five years after the strike.',
    ],
    against: 'The attack against the port in [2019] cost lives. Pay is up five years after the attack.',
    on: [
      'The attack on the port in [2019] cost lives. Pay is up five years after the attack.',
      'The strike began on [May 3, 2019]. Pay is up five years after the strike.',
    ],
    in: [
      'The fire in the old port in [2019] cost lives. Pay is up five years after the fire.',
      'The strike began in [2019]. Pay is up five years after the strike.',
    ],
    at: 'The fire at the port in [2019] cost lives. Pay is up five years after the fire.',
    by: 'The attack by rebels in [2019] cost lives. Pay is up five years after the attack.',
    that: 'The strike that began in [2019] cost jobs. Pay is up five years after the strike.',
    which: 'The strike which began in [2019] cost jobs. Pay is up five years after the strike.',
    was: 'The treaty was signed in [2019]. Pay is up five years after the treaty.',
    were: 'The talks were held in [2019]. Pay is up five years after the talks.',
    'had\\s+been': 'The deal had been signed in [2019]. Pay is up five years after the deal.',
    had: 'The strike had begun in [2019]. Pay is up five years after the strike.',
  }),
  // A plan is dated only by a verb: "the plan was approved in 2019", not "the 2019 plan".
  pin(F, 'DATING_VERB', anchored, {
    '[a-z]+ed': 'The plan was approved in [2019]. Pay is up five years after the plan.',
    began: 'The plan began in [2019]. Pay is up five years after the plan.',
    'took\\s+place': 'The programme took place in [2019]. Pay is up five years after the programme.',
    held: 'The programme was held in [2019]. Pay is up five years after the programme.',
    won: 'The budget won the vote in [2019]. Pay is up five years after the budget.',
    lost: 'The budget lost the vote in [2019]. Pay is up five years after the budget.',
    came: 'The forecast came in [2019]. Pay is up five years after the forecast.',
    went: 'The plan went the distance in [2019]. Pay is up five years after the plan.',
    fell: 'The target fell in [2019]. Pay is up five years after the target.',
    rose: 'The target rose in [2019]. Pay is up five years after the target.',
    struck: 'The budget struck a balance in [2019]. Pay is up five years after the budget.',
    hit: 'The target was hit in [2019]. Pay is up five years after the target.',
  }),
  pin(F, 'VERB_TO_DATE', anchored, {
    in: 'The plan was approved in [2019]. Pay is up five years after the plan.',
    on: 'The plan was approved on [May 3, 2019]. Pay is up five years after the plan.',
    of: 'The plan was approved the week of [May 3, 2019]. Pay is up five years after the plan.',
  }),
  // A plural claim finds its event in the singular.
  pin(F, 'readingsUnder', anchored, {
    es: 'The crash came in [2019]. Pay is up five years after the crashes.',
    s: 'The raid came in [2019]. Pay is up five years after the raids.',
  }),
  pin(F, 'adjacentDate', anchored, {
    in: 'The plant closed five years ago, in [2019].',
    on: 'The plant closed five years ago, on [May 3, 2019].',
    'back\\s+in': 'The plant closed five years ago, back in [2019].',
    during: 'The plant closed five years ago, during [2019].',
  }),
];
