import type { Unit } from '../time/calendar.js';
import type { Hedge } from '../time/durations.js';

/**
 * What the engine needs to know of a language to read its dates, its spans of time and its tenses.
 * A language is data (the words) and a few small functions where words alone do not say it (which
 * verb forms are a clear past). The modules beside this one (`dates.ts`, `durations.ts`, `tense.ts`,
 * `narration.ts`, `forecasts.ts`, `anchors.ts`) read any language through it, so that adding one is
 * writing one file: `de.ts` is the model.
 *
 * Words are written in lower case; patterns are matched case-insensitively and with Unicode word
 * edges (JavaScript's `\b` knows ASCII letters only). A string in a word list is literal text, a
 * `RegExp` or a field named `...Source` is a pattern.
 */
export interface Grammar {
  /** ISO 639-1. */
  code: string;
  calendar: CalendarWords;
  numbers: NumberWords;
  spans: SpanWords;
  tense: TenseWords;
  forecasts: ForecastWords;
  events: EventWords;
  sentences: SentenceWords;
  /** Where reported words begin: a verb of saying before a colon ("sagte:", "a déclaré :"). */
  reporting: RegExp;
}

export interface CalendarWords {
  /** Every written form of each month, January first: the name, its cases, abbreviations with their dot. */
  months: ReadonlyArray<readonly string[]>;
  /** Every written form of each weekday, Sunday first. */
  weekdays: ReadonlyArray<readonly string[]>;
  /** A day of the month as written before its month, the number in group 1: "12." (de), "1er" (fr). */
  daySource: string;
  /** Between the day and the month: "de" in Spanish ("18 de marzo"), a space elsewhere. */
  dayToMonthSource: string;
  /** Between the month and the year: "de" or "del" in Spanish ("marzo de 2025"). */
  monthToYearSource: string;
  /** The word a year may carry after it and that makes a number a year: "года", "г.", "року", "р.". */
  yearWordSource?: string;
  /** Between a weekday and the date it names: ", den" (de), "le" (fr), "el" (es). */
  weekdayToDateSource: string;
  /** What joins the days of a list or range written with one month: "1. und 2. Juli", "du 3 au 5 juin". */
  dayListSource: string;
  /** Before a weekday, the words that make it the end of a list or range of weekdays ("Montag bis Freitag"). */
  weekdayListBefore: RegExp;
  /** Right before a bare four-digit number, words that make it a year whatever follows ("im Jahr", "seit"). */
  yearBefore: RegExp;
  /** Right before a bare four-digit number, words that make it a year only if no count follows ("bis", "von"). */
  yearMaybeBefore: RegExp;
  /** Right after a four-digit number, what makes it a count ("2000 Menschen", "1500 euros"). */
  countAfter: RegExp;
  /**
   * A bare year that belongs to the noun before it, as the language marks it: "l'élection de 2017",
   * "la crisis de 2008", "выборы 2021 года" (a genitive with no preposition). It dates the thing; it
   * narrates nothing.
   */
  ofANoun?: (before: string, yearWord: string | undefined) => boolean;
}

export interface NumberWords {
  /** Number words and their inflected forms: "elf", "onze", "одиннадцать", "двух". */
  words: Readonly<Record<string, number>>;
}

export interface SpanWords {
  /** Every form of each unit of time: "Monaten" → month, "лет" → year. */
  units: Readonly<Record<string, Unit>>;
  /** Forms that mean one unit without a number: "год назад", "року тому". */
  oneUnit?: readonly string[];
  /** A half unit as one word: "полгода", "півроку". */
  halfUnit?: Readonly<Record<string, Unit>>;
  /** "a half" before a unit: "einem halben Jahr", "medio año". */
  halfBeforeSource?: string;
  /** "and a half" after a unit: "un an et demi", "dos años y medio". */
  andHalfSource?: string;
  /** Hedges before the number and how they widen it: "fast" → at most, "mehr als" → at least. */
  hedges: Readonly<Record<string, Hedge>>;
  /** Vague amounts and the range they allow: "einigen" → 2 to 5. */
  vague: Readonly<Record<string, readonly [number, number]>>;
  /** "ago" before the span ("vor", "il y a", "hace") and after it ("назад", "тому"). */
  agoBefore: readonly string[];
  agoAfter: readonly string[];
  /** A state counted to the writing, before the span: "seit", "depuis", "desde hace". */
  sinceBefore: readonly string[];
  /** Right after the span, what makes it no claim about time: "il y a deux ans d'écart" (a difference). */
  notAfter?: RegExp;
}

