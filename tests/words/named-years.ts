import { isAttributive } from '../../src/engine/time/named-years.js';
import { framed } from './article.js';
import { pin, type Pinned } from './pin.js';

const F = 'time/named-years.ts';
/**
 * Each bracketed date is read as a name ("a [2020]-style lockdown") or, marked "!", as a time ("in
 * [!2019]"); a date written with its day ("[March 1, 2030]") is read as the engine reads one.
 */
const reads = (example: string): boolean => {
  const text = example.replace(/\[!?|\]/g, '');
  const dates: Array<{ start: number; date: string; named: boolean }> = [];
  let removed = 0;
  for (const m of example.matchAll(/\[(!?)([^\]]+)\]/g)) {
    dates.push({ start: m.index - removed, date: m[2]!, named: m[1] === '' });
    removed += m[1]!.length + 2;
  }
  return (
    dates.length > 0 &&
    dates.every(
      ({ start, date, named }) => isAttributive(text, start, start + date.length, /\b\d{1,2}\b/.test(date)) === named,
    )
  );
};

export const NAMED_YEARS: Pinned[] = [
  // Rule 1. A hyphen after the year ("2020-style") or a word of time before it ("late 2020") keeps rule 3 out.
  pin(F, 'DETERMINERS', reads, {
    the: 'Ministers ruled out the [2020]-style lockdown.',
    a: 'Ministers ruled out a [2020]-style lockdown.',
    an: 'Ministers feared an early [2020] surge.',
    this: 'Ministers ruled out this [2020]-style lockdown.',
    that: 'Ministers ruled out that [2020]-style lockdown.',
    these: 'Ministers ruled out these [2020]-style lockdowns.',
    those: 'Ministers ruled out those [2020]-style lockdowns.',
    its: 'The city ended its [2020]-style lockdown.',
    their: 'Cities ended their [2020]-style lockdowns.',
    his: 'The mayor ended his [2020]-style lockdown.',
    her: 'The mayor ended her [2020]-style lockdown.',
    our: 'We ended our [2020]-style lockdown.',
    your: 'You ended your [2020]-style lockdown.',
    my: 'I ended my [2020]-style lockdown.',
    whose: 'The city, whose [2020]-style lockdown ended, reopened.',
    every: 'Every [2020]-style lockdown ended in protests.',
    each: 'Each [2020]-style lockdown ended in protests.',
    next: 'The band plans its next early [2030] tour.',
    last: 'The band played its last late [2020] show.',
  }),
  pin(F, 'ADJECTIVES', reads, {
    late: 'Analysts recall the late [2020] surge.',
    mid: 'Analysts recall the mid [2020] slump.',
    new: 'Ford unveiled the new [2025]-model Explorer.',
    whole: 'It was a whole [2020]-style lockdown.',
    entire: 'The entire [2020]-era archive was lost.',
    full: 'Ministers ruled out a full [2020]-style lockdown.',
    first: 'The first [2020]-style lockdown ended in May.',
    second: 'Ministers ruled out a second [2020]-style lockdown.',
    third: 'Ministers ruled out a third [2020]-style lockdown.',
    'so-called': 'Ministers ruled out a so-called [2020]-style lockdown.',
    'all-new': 'Ford unveiled an all-new [2025]-model Explorer.',
    est: 'Ministers ruled out the strictest [2020]-style lockdown.',
    ing: 'Ministers ruled out a sweeping [2020]-style lockdown.',
    ed: 'Ministers ruled out a renewed [2020]-style lockdown.',
    ly: 'Ministers feared an early [2020] surge.',
    al: 'Ministers ruled out a national [2020]-style lockdown.',
    ic: 'Ministers ruled out a chaotic [2020]-style lockdown.',
    ive: 'Ministers ruled out a massive [2020]-style lockdown.',
    ous: 'Ministers ruled out a rigorous [2020]-style lockdown.',
    ful: 'Ministers ruled out a painful [2020]-style lockdown.',
    ary: 'Ministers ruled out a temporary [2020]-style lockdown.',
  }),
  pin(F, 'DETERMINED_BEFORE', reads, {
    '\\b${anyOf(DETERMINERS)}': 'Ministers ruled out a [2020]-style lockdown.',
    "['’]s": 'The city’s [2020]-style lockdown ended.',
  }),
  // A word after the year that is no noun it modifies: "the 2019 was a fine vintage".
  pin(F, 'NOT_MODIFIED', reads, {
    and: 'Critics rank the [!2019] and the 2020 alike.',
    or: 'Critics rank the [!2019] or the 2020 first.',
    to: 'Growers recall the [!2019] to 2021 drought.',
    through: 'Growers recall the [!2019] through 2021 drought.',
    until: 'Growers recall the [!2019] until 2021 drought.',
    till: 'Growers recall the [!2019] till 2021 drought.',
    was: 'Critics agree the [!2019] was a fine vintage.',
    were: 'Of the reds, the [!2019] were rated best.',
    is: 'Critics agree the [!2019] is a fine vintage.',
    are: 'Of the reds, the [!2019] are rated best.',
    had: 'Critics agree the [!2019] had a short harvest.',
    has: 'Critics agree the [!2019] has aged well.',
    when: 'Growers recall the [!2019] when frost came.',
    as: 'Critics rank the [!2019] as a fine vintage.',
    but: 'Critics praise the [!2019] but not the 2020.',
  }),
  // Rule 2. A capital word opening a sentence is no name: "Throughout 2019, ...".
  pin(F, 'NAMED_BEFORE', reads, {
    '[.!?]\\s*': 'Sales fell. Throughout [!2019], prices rose.',
    '^\\s*': 'Throughout [!2019], prices rose.',
  }),
  pin(F, 'TIME_NAMES', reads, {
    ...framed(
      `January February March April May June July August September October November December Jan Feb Mar Apr Jun
      Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter Ramadan Lent Advent Midsummer FY`,
      (w) => `Sales peaked in ${w} [!2019].`,
    ),
    ...framed('Christmas Easter Eid Diwali Hanukkah Thanksgiving Halloween', (w) => `Sales peaked at ${w} [!2019].`),
    New: 'Crowds hailed a happy New [!2024] with fireworks.',
    Year: 'Crowds hailed New Year [!2024] with fireworks.',
    // Prepositions and parts of a period, in a headline's capitals.
    Since: 'Best Sales Since [!2019]',
    In: 'Sales Fell In [!2019]',
    By: 'Net Zero By [!2050]',
    Until: 'Rates Frozen Until [!2030]',
    From: 'New Rules Apply From [!2030]',
    During: 'Sales Fell During [!2020]',
    Before: 'Plan Due Before [!2030]',
    After: 'Growth Slows After [!2030]',
    Through: 'Rates Frozen Through [!2030]',
    Of: 'Best Films Of [!2019]',
    For: 'Bank Raises Outlook For [!2030]',
    Around: 'Vote Expected Around [!2030]',
    Circa: 'Photo Taken Circa [!1920]',
    Early: 'Rates Frozen Until Early [!2030]',
    Late: 'Cut Expected Late [!2030]',
    Mid: 'Cut Expected Mid [!2030]',
    End: 'Rates Frozen Until End [!2030]',
    Start: 'Rates Frozen From Start [!2030]',
    Beginning: 'New Rules Apply Beginning [!2030]',
    Between: 'Growth Slowed Between [!2019] And [!2021]',
    And: 'Growth Slowed Between 2019 And [!2021]',
    Or: 'Election Due 2029 Or [!2030]',
    To: 'Rates Frozen From 2019 To [!2021]',
    On: 'Ministers Focus On [!2030]',
    At: 'Prices Back At [!2019] Levels',
    As: 'Rates Stay Same As [!2019]',
    The: 'Fans Still Miss The [!2019]',
  }),
  // Rule 3. After these words a year is a time: "In 1988 crops failed", "prices for 1988 crops".
  pin(F, 'TIME_WORDS', reads, {
    ...framed(
      'in on at by since until till from during before after through throughout within early late mid',
      (w) => `${w[0]!.toUpperCase()}${w.slice(1)} [!1988] crops failed across the state.`,
    ),
    of: 'Officials blamed the loss of [!1988] crops.',
    to: 'Prices rose from 1987 to [!1988] crop levels.',
    between: 'Prices differ between [!1988] crops and later ones.',
    and: 'Prices of 1987 and [!1988] crops fell.',
    or: 'Few 1987 or [!1988] crops survived.',
    for: 'Prices for [!1988] crops fell.',
    than: 'Prices were higher than [!1988] crop prices.',
    as: 'Prices were as high as [!1988] crop prices.',
    into: 'Stocks were carried into [!1988] crop sales.',
    over: 'Prices rose over [!1988] crop levels.',
    under: 'Prices fell under [!1988] crop levels.',
    against: 'Prices rose against [!1988] crop levels.',
    with: 'Prices fell with [!1988] crops rotting.',
    ...framed(
      'end start year years season fiscal calendar FY spring summer autumn fall winter',
      (w) => `Sales for ${w} [!1988] rose.`,
    ),
    ended: 'Profit for the year ended [!1988] rose.',
    ending: 'Profit for the year ending [!1988] rose.',
    ...framed('is was are were', (w) => `The worst ${w} [!1988] crop losses.`),
    be: 'The worst may be [!1988] crop losses.',
    been: 'The worst has been [!1988] crop losses.',
    said: 'Growers said [!1988] crop losses were high.',
    says: 'The board says [!1988] crop losses were high.',
  }),
  pin(F, 'TIME_WORD_BEFORE', reads, {
    '\\b${anyOf(TIME_WORDS)}\\s*$': 'Prices for [!1988] crops fell.',
    '[,;:("“]\\s*$': 'Growers said, [!1988] crops failed.',
  }),
  pin(F, 'BARE_MODIFIES_AFTER', reads, {
    '\\p{Lu}[\\p{L}.&-]*': 'Ford recalled [2025] Explorer models.',
    '[a-z]+': 'The rule was broadened to include [1988] crop wheat.',
  }),
  // Before these words a year starts a clause or is its subject: "Unlike 2019 there was ...", "Yet 2019 saw ...".
  pin(F, 'CLAUSE_OR_VERB', reads, {
    the: 'Unlike [!2019] the firm grew.',
    a: 'Unlike [!2019] a deal was struck.',
    an: 'Unlike [!2019] an accord was struck.',
    this: 'Unlike [!2019] this year was calm.',
    that: 'Unlike [!2019] that year was calm.',
    its: 'Unlike [!2019] its sales grew.',
    their: 'Unlike [!2019] their sales grew.',
    his: 'Unlike [!2019] his team won.',
    her: 'Unlike [!2019] her team won.',
    he: 'Unlike [!2019] he won.',
    she: 'Unlike [!2019] she won.',
    it: 'Unlike [!2019] it rained.',
    they: 'Unlike [!2019] they won.',
    we: 'Unlike [!2019] we won.',
    i: 'Unlike [!2019] I voted.',
    you: 'Unlike [!2019] you can vote.',
    there: 'Unlike [!2019] there was no vote.',
    and: 'Sales topped [!2019] and 2020 levels.',
    or: 'Sales topped [!2019] or 2020 levels.',
    but: 'Sales topped [!2019] but not 2020.',
    to: 'Sales topped [!2019] to set a record.',
    through: 'Rates held [!2019] through 2021.',
    until: 'Rates held [!2019] until 2021.',
    till: 'Rates held [!2019] till 2021.',
    when: 'Unlike [!2019] when prices fell, sales rose.',
    as: 'Sales topped [!2019] as prices fell.',
    while: 'Sales topped [!2019] while prices fell.',
    after: 'Sales topped [!2019] after prices fell.',
    before: 'Sales topped [!2019] before prices fell.',
    with: 'Sales topped [!2019] with ease.',
    for: 'Sales topped [!2019] for the first time.',
    from: 'Sales will top [!2019] from next year.',
    in: 'Sales topped [!2019] in June.',
    on: 'Sales topped [!2019] on volume.',
    at: 'Sales topped [!2019] at home.',
    by: 'Sales topped [!2019] by a third.',
    of: 'Sales topped [!2019] of all years.',
    than: 'Some prefer [!2019] than 2020.',
    alone: 'Yet [!2019] alone saw five crashes.',
    also: 'Yet [!2019] also saw five crashes.',
    saw: 'Yet [!2019] saw five crashes.',
    brought: 'Yet [!2019] brought five crashes.',
    was: 'Yet [!2019] was a record year.',
    were: 'If [!2019] were a guide, sales would rise.',
    is: 'If [!2019] is a guide, sales will rise.',
    are: 'Results [!2019] are due soon.',
    has: 'Yet [!2019] has been calm.',
    had: 'Yet [!2019] had five crashes.',
    have: 'Did [!2019] have five crashes?',
    will: 'Yet [!2030] will be calm.',
    would: 'Yet [!2030] would be calm.',
    could: 'Yet [!2030] could be calm.',
    should: 'Yet [!2030] should be calm.',
    may: 'Yet [!2030] may be calm.',
    might: 'Yet [!2030] might be calm.',
    can: 'Yet [!2030] can still be calm.',
    did: 'Yet [!2019] did see five crashes.',
    does: 'Yet [!2030] does look calm.',
    do: 'Will [!2030] do better?',
    became: 'Yet [!2019] became a record year.',
    began: 'Yet [!2019] began calmly.',
    'remains?': 'Yet [!2019] remains a record year.',
    'seems?': 'Yet [!2030] seems calm.',
    'looks?': 'Yet [!2030] looks calm.',
    'promises?': 'Yet [!2030] promises calm.',
    sees: 'Yet [!2030] sees calm.',
    brings: 'Yet [!2030] brings calm.',
    marks: 'Yet [!2030] marks a new era.',
  }),
  pin(F, 'HEADLINE_NOUN_AFTER', reads, {
    'U\\.S\\.': '[1988] U.S. BUDGET CLEARED BY HOUSE',
    '[A-Z]{2,}': '[1988] BUDGET CLEARED BY HOUSE',
  }),
  // Rule 4. After "of" a year is a time, unless a security is named by it.
  pin(F, 'SECURITIES', reads, {
    ...framed(
      `bonds? notes? debentures? gilts? loans? stocks? securities certificates? bills? obligations? warrants?
      coupons? tranches? pct percent`,
      (w) => `Traders sold the 8-1/2 ${w.replace('?', '')} of [2011] at par.`,
    ),
    '%': 'Traders sold the 8-1/2% of [2011] at par.',
    'treasur(?:y|ies)': 'Traders sold the 8-1/2 treasury of [2011] at par.',
    y: 'Traders sold the 8-1/2 treasury of [2011] at par.',
    ies: 'Traders sold the 8-1/2 treasuries of [2011] at par.',
  }),
  pin(F, 'MATURING', reads, {
    of: 'The fund bought notes of [2030].',
    due: 'The fund bought notes due [2030].',
    'maturing(?:\\s+in)?': ['The fund bought notes maturing [2030].', 'The fund bought notes maturing in [2030].'],
    'expiring(?:\\s+in)?': ['The fund bought notes expiring [2030].', 'The fund bought notes expiring in [2030].'],
  }),
  pin(F, 'SECURITY_BEFORE', reads, {
    '\\b${anyOf(SECURITIES)}\\s+${anyOf(MATURING)}\\s+$': 'The fund bought notes due [2030].',
    '\\bdated\\s+$': 'Traders hold notes dated [March 1, 1992].',
  }),
  // Rule 5.
  pin(F, 'LAWS', reads, {
    ...framed(
      `Law Code Statute Treaty Convention Charter Amendments? Directive Decree Regulations? Ordinance Protocol
      Constitution`,
      (w) => `Critics said the Reform ${w.replace('s?', '')} of [1986] changed little.`,
    ),
  }),
  pin(F, 'LAW_BEFORE', reads, {
    '\\b${anyOf(LAWS)}\\s+of\\s+$': 'Critics said the Reform Law of [1986] changed little.',
    '\\b[Aa]ct\\s+of\\s+$': ['Critics said the Tax Reform Act of [1986] changed little.', 'The tax act of [1986].'],
  }),
  // Rule 6. After "born in" a year is a time, unless a group is named by it.
  pin(
    F,
    'COHORTS',
    reads,
    framed(
      `anyone anybody everyone those people children babies kids persons? students pupils generations? cohorts?
      residents citizens smokers drivers voters`,
      (w) => `The ban covers ${w.replace('?', '')} born after [2030].`,
    ),
  ),
  pin(F, 'BORN_WHEN', reads, {
    ...framed('in since from between', (w) => `The rule covers children born ${w} [January 1, 2030].`),
    after: [
      'The rule covers children born after [January 1, 2030].',
      'The rule covers children born on or after [January 1, 2030].',
    ],
    before: [
      'The rule covers children born before [January 1, 2030].',
      'The rule covers children born on or before [January 1, 2030].',
    ],
    'on\\s+or\\s+(?:after|before)': 'The rule covers children born on or after [January 1, 2030].',
  }),
  pin(F, 'modifiesBare', reads, {
    '^': '[!1988] crop prospects are good.',
    '[.!?]': 'Sales fell. [!1988] crop prospects are good.',
  }),
];
