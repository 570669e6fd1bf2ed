import type { Article } from '../article.js';
import { hasFutureMarker, looksPast } from '../text/tense.js';
import type { Sentence } from '../text/sentences.js';
import { foldedText } from './events.js';
import { findNames, phraseKey, type Holding, type Knowledge } from './index-pack.js';
import { perObject } from '../text/memo.js';
import { anyOf, wordList } from '../text/alternation.js';

/**
 * A person named with a title the pack knows: "U.S. Secretary of State Antony Blinken", "Boris
 * Johnson, the prime minister,", "the chancellor, Olaf Scholz,". Read with what the sentence says
 * about time: only a mention in present or recent narration, with nothing marking the past, says
 * that the person held the office when the text was written.
 */
export interface TitleMention {
  /** The title and the name as written. */
  start: number;
  end: number;
  sentence: Sentence;
  /** The terms the title can refer to: the named person's, in the offices the title and its qualifier fit. */
  holdings: Holding[];
  /** True when the sentence narrates the present or the last days, with no past marker, quote or past date. */
  current: boolean;
  /**
   * True when, without saying when, the sentence tells the person acting in the simple past, with
   * nothing marking a past beyond the story's own ("Chancellor Angela Merkel told reporters after
   * the summit"): news tells its own day so, but so does a look back without a date, so this is
   * weaker than `current`.
   */
  actedInStory: boolean;
}

