import * as z from 'zod/mini';
import { CheckIdSchema, ReportSchema } from '../engine/report/schema.js';
import { PackSchema } from '../engine/knowledge/schema.js';
import { MAX_SENTENCE_CHARS } from '../engine/text/sentences.js';

/** A sentence as the engine reads it, at most MAX_SENTENCE_CHARS long. */
const ClauseSchema = z.string().check(z.maxLength(MAX_SENTENCE_CHARS));
/** More clauses than any page at the content script's budget asks about at once. */
export const MAX_CLAUSES = 20_000;
/**
 * The tagger's readings as pairs, a clause and its past-tense verbs: a plain object keyed by page
 * text could be `__proto__`.
 */
const ReadingSchema = z.tuple([ClauseSchema, z.array(z.string().check(z.maxLength(200)))]);
export const TaggedSchema = z.array(ReadingSchema).check(z.maxLength(MAX_CLAUSES));
export type Tagged = z.infer<typeof TaggedSchema>;

/**
 * Every message between popup, content script and background, validated on receipt: a page can
 * post messages too, and nothing malformed is ever acted on.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  // The knowledge pack travels with the request: the content script stays small, and loads it only when asked.
  // So do the tagger's readings of the clauses an earlier audit of the page asked about (`needs-tagger`).
  z.object({
    type: z.literal('telltale:audit'),
    disabled: z.array(CheckIdSchema),
    knowledge: z.optional(PackSchema),
    tagged: z.optional(TaggedSchema),
  }),
  z.object({ type: z.literal('telltale:reveal'), findingId: z.string().check(z.maxLength(100)) }),
  z.object({ type: z.literal('telltale:reveal-point'), index: z.int().check(z.nonnegative(), z.maximum(10_000)) }),
  z.object({ type: z.literal('telltale:clear') }),
  // From the background, on the next/previous-finding shortcut: the page steps through its highlights.
  z.object({ type: z.literal('telltale:step'), by: z.union([z.literal(1), z.literal(-1)]) }),
  z.object({ type: z.literal('telltale:ping') }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const AuditReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    report: ReportSchema,
    /** The findings and clock points (by index) that were found on the page and can be shown there. */
    highlighted: z.array(z.string()),
    pointsOnPage: z.array(z.int().check(z.nonnegative())),
    /** From the request to the highlights drawn: reading the page, the audit and the painting. */
    pageMs: z.number().check(z.nonnegative()),
    /** Some evidence was read from the page, and the page no longer held it there when painting. */
    changed: z.boolean(),
    /** How the article's paragraphs were found on the page: by their own text nodes, by their text, or not at all. */
    found: z.object({
      nodes: z.int().check(z.nonnegative()),
      aligned: z.int().check(z.nonnegative()),
      missing: z.int().check(z.nonnegative()),
    }),
  }),
  // `needs-tagger`: the page has sentences only the tagger reads (`clauses`); the popup tags them
  // and asks again with its readings.
  z.object({
    ok: z.literal(false),
    reason: z.enum(['no-article', 'failed', 'needs-tagger']),
    message: z.string(),
    clauses: z.optional(z.array(ClauseSchema).check(z.maxLength(MAX_CLAUSES))),
  }),
]);
export type AuditReply = z.infer<typeof AuditReplySchema>;

/** `changed`: what was to be shown is no longer where the audit read it; the reader should re-run. */
export const AckSchema = z.object({ ok: z.boolean(), changed: z.optional(z.boolean()) });
export type Ack = z.infer<typeof AckSchema>;

/** Parses a message or says why not; callers log and drop what fails. */
export function parseRequest(message: unknown): Request | null {
  const r = RequestSchema.safeParse(message);
  if (!r.success) console.warn('Telltale: ignored a malformed message', r.error.issues[0]?.message);
  return r.success ? r.data : null;
}