export interface TenseWords {
  /** Where in a clause a verb form is a clear past: the offsets of each such form. */
  pastForms(clause: string): Array<{ start: number; end: number }>;
  /**
   * A verb form that narrates the past of a state ("lebte seit", "vivait depuis"): a span "since" then counts to a
   * narrated moment.
   */
  narratedPast: RegExp;
  /**
   * A word right beside a date that is a past verb by its shape alone: the German verb of a fronted
   * date ("Am 3. Juli tagte der Rat") or before it ("Der Rat tagte am 3. Juli"), a Spanish "-ó".
   */
  pastBeside?: (word: string) => boolean;
  /** Between a past verb and a date, an infinitive that the date belongs to instead: "de consacrer", "выделить". */
  infinitive: RegExp;
  /** Future and expectation: "wird", "soll", "sera", "будет". */
  future: RegExp;
  /** Condition and possibility: "wenn", "würde", "si", "бы". */
  conditional: RegExp;
  /** An expectation told as history: "war geplant", "devait", "планировалось". */
  pastExpectation: RegExp;
  /** Right before a date, words that make it a target or deadline, not when something happened: "bis", "jusqu'au". */
  targetBefore: RegExp;
  /**
   * Words of the moment of writing ("jetzt", "maintenant"): a perfect beside them tells of now, whatever date its
   * clause holds.
   */
  now: RegExp;
  /** Right before a date, words that count from it ("seit", "depuis"): what follows is past. */
  sinceBefore: RegExp;
  /** Where a clause ends: subordinators and relative pronouns after which another verb governs. */
  clauseBreak: RegExp;
}

export interface ForecastWords {
  /**
   * Future and expectation that look ahead from the writing: "wird", "soll", "durera". Not the forms of
   * reported speech ("werde"), which tell what someone expected then.
   */
  marker: RegExp;
  /**
   * Right before a year, the words that make it the period an expectation is about: "bis Ende", "jusqu'à la fin de".
   */
  target: RegExp;
  /**
   * Between the expectation and the year, words that move the year out of it: "als" (than), "seit", a relative clause.
   */
  breaks: RegExp;
  /**
   * A future that also narrates the past ("il deviendra président en 1995", the historical future):
   * it looks ahead only to a period that ended at most a year before publication, alone in its sentence.
   */
  narrativeFuture?: RegExp;
  /** Right after the year, words that make it another thing's date: "die 2019 eingeführte Regel". */
  afterYear: RegExp;
  /** Right before the year, a calendar that ends after the year it is named by: "Geschäftsjahr", "saison". */
  otherCalendar: RegExp;
}

export interface EventWords {
  /** Nouns of events a span of time is counted from, as stems: "krieg", "invasion", "вторжени". */
  stems: readonly string[];
  /** True where a compound ends with its head ("Ukrainekrieg"): a stem is then sought at the end of a word. */
  compounds: boolean;
  /** Between an event's noun and its date, the words allowed: a verb of beginning, a preposition, an article. */
  toDate: RegExp;
  /** Between a date and the event's noun after it: "Im Februar 2022 begann die Invasion". */
  fromDate: RegExp;
  /** Between a span and a date written beside it: "vor elf Monaten, im Februar 2022". */
  beside: RegExp;
}

export interface SentenceWords {
  /** Abbreviations whose dot does not end a sentence ("z. B.", "Nr.", "M.", "г."), without the dot. */
  abbreviations: readonly string[];
  /** Words that follow an ordinal written with a dot ("19. Jahrhundert"), besides month and weekday names. */
  afterOrdinal?: readonly string[];
}
