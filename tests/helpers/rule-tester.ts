import { describe, expect, it } from 'vitest';
import { buildArticle, type Article } from '../../src/engine/article.js';
import type { Check, Draft } from '../../src/engine/check-kit/types.js';
import type { Byline, DateCandidate, EvidenceRole, MessageData, Severity } from '../../src/engine/report/schema.js';
import { buildContext } from '../../src/engine/time/context.js';
import { indexPack } from '../../src/engine/knowledge/index-pack.js';
import { PACK } from '../../src/engine/knowledge/pack.js';
import { extractText } from '../../src/extract/text.js';
import { tagPastTense } from '../../src/engine/text/tagger.js';

/** One case: a plain-text article (datelines and bylines in it are read as such), and dates from metadata. */
export interface Case {
  text: string;
  /** Publication date as the page's metadata would give it. */
  published?: string;
  modified?: string;
  /** More of what a page's metadata says, as extraction would hand it over. */
  metadata?: { dates?: DateCandidate[]; bylines?: Byline[] };
  name?: string;
  /** The language the page declares (`<html lang>`): a short text needs it to be read as other than English. */
  lang?: string;
}

/** One expected finding, as ESLint's RuleTester states an error: which message, how severe, which words. */
export interface ExpectedFinding {
  messageId: string;
  severity: Severity;
  /** The exact words of each piece of evidence, in order: what the reader sees highlighted. */
  evidence: string[];
  /** Values the message must be filled with (a subset of the finding's data). */
  data?: MessageData;
  /**
   * Each piece of evidence's role, in order ("-" for none): which is the claim, which the date it is checked
   * against.
   */
  roles?: Array<EvidenceRole | '-'>;
}

export interface InvalidCase extends Case {
  /** Every finding the check raises, in its order: one more or one fewer fails the case. */
  findings: ExpectedFinding[];
}

export interface ValidCase extends Case {
  /** The check may raise findings of at most this severity (for quoted or reported text). */
  atMost?: Severity;
}

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

export function articleOf(c: Case): Article {
  const input = extractText(c.text, c.name ?? 'case');
  const dates: DateCandidate[] = [...input.dates];
  if (c.published)
    dates.push({ value: c.published, kind: 'published', source: 'meta:article:published_time', text: c.published });
  if (c.modified)
    dates.push({ value: c.modified, kind: 'modified', source: 'meta:article:modified_time', text: c.modified });
  dates.push(...(c.metadata?.dates ?? []));
  const bylines = [...input.bylines, ...(c.metadata?.bylines ?? [])];
  return buildArticle({ ...input, dates, bylines, lang: c.lang ?? null }, tagPastTense);
}

/** The check under test alone, not the audit: if it throws, the case fails. */
export function runCheck(check: Check, c: Case): { article: Article; drafts: Draft[] } {
  const article = articleOf(c);
  return { article, drafts: check.run(article, buildContext(article, indexPack(PACK))) };
}

/** What is wrong with a check on a valid case: every finding above what the case allows. */
export function validProblems(check: Check, c: ValidCase): string[] {
  const limit = RANK[c.atMost ?? 'info'];
  const { drafts } = runCheck(check, c);
  return drafts
    .filter((d) => RANK[d.severity] > limit || (!c.atMost && d.severity !== 'info'))
    .map((d) => `unexpected ${d.severity} ${d.messageId}: ${d.evidence.map((e) => e.text).join(' | ')}`);
}

