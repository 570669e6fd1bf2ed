import { dayOf, formatPeriod, parseISODay, type Day, type Period } from '../time/calendar.js';
import { fold, phraseSource } from '../text/fold.js';
import type { KnownEvent, Office, Pack, Person } from './schema.js';
import { perObject } from '../text/memo.js';
import { fingerprint } from '../text/fingerprint.js';

/** One term of one office, in days: what a mention of a title is checked against. */
export interface Holding {
  person: Person;
  office: Office;
  from: Day;
  /** Null while the term runs (as of the pack's date). */
  to: Day | null;
}

/** The pack made ready to read text with: patterns over folded text and lookups, built once per pack. */
export interface Knowledge {
  asOf: Day;
  /**
   * Every name a person goes by, grouped by the name's first word (its letters up to the first
   * other character): each group as the source of one pattern over folded text, longest first.
   */
  namesByFirstWord: Map<string, string>;
  /** By phraseKey(name): more than one person may answer to a name ("Kirchner"). */
  byName: Map<string, Person[]>;
  holdings: Map<string, Holding[]>;
  /** Every title word of every office, longest first. */
  titleSource: string;
  /** Every qualifier of every office ("u.s.", "nato", "russia's"), folded, to the offices it names. */
  qualifiers: Map<string, Set<string>>;
  events: {
    /** Folded, with single spaces: the event, and the name as the pack writes it (its capitals matter). */
    names: Map<string, { event: KnownEvent; name: string }>;
    cues: Map<string, KnownEvent[]>;
    /** Names and cues, longest first, as one alternation over folded text. */
    source: string;
  };
}

const byIdentity = perObject<Pack, Knowledge>();
/** The packs last indexed, by the hash of their content, oldest first. */
const byContent = new Map<string, Knowledge>();
/** A process reads one pack, or a few (tests): more are indexed again when they come back. */
const PACKS_KEPT = 4;

/**
 * Built once per pack. In the browser the pack arrives afresh with every audit request (a copy,
 * not the same object), so a pack not seen before is recognised by a hash of its content: an
 * edited pack, whatever its counts, gets an index of its own, and a copy of a pack indexed before
 * gets that index, whatever other pack came in between.
 */
export function indexPack(pack: Pack): Knowledge {
  return byIdentity(pack, () => {
    const hash = fingerprint(JSON.stringify(pack));
    const knowledge = byContent.get(hash) ?? build(pack);
    byContent.delete(hash);
    byContent.set(hash, knowledge);
    if (byContent.size > PACKS_KEPT) byContent.delete(byContent.keys().next().value!);
    return knowledge;
  });
}

const byLength = (a: string, b: string) => b.length - a.length;
const alternation = (phrases: Iterable<string>) => [...new Set(phrases)].sort(byLength).map(phraseSource).join('|');
const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

function build(pack: Pack): Knowledge {
  const people = new Map(pack.people.map((p) => [p.id, p]));
  const byName = new Map<string, Person[]>();
  for (const p of pack.people) for (const n of p.names) add(byName, phraseKey(n), p);
  const holdings = new Map<string, Holding[]>();
  const qualifiers = new Map<string, Set<string>>();
  const titles = new Set<string>();
  for (const office of pack.offices) {
    for (const t of office.titles) titles.add(t);
    for (const q of office.qualifiers) {
      const key = qualifierKey(q);
      qualifiers.set(key, (qualifiers.get(key) ?? new Set()).add(office.id));
    }
    for (const term of office.terms) {
      const person = people.get(term.who);
      if (!person) continue;
      add(holdings, person.id, {
        person,
        office,
        from: parseISODay(term.from)!,
        to: term.to ? parseISODay(term.to)! : null,
      });
    }
  }
  const names = new Map<string, { event: KnownEvent; name: string }>();
  const cues = new Map<string, KnownEvent[]>();
  for (const e of pack.events) {
    for (const n of e.names) names.set(phraseKey(n), { event: e, name: n });
    for (const c of e.cues ?? []) add(cues, phraseKey(c), e);
  }
  return {
    asOf: parseISODay(pack.asOf)!,
    namesByFirstWord: byFirstWord(byName.keys()),
    byName,
    holdings,
    titleSource: alternation(titles),
    qualifiers,
    events: { names, cues, source: alternation([...names.keys(), ...cues.keys()]) },
  };
}

