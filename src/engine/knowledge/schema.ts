import * as z from 'zod/mini';

/**
 * The knowledge pack: events and office-holders every reader knows, each with its source. Data,
 * not code: the JSON files in ./data are checked against this schema by a test and again on
 * receipt in the browser, where the pack travels with the audit request.
 */
const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** As precise as the sources are: a year, a month or a day. */
const IsoPartial = z.string().check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/));
const Qid = z.string().check(z.regex(/^Q\d+$/));
const Words = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

export const PersonSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** Title of the English Wikipedia article, the source of the terms below. */
  wikipedia: z.string().check(z.minLength(1)),
  wikidata: z.optional(Qid),
  /**
   * How the text may name the person after a title, fullest first; a bare surname only where no one else in
   * the news bears it. Each starts with a letter: names are sought where a word starts (`findNames`).
   */
  names: z.array(z.string().check(z.regex(/^\p{L}/u))).check(z.minLength(1)),
});
export type Person = z.infer<typeof PersonSchema>;

export const TermSchema = z.object({
  who: z.string(),
  from: IsoDay,
  /** The day the term ended (usually the day the successor took office); absent while it runs. */
  to: z.optional(IsoDay),
});
export type Term = z.infer<typeof TermSchema>;

/** A stretch between two terms with no holder in the pack: an acting holder, a vacancy. */
export const GapSchema = z.object({ from: IsoDay, to: IsoDay, note: z.string().check(z.minLength(1)) });

export const OfficeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** Title of the English Wikipedia article (the office, or the list of its holders). */
  wikipedia: z.string().check(z.minLength(1)),
  wikidata: z.optional(Qid),
  /** The office as a sentence names it: "prime minister of the United Kingdom". */
  name: z.string().check(z.minLength(1)),
  /** Title words written before a name, lower case: "prime minister", "premier". */
  titles: Words,
  /** Words before the title that say which office it is: "British", "U.K.", "Britain's". */
  qualifiers: z.array(z.string()),
  /**
   * The bare title stays with former holders by custom ("President Carter", "Secretary Clinton"):
   * only a qualified title ("U.S. President X") or an apposition ("X, the president") says the
   * person holds the office now.
   */
  courtesy: z.optional(z.boolean()),
  /** The title is part of a regnal name ("Pope Francis", "King Charles III") and never goes stale. */
  regnal: z.optional(z.boolean()),
  terms: z.array(TermSchema).check(z.minLength(1)),
  gaps: z.optional(z.array(GapSchema)),
});
export type Office = z.infer<typeof OfficeSchema>;

export const EventSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  wikipedia: z.string().check(z.minLength(1)),
  wikidata: z.optional(Qid),
  /** When it happened, or when it began: a day, a month or a year. */
  from: IsoPartial,
  /** The last day of a fuzzy beginning ("the pandemic began": December 2019 to March 2020). */
  to: z.optional(IsoPartial),
  /**
   * It lasted: "after X" counts from an end we do not model, so such an event anchors only "since", "into"
   * and "ago".
   */
  lasting: z.optional(z.boolean()),
  /** Phrases that name this event and no other: "the 9/11 attacks", "Hurricane Sandy". */
  names: Words,
  /**
   * Phrases that name it only in context ("the invasion", "the pandemic"): they resolve when the
   * text also says one of `context` and no other event with the same phrase fits.
   */
  cues: z.optional(z.array(z.string().check(z.minLength(1)))),
  context: z.optional(z.array(z.string().check(z.minLength(1)))),
});
export type KnownEvent = z.infer<typeof EventSchema>;

export const PackSchema = z.object({
  version: z.int().check(z.positive()),
  /** The latest date the sources support for the whole pack: terms running then have an unknown end. */
  asOf: IsoDay,
  people: z.array(PersonSchema),
  offices: z.array(OfficeSchema),
  events: z.array(EventSchema),
});
export type Pack = z.infer<typeof PackSchema>;
