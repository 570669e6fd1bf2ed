import type { Article } from '../article.js';
import type { CheckId, DateCandidate, Evidence, MessageData, Severity } from '../report/schema.js';
import type { Day } from '../time/calendar.js';
import type { Knowledge } from '../knowledge/index-pack.js';

export interface PublicationDate {
  day: Day;
  candidate: DateCandidate;
}

/** What a check knows besides the article. There is no clock: dates come in, as in tests. */
export interface CheckContext {
  /** Publication-date candidates, most trusted first; empty when the page has none. */
  published: PublicationDate[];
  /** The latest date the page says it was published or updated: nothing after it can be past. */
  latest: Day | null;
  /** The knowledge pack (events and office-holders), when the caller supplied one. */
  knowledge: Knowledge | null;
}

/**
 * How a check describes itself, as ESLint's rule `meta` does: what the reader sees of it, and its
 * messages by id. A template's `{{name}}` is filled from the finding's data, so tests assert the id
 * and the data, never English wording.
 */
export interface CheckMeta<M extends string = string> {
  id: CheckId;
  title: string;
  description: string;
  messages: Record<M, string>;
  /**
   * The languages whose words the check reads (ISO 639-1), or "any" for a check that reads none
   * (metadata, repetition). On text in another language it does not run, and the report says so.
   */
  languages: 'any' | readonly string[];
}

export interface Draft<M extends string = string> {
  severity: Severity;
  messageId: M;
  data: MessageData;
  evidence: Evidence[];
}

/** One rule: its meta and a pure function of the article and the dates it is given. */
export interface Check<M extends string = string> {
  meta: CheckMeta<M>;
  run: (article: Article, ctx: CheckContext) => Array<Draft<M>>;
}

/** Fills `{{name}}` from the data; a name the data lacks stays visible rather than vanishing. */
export function renderMessage(template: string, data: MessageData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) => (name in data ? String(data[name]) : all));
}