/**
 * Names sought only where a word they start with stands. One pattern of all the names, tried at
 * every place in every text, cost most of the time spent on titles.
 */
function byFirstWord(names: Iterable<string>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const name of names) add(groups, FIRST_LETTERS.exec(name)?.[0] ?? '', name);
  return new Map([...groups].map(([first, group]) => [first, alternation(group)]));
}
const FIRST_LETTERS = /^\p{L}+/u;

/**
 * A group's pattern, sticky (tried at the word's place only) and ending where a word does. Made
 * when a text first holds the word: each costs a fifth of a millisecond to make (the classes of
 * letters and figures), and most groups' words are in no given article. Kept with the index.
 */
const patternsOf = perObject<Knowledge, Map<string, RegExp>>();
function patternOf(k: Knowledge, first: string, source: string): RegExp {
  const patterns = patternsOf(k, () => new Map());
  let re = patterns.get(first);
  if (!re) patterns.set(first, (re = new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, 'uy')));
  return re;
}

/**
 * Where the text names someone the pack knows: the same places, in the same order, as one pattern
 * of every name tried from the start of the text on, from the end of each name found, and at the
 * start of a word only. A name's first letters are the letters of the word it starts at: the name
 * goes on with another character than a letter, or ends where no letter follows.
 */
export function* findNames(text: string, k: Knowledge): Generator<RegExpExecArray> {
  let from = 0;
  for (const word of text.matchAll(WORD_START)) {
    if (word.index < from) continue;
    const source = k.namesByFirstWord.get(word[0]);
    if (source === undefined) continue;
    const names = patternOf(k, word[0], source);
    names.lastIndex = word.index;
    const m = names.exec(text);
    if (m) {
      from = m.index + m[0].length;
      yield m;
    }
  }
}
const WORD_START = /(?<![\p{L}\p{N}])\p{L}+/gu;

/**
 * A qualifier as a title's words are read ("Bank of England" as "bank england", "People's Bank" as "people
 * bank"): folded, no "the" or "of", no possessive.
 */
const qualifierKey = (q: string) =>
  fold(q)
    .split(/\s+/)
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w && !/^(?:the|of)$/.test(w))
    .join(' ');

/** How a phrase is looked up: folded, hyphens and runs of spaces as one space. */
export const phraseKey = (phrase: string) =>
  fold(phrase)
    .trim()
    .replace(/[\s-]+/g, ' ');

/** "2022-02-24", "2020-03" or "2008": the period a partial ISO date stands for. */
export function partialPeriod(value: string): Period {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return { from: dayOf(y, m!, d), to: dayOf(y, m!, d), precision: 'day' };
  if (m !== undefined) return { from: dayOf(y, m, 1), to: dayOf(y, m + 1, 0), precision: 'month' };
  return { from: dayOf(y, 1, 1), to: dayOf(y, 12, 31), precision: 'year' };
}

/** When an event happened, or the stretch in which its beginning lies. */
export function eventPeriod(e: KnownEvent): Period {
  const from = partialPeriod(e.from);
  return e.to ? { ...from, to: partialPeriod(e.to).to } : from;
}

/** "February 24, 2022", "March 2020", "2008", or "between December 2019 and March 11, 2020". */
export function describeWhen(e: KnownEvent): string {
  const say = (v: string) => formatPeriod(partialPeriod(v));
  return e.to ? `between ${say(e.from)} and ${say(e.to)}` : say(e.from);
}