/** What is wrong with a check on an invalid case: any finding more, fewer or other than listed. */
export function invalidProblems(check: Check, c: InvalidCase): string[] {
  const { article, drafts } = runCheck(check, c);
  const show = (f: { messageId: string; severity: string; evidence: string[] }) =>
    `${f.severity} ${f.messageId} «${f.evidence.join('» «')}»`;
  const got = drafts.map((d) =>
    show({ messageId: d.messageId, severity: d.severity, evidence: d.evidence.map((e) => e.text) }),
  );
  const want = c.findings.map(show);
  if (got.join('\n') !== want.join('\n'))
    return [`expected\n  ${want.join('\n  ')}\ngot\n  ${got.join('\n  ') || '(nothing)'}`];
  const problems: string[] = [];
  drafts.forEach((d, i) => {
    const template = check.meta.messages[d.messageId];
    if (template === undefined) problems.push(`message id ${d.messageId} is not in the check's meta`);
    // Every {{name}} of the template is filled (the data itself may quote braces: "{{event_name}}").
    else if ([...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].some((m) => !(m[1]! in d.data)))
      problems.push(`message ${d.messageId} has an unfilled {{name}}`);
    for (const [key, value] of Object.entries(c.findings[i]!.data ?? {})) {
      if (d.data[key] !== value)
        problems.push(`data.${key} is ${JSON.stringify(d.data[key])}, expected ${JSON.stringify(value)}`);
    }
    const roles = c.findings[i]!.roles;
    const got = d.evidence.map((e) => e.role ?? '-');
    if (roles && got.join(' ') !== roles.join(' '))
      problems.push(`roles are ${got.join(' ')}, expected ${roles.join(' ')}`);
    // Offsets name the very words quoted: what the page map highlights.
    for (const e of d.evidence)
      if (e.start !== null && article.text.slice(e.start, e.end!) !== e.text)
        problems.push(`offsets ${e.start}-${e.end} do not hold «${e.text}»`);
  });
  return problems;
}

/** The check gone wrong in the two ways its tests must catch: it throws, or it quotes whole sentences. */
function mutants(check: Check): { throws: Check; widened: Check } {
  return {
    throws: {
      meta: check.meta,
      run: () => {
        throw new Error('mutant');
      },
    },
    widened: {
      meta: check.meta,
      run(article, ctx) {
        return check.run(article, ctx).map((d) => ({
          ...d,
          evidence: d.evidence.map((e) => {
            const s = e.start === null ? undefined : article.sentenceAt(e.start);
            return s ? { ...e, text: s.text, start: s.start, end: s.end } : e;
          }),
        }));
      },
    },
  };
}

const problemsOf = (run: () => string[]): string[] => {
  try {
    return run();
  } catch (error) {
    return [`threw: ${(error as Error).message}`];
  }
};

/**
 * ESLint's RuleTester, for checks: valid cases raise nothing, invalid ones exactly the findings
 * listed, with the exact words, severity and count. It also proves its own cases can fail: a copy
 * of the check that throws, or that quotes whole sentences, must fail them.
 */
export function ruleTester(check: Check, cases: { valid: Array<ValidCase | string>; invalid: InvalidCase[] }): void {
  const valid = cases.valid.map((raw): ValidCase => (typeof raw === 'string' ? { text: raw } : raw));
  describe(check.meta.id, () => {
    describe('valid', () => {
      for (const c of valid) it(c.name ?? c.text.slice(0, 80), () => expect(validProblems(check, c)).toEqual([]));
    });
    describe('invalid', () => {
      for (const c of cases.invalid)
        it(c.name ?? c.text.slice(0, 80), () => expect(invalidProblems(check, c)).toEqual([]));
    });
    describe('the cases can fail', () => {
      const { throws, widened } = mutants(check);
      it('a check that throws fails every case', () => {
        for (const c of valid) expect(problemsOf(() => validProblems(throws, c))).not.toEqual([]);
        for (const c of cases.invalid) expect(problemsOf(() => invalidProblems(throws, c))).not.toEqual([]);
      });
      it('a check that quotes whole sentences fails the cases whose words are narrower', () => {
        for (const c of cases.invalid) {
          const narrower = c.findings.some((f) =>
            f.evidence.some((text) => {
              const { article } = runCheck(check, c);
              return article.sentences.every((s) => s.text !== text) && article.text.includes(text);
            }),
          );
          if (narrower)
            expect(
              problemsOf(() => invalidProblems(widened, c)),
              c.name ?? c.text,
            ).not.toEqual([]);
        }
      });
    });
  });
}
