import type { Article } from '../article.js';
import { isEventNoun } from '../lexicon/event-nouns.js';
import type { DateMention } from './dates.js';

/**
 * One event, two days: "the attack on December 31" in one sentence, "the attack early Saturday
 * morning" in another. An event noun beside a day of the month dates the event; the same noun
 * beside a weekday places it on that weekday, at a time of day when the words give one.
 */
export interface EventDay {
  /** The event's noun, singular ("attack" for "attacks" and "attacked"). */
  kind: string;
  mention: DateMention;
}

export interface EventWeekday {
  kind: string;
  /** The weekday phrase as written: "early Saturday morning". */
  start: number;
  end: number;
  weekday: number;
  /** The hours of the day the phrase allows, from midnight. */
  hours: [number, number];
}

const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** "early Saturday morning", "late on Friday", "Saturday's", "Friday night". */
const WEEKDAY_PHRASE = new RegExp(
  String.raw`\b(?:(early|late)\s+(?:on\s+)?)?(sun|mon|tues|wednes|thurs|fri|satur)day(?:['’]s)?` +
    String.raw`(?:\s+(morning|afternoon|evening|night))?\b`,
  'gi',
);
/** The hours each word allows; "early" and "late" narrow the part of the day they stand with. */
const HOURS: Record<string, [number, number]> = {
  morning: [0, 12],
  afternoon: [12, 18],
  evening: [18, 24],
  night: [18, 24],
  early: [0, 6],
  late: [18, 24],
};
/**
 * Between an event noun and its weekday or day: "the attack early Saturday", "the raid on Friday", "the storm
 * of March 3".
 */
const LINK_BEFORE = /\s+(?:on|of|in)\s*$/i;
/** "Saturday's attack", "the December 31 attack": the noun right after, or one word further. */
const WORDS_AFTER = /^\s+([a-z]+)(?:\s+([a-z]+))?/i;

/**
 * An event noun, or the verb made from it ("attacked", "raided"), as one word: the same event is
 * named the same way, not by another of its kind ("the election" and "the referendum" may be two).
 */
function kindOf(word: string): string | null {
  const w = word.toLowerCase();
  for (const form of [w, w.replace(/(?<=[a-z]{3})ed$/, '')]) {
    if (isEventNoun(form)) return form.replace(/(?<=[a-z]{3})s$/, '');
  }
  return null;
}

/**
 * The event noun right before the phrase ("the attack early Saturday", "the raid on Friday"), or after it
 * ("Saturday's attack").
 */
function eventKind(article: Article, start: number, end: number, from: number, to: number): string | null {
  const before = article.text.slice(Math.max(from, start - 40), start).replace(LINK_BEFORE, '');
  const last = /([a-z]+)\s*$/i.exec(before);
  const kind = last && kindOf(last[1]!);
  if (kind) return kind;
  const after = WORDS_AFTER.exec(article.text.slice(end, Math.min(to, end + 30)));
  return (after && (kindOf(after[1]!) ?? (after[2] ? kindOf(after[2]) : null))) ?? null;
}

/** Every event noun dated to a day of the month: the day, and the event's kind. */
export function eventDays(article: Article): EventDay[] {
  const out: EventDay[] = [];
  for (const m of article.dateMentions) {
    if (m.month === undefined || m.day === undefined || m.weekday !== undefined) continue;
    const s = article.sentenceAt(m.start);
    const kind = s && eventKind(article, m.start, m.end, s.start, s.end);
    if (kind) out.push({ kind, mention: m });
  }
  return out;
}

/** Every event noun placed on a weekday, outside any written date ("Saturday, March 5" is the weekday check's). */
export function eventWeekdays(article: Article): EventWeekday[] {
  const out: EventWeekday[] = [];
  for (const s of article.sentences) {
    if (!/day\b/i.test(s.text)) continue;
    const dates = article.mentionsIn(s);
    for (const w of s.text.matchAll(WEEKDAY_PHRASE)) {
      const start = s.start + w.index;
      const end = start + w[0].length;
      if (dates.some((m) => m.start < end && m.end > start)) continue;
      const kind = eventKind(article, start, end, s.start, s.end);
      if (!kind) continue;
      const part = w[3] ? HOURS[w[3].toLowerCase()]! : [0, 24];
      const edge = w[1] ? HOURS[w[1].toLowerCase()]! : [0, 24];
      const hours: [number, number] = [Math.max(part[0]!, edge[0]!), Math.min(part[1]!, edge[1]!)];
      out.push({
        kind,
        start,
        end,
        weekday: WEEKDAYS.indexOf(w[2]!.toLowerCase()),
        hours: hours[0] < hours[1] ? hours : [0, 24],
      });
    }
  }
  return out;
}
