import * as z from 'zod/mini';

/** The report contract shared by the CLI, the popup and the tests (DESIGN.md). */
export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const CHECK_IDS = [
  'date-conflict',
  'elapsed-time',
  'stale-future',
  'future-event',
  'weekday-mismatch',
  'invalid-date',
  'age-mismatch',
  'ai-disclosure',
  'chatbot-artifact',
  'byline-mismatch',
  'repeated-text',
  'stale-title',
  'old-text',
] as const;
export const CheckIdSchema = z.enum(CHECK_IDS);
export type CheckId = z.infer<typeof CheckIdSchema>;

export const EVIDENCE_ROLES = ['claim', 'reference'] as const;
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];

export const EvidenceSchema = z.object({
  text: z.string(),
  sentence: z.string(),
  /** Offsets into the article text; null for evidence from outside it (metadata, a dropped dateline). */
  start: z.nullable(z.int().check(z.nonnegative())),
  end: z.nullable(z.int().check(z.nonnegative())),
  /**
   * For a finding that checks one thing against another: `claim` is what is wrong ("11 months ago"),
   * `reference` the date it is checked against ("February 2022"). Absent where the evidence is all claim.
   */
  role: z.optional(z.enum(EVIDENCE_ROLES)),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** What fills a message template: numbers and short strings (dates, names, the quoted words). */
export const MessageDataSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageData = z.infer<typeof MessageDataSchema>;

export const FindingSchema = z.object({
  id: z.string(),
  check: CheckIdSchema,
  severity: SeveritySchema,
  /** Which of the check's messages, and what filled it: what tests and translations hold on to. */
  messageId: z.string(),
  data: MessageDataSchema,
  message: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

export const DATE_KINDS = ['published', 'modified'] as const;
export const DateCandidateSchema = z.object({
  value: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  kind: z.enum(DATE_KINDS),
  source: z.string(),
  text: z.string(),
});
export type DateCandidate = z.infer<typeof DateCandidateSchema>;

export const BylineSchema = z.object({ name: z.string(), source: z.string(), text: z.string() });
export type Byline = z.infer<typeof BylineSchema>;

const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const SpanOfDaysSchema = z.object({ from: IsoDay, to: IsoDay });
export type SpanOfDays = z.infer<typeof SpanOfDaysSchema>;

export const CLOCK_KINDS = ['published', 'modified', 'date', 'implied', 'forecast', 'office', 'calendar'] as const;
export const ClockPointSchema = z.object({
  kind: z.enum(CLOCK_KINDS),
  /**
   * When the point is: the date itself, where a claim lands, the period a forecast is about, the term of an
   * office named as held.
   */
  from: IsoDay,
  to: IsoDay,
  /** For a claim counted from another date ("11 months after February 2022"): that date. */
  anchor: z.nullable(SpanOfDaysSchema),
  /** What the point says about when the text was written: after it, before its end, within it. */
  bound: z.nullable(z.enum(['after', 'before', 'within'])),
  label: z.string(),
  evidence: EvidenceSchema,
});
export type ClockPoint = z.infer<typeof ClockPointSchema>;

/** The article's own sense of time (issue 7): its dated points and when they say it was written. */
export const ClockSchema = z.object({
  estimated: z.nullable(
    z.extend(SpanOfDaysSchema, { agreeing: z.int().check(z.positive()), claims: z.int().check(z.positive()) }),
  ),
  points: z.array(ClockPointSchema),
});
export type Clock = z.infer<typeof ClockSchema>;

export const AuditErrorSchema = z.object({ check: z.union([CheckIdSchema, z.literal('clock')]), message: z.string() });
export type AuditError = z.infer<typeof AuditErrorSchema>;

/**
 * Why a check (or the clock) did not run on a page: switched off, the page's language is one its
 * grammar does not read, or the audit's time ran out before it (the extension's budget).
 */
export const NOT_RUN_REASONS = ['disabled', 'language', 'time'] as const;
export const NotRunSchema = z.object({
  check: z.union([CheckIdSchema, z.literal('clock')]),
  reason: z.enum(NOT_RUN_REASONS),
});
export type NotRun = z.infer<typeof NotRunSchema>;

export const ReportSchema = z.object({
  source: z.string(),
  title: z.nullable(z.string()),
  /** The language the article's text was read as (ISO 639-1, or "und" when no reading was possible). */
  language: z.string(),
  publishedAt: z.nullable(z.string()),
  dates: z.array(DateCandidateSchema),
  bylines: z.array(BylineSchema),
  findings: z.array(FindingSchema),
  clock: ClockSchema,
  /** A check or the clock that failed on this page: never to be mistaken for "nothing found". */
  errors: z.array(AuditErrorSchema),
  /** Checks that did not run on this page, and why: a silent check is never a clean bill. */
  notRun: z.array(NotRunSchema),
  stats: z.object({
    sentences: z.int().check(z.nonnegative()),
    chars: z.int().check(z.nonnegative()),
    ms: z.number().check(z.nonnegative()),
  }),
  /** Present when the input was too large to audit whole: the text was audited from its start, this far. */
  truncated: z.optional(z.object({ coveredChars: z.int(), totalChars: z.int() })),
  /**
   * Present when sentences whose tense only the tagger reads were read without it (the extension
   * asks for it only when a page needs it): findings that rest on their tense may be missing.
   */
  untagged: z.optional(z.object({ sentences: z.int().check(z.positive()) })),
  /** Present when the report's size limits (`report/bounds.ts`) left findings or evidence out: how many. */
  omitted: z.optional(z.object({ findings: z.int().check(z.nonnegative()), evidence: z.int().check(z.nonnegative()) })),
});
export type Report = z.infer<typeof ReportSchema>;

/** What the CLI prints, in --json mode, for an input it could not audit. */
export const InputErrorSchema = z.object({ source: z.string(), error: z.string() });
export type InputError = z.infer<typeof InputErrorSchema>;
