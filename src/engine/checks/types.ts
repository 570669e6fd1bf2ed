import type { Article } from '../article.js';
import type { CheckId, DateCandidate, Evidence, Severity } from '../report/schema.js';
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

export interface Draft {
  severity: Severity;
  message: string;
  evidence: Evidence[];
}

/** One rule: its id, how the popup names it, what it means, and a pure function. */
export interface Check {
  id: CheckId;
  title: string;
  description: string;
  run(article: Article, ctx: CheckContext): Draft[];
}
