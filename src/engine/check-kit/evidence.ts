import type { Article } from '../article.js';
import type { Evidence, EvidenceRole, Severity } from '../report/schema.js';

export function spanEvidence(article: Article, start: number, end: number): Evidence {
  const sentence = article.sentenceAt(start);
  return {
    text: article.text.slice(start, end),
    sentence: sentence?.text ?? article.text.slice(start, end),
    start,
    end,
  };
}

/** Evidence found outside the article text: a meta tag, a dateline the extractor set aside. */
export function externalEvidence(text: string, where: string): Evidence {
  return { text, sentence: where, start: null, end: null };
}

/** Words the article reports (a quote, an example) are worth a look at most. */
export function capIfReported(article: Article, start: number, end: number, severity: Severity): Severity {
  return article.isReported(start, end) ? 'low' : severity;
}

/** Says which piece is the claim and which the date it is checked against: the reader sees them marked apart. */
export function withRoles(claim: Evidence, ...references: Evidence[]): Evidence[] {
  if (!references.length) return [claim];
  const as = (e: Evidence, role: EvidenceRole): Evidence => ({ ...e, role });
  return [as(claim, 'claim'), ...references.map((e) => as(e, 'reference'))];
}