/** Modifiers of a title: "former", "incoming", "acting", "deputy", "second". */
const NOT_NOW_WORDS = wordList(`
  former formerly ex then late onetime one-time erstwhile previous past retired emeritus deposed
  ousted exiled disgraced future incoming outgoing acting interim caretaker vice deputy assistant
  under associate lieutenant would-be next first-ever first second third another
`);
/** "Two-time", "five-time": a count of terms, which looks back over them. */
const TERM_COUNT = String.raw`[\p{L}\d]+-time`;
/** Before a title, these say the person no longer holds it (or not yet, or not fully). */
const NOT_NOW = new RegExp(String.raw`(?:^|[^\p{L}])${anyOf([...NOT_NOW_WORDS, TERM_COUNT])}(?:[\s-]|$)`, 'u');
const FUSED_NOT_NOW = /(?:^|[^\p{L}])(?:former|ex|then|late|acting|interim|vice|deputy)[\s-]*$/u;
/** A word joined to the title by a hyphen: "Minister-President", "Co-Chairman". */
const FUSED_TITLE = /\p{L}-$/u;
/** After a title or a name: not the office itself. */
const NOT_THE_OFFICE = /^(?:-elect|-designate|\s*(?:nominee|candidate|hopeful|emeritus))/;
/** Words and phrases of a look back: "at the time", "tenure", "obituary", "would later". */
const HISTORY_WORDS = [
  'former',
  'formerly',
  'previously',
  'at the time',
  'back then',
  'in the past',
  'years? ago',
  'decades? ago',
  'months ago',
  'last year',
  'legacy',
  'tenure',
  'presidency',
  'premiership',
  'chancellorship',
  'reign',
  'administration',
  'era',
  'in office',
  'during (?:his|her|their)',
  'when (?:he|she) was',
  'while (?:he|she) was',
  'remembered',
  'memoir',
  'obituary',
  'funeral',
  'the late',
  'biography',
  'recalled',
  'recalls',
  'would later',
];
/** Words that put a sentence about an office-holder in the past, or make it a memory of one. */
const HISTORY = new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(HISTORY_WORDS)}(?![\p{L}])`, 'u');
/** A weekday, and the words for the days and weeks around the story's own. */
const RECENT_WORDS = [
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'this (?:week|morning|afternoon|evening|month|weekend)',
  '(?:earlier|later) this (?:week|month)',
  'last (?:week|night|weekend)',
  'next (?:week|month)',
  'currently',
];
/** The last days: "on Tuesday", "this week", "yesterday". */
const RECENT = new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(RECENT_WORDS)}(?![\p{L}])`, 'u');
/** Adverbs between a name and its verb: "also says", "still has". */
const PRESENT_ADVERBS = wordList(`
  also still again reportedly publicly personally now
`);
/** Verbs in the present or the future, and their auxiliaries. */
const PRESENT_VERBS = wordList(`
  says is are has have will 's 'll continues remains wants plans hopes faces insists warns urges
  calls tells believes thinks expects seeks intends vows argues maintains does doesn't isn't hasn't
  won't cannot can't can must needs appears seems announces visits meets travels heads leads arrives
  signs writes speaks addresses hosts welcomes condemns praises rejects denies accuses promises
  pledges backs supports opposes
`);
/** The verb the name is the subject of, in the present or the future: "says", "will travel", "has said". */
const PRESENT = new RegExp(
  String.raw`^(?:\s+(?:jr\.?|sr\.?))?\s*(?:,[^,]{1,90},\s*)?(?:${anyOf(PRESENT_ADVERBS)}\s+)?` +
    String.raw`${anyOf(PRESENT_VERBS)}(?![\p{L}])`,
  'u',
);
/** Words after a name that make it part of another name: "Trump Tower", "King Fahd Causeway". */
const CAPITAL_WORD = /^\s+(?:jr\.?\s+|sr\.?\s+)?(\p{Lu}[\p{L}'’.-]*)/u;
/** Weekdays, months and the suffixes of a name. */
const CALENDAR_WORDS = wordList(String.raw`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December Jr\.? Sr\.?
`);
const CALENDAR_WORD = new RegExp(String.raw`^${anyOf(CALENDAR_WORDS)}$`);

/** Conjunctions, prepositions, adverbs and forms of address, capitalised. */
const LEAD_WORDS = wordList(`
  When As On In At After Before If While Meanwhile But And So Now Today Yesterday Also Here There
  Still Earlier Later Last This That Since Until Though Although Because With Without For From By To
  Under Over Only Even Yet Instead Why How What Where Who Speaking Asked Addressing Meeting Visiting
  Dear Madam Mister Mr Mrs Ms
`);
/**
 * Capitalised words that open a sentence or a clause before a title, and name no body: "On Tuesday President
 * ...", "When Chancellor ...".
 */
const LEAD_WORD = new RegExp(String.raw`^${anyOf(LEAD_WORDS)}$`);

/** "of Ukraine", "of the European Commission": the office's place, after its title. */
const OF = `(?:\\s+of\\s+(?:the\\s+)?[\\p{L}.'-]+(?:\\s+[\\p{L}.'-]+){0,2}?)?`;

const mentionsByPack = perObject<Article, (k: Knowledge, compute: () => TitleMention[]) => TitleMention[]>();
const patterns = perObject<Knowledge, { before: RegExp; britishBefore: RegExp; after: RegExp }>();

/** "[qualifier] Title Name", "the title, Name,", "Name, the title,": built once per pack from its title words. */
function patternsOf(k: Knowledge) {
  return patterns(k, () => {
    const titles = k.titleSource;
    return {
      before: new RegExp(
        `(?<![\\p{L}\\p{N}])((?:[\\p{L}.'-]+\\s+){0,4}?)(${titles})\\s+(?:(?:mr|mrs|ms|dr)\\.?\\s+)?$`,
        'u',
      ),
      britishBefore: new RegExp(
        `(?<![\\p{L}\\p{N}])the\\s+((?:[\\p{L}.'-]+\\s+){0,3}?)(${titles})(${OF})\\s*,\\s+$`,
        'u',
      ),
      after: new RegExp(`^,\\s+((?:[\\p{L}.'-]+\\s+){0,4}?)(${titles})(${OF})\\s*(?=[,;.]|$)`, 'u'),
    };
  });
}

export function titleMentions(article: Article, k: Knowledge): TitleMention[] {
  return mentionsByPack(article, () => perObject<Knowledge, TitleMention[]>())(k, () => find(article, k));
}

function find(article: Article, k: Knowledge): TitleMention[] {
  const text = foldedText(article);
  const { before, britishBefore, after } = patternsOf(k);
  const out: TitleMention[] = [];
  for (const m of findNames(text, k)) {
    const nameStart = m.index;
    const nameEnd = nameStart + m[0].length;
    const s = article.sentenceAt(nameStart);
    if (!s || nameEnd > s.end || !/^\p{Lu}/u.test(article.text.slice(nameStart))) continue;
    const rest = article.text.slice(nameEnd, s.end);
    // "Trump's tariffs" speaks of the person's doings, not of the office now; "Trump Tower" is a building;
    // "Merkel-Smith" is someone else.
    if (/^['’]s\b/.test(rest) || /^[-‐]\p{L}/u.test(rest)) continue;
    const next = CAPITAL_WORD.exec(rest)?.[1];
    if (next && !CALENDAR_WORD.test(next)) continue;
    const people = k.byName.get(phraseKey(m[0])) ?? [];
    const left = text.slice(Math.max(s.start, nameStart - 120), nameStart);
    const right = text.slice(nameEnd, Math.min(s.end, nameEnd + 120));
    let read: {
      pre: string;
      title: string;
      of: string;
      /** Where the mention starts, and where its title does. */
      start: number;
      titleAt: number;
      end: number;
      apposition: boolean;
    } | null = null;
    const b = before.exec(left);
    if (b)
      read = {
        pre: b[1]!,
        title: b[2]!,
        of: '',
        start: nameStart - left.length + b.index + b[1]!.length,
        titleAt: nameStart - left.length + b.index + b[1]!.length,
        end: nameEnd,
        apposition: false,
      };
    const a = read ? null : after.exec(right);
    if (a && !NOT_THE_OFFICE.test(right.slice(a[0].length)))
      read = {
        pre: a[1]!,
        title: a[2]!,
        of: a[3]!,
        start: nameStart,
        titleAt: nameEnd + /^,\s+/.exec(a[0])![0].length + a[1]!.length,
        end: nameEnd + a[0].trimEnd().length,
        apposition: true,
      };
    const bb = read ? null : britishBefore.exec(left);
    if (bb)
      read = {
        pre: bb[1]!,
        title: bb[2]!,
        of: bb[3]!,
        start: nameStart - left.length + bb.index,
        titleAt: nameStart - left.length + bb.index + /^the\s+/.exec(bb[0])![0].length + bb[1]!.length,
        end: nameEnd,
        apposition: true,
      };
    // "then-Prime Minister", "ex-Chancellor": the marker is fused to the title, just before where it was read from.
    // "Minister-President": a title fused to a word before it is another title.
    if (
      !read ||
      NOT_NOW.test(read.pre) ||
      FUSED_NOT_NOW.test(text.slice(Math.max(s.start, read.start - 12), read.start)) ||
      FUSED_TITLE.test(text.slice(Math.max(s.start, read.titleAt - 2), read.titleAt))
    )
      continue;
    // "University Chancellor", "Harvard President", "Cossiga, the Senate president,": a capitalised word right
    // before the title that names no country is another body's office.
    const prev = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(article.text.slice(read.titleAt - read.pre.length, read.titleAt));
    const otherBody = prev !== null && !CALENDAR_WORD.test(prev[1]!) && !LEAD_WORD.test(prev[1]!);
    const holdings = fitting(k, people, read.title, read.pre, read.of, read.apposition, otherBody);
    if (!holdings.length) continue;
    const current = isCurrent(article, s, read.start, read.end, nameEnd);
    const actedInStory = !current && actsInPast(article, s, read.start, read.end, nameEnd);
    out.push({ start: read.start, end: read.end, sentence: s, holdings, current, actedInStory });
  }
  return out;
}

/**
 * The person's terms in offices this title names, narrowed by a qualifier where one is written
 * right against the title ("U.S. President", "Germany's chancellor", "president of Ukraine"): a
 * word further off ("American officials said President ...") qualifies nothing.
 */
function fitting(
  k: Knowledge,
  people: readonly { id: string }[],
  title: string,
  pre: string,
  of: string,
  apposition: boolean,
  otherBody: boolean,
): Holding[] {
  const words = (t: string) =>
    t
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/'s$/, ''))
      .filter((w) => w && !/^(?:the|of)$/.test(w));
  const before = words(pre);
  let named: Set<string> | null = k.qualifiers.get(words(of).join(' ')) ?? null;
  // "Mandela, the president of the African National Congress,": a body the pack does not know.
  if (!named && of.trim()) return [];
  for (let n = Math.min(3, before.length); n >= 1 && !named; n--)
    named = k.qualifiers.get(before.slice(-n).join(' ')) ?? null;
  if (!named && otherBody) return [];
  const out: Holding[] = [];
  for (const p of people) {
    for (const h of k.holdings.get(p.id) ?? []) {
      if (!h.office.titles.includes(title.replace(/\s+/g, ' '))) continue;
      if (named && !named.has(h.office.id)) continue;
      // A courtesy title alone ("President Carter") is no claim about the office now.
      if (h.office.courtesy && !named && !apposition) continue;
      out.push(h);
    }
  }
  return out;
}

function isCurrent(article: Article, s: Sentence, start: number, end: number, nameEnd: number): boolean {
  if (!unmarked(article, s, start, end)) return false;
  const text = foldedText(article);
  return RECENT.test(text.slice(s.start, s.end)) || PRESENT.test(text.slice(Math.max(end, nameEnd), s.end));
}

/** Nothing in the sentence puts the office in the past or in someone else's words. */
function unmarked(article: Article, s: Sentence, start: number, end: number): boolean {
  if (article.isReported(start, end)) return false;
  if (HISTORY.test(foldedText(article).slice(s.start, s.end))) return false;
  // "In 2012, President X ...": a year in the sentence is a past it may be narrating, unless it looks ahead.
  return !(article.mentionsIn(s).some((m) => m.year !== undefined) && !hasFutureMarker(s.text));
}

/**
 * "Chancellor Helmut Kohl told parliament", "Boris Johnson, the prime minister, announced": the
 * verb the name is the subject of, in the simple past. Not a bare "was" or "had" ("Merkel, who was
 * chancellor until 2021" is no act), and not after a relative pronoun.
 */
const ACT_ADVERB = String.raw`(?:also|again|reportedly|publicly|personally|then|later|first)\s+`;
const ACTS_AFTER = new RegExp(
  String.raw`^(?:\s+(?:jr\.?|sr\.?))?\s*(?:,[^,]{1,90},|,)?\s*(?:${ACT_ADVERB})?([a-z]+)\b`,
);
function actsInPast(article: Article, s: Sentence, start: number, end: number, nameEnd: number): boolean {
  if (!unmarked(article, s, start, end)) return false;
  const verb = ACTS_AFTER.exec(foldedText(article).slice(Math.max(end, nameEnd), s.end))?.[1];
  return verb !== undefined && !/^(?:was|were|had|did)$/.test(verb) && looksPast(verb, undefined);
}
