import type { Article } from '../article.js';
import type { Severity } from '../report/schema.js';
import { LEFTOVER_LEXICONS } from '../lexicon/leftovers/index.js';
import type { LeftoverLexicon, Signal } from '../lexicon/leftovers/types.js';
import { neededWords, prefilter } from './needed-words.js';
import { perObject } from './memo.js';
import { unionGate } from './union-gate.js';
import type { Sentence } from './sentences.js';

/**
 * Sentences in which the writer speaks as the tool that made the text, to whoever asked for it,
 * or about the making of it. Each sign a language's lexicon finds counts once per sentence, with
 * its weight; the sentences around a sure leftover lend it to weaker ones ("Let me know if you
 * would like changes" after "As an AI language model"). Reported words, a chatbot transcript the
 * page shows, and a template the page teaches are someone else's: low at most.
 */
export interface Leftover {
  sentence: Sentence;
  /** The signs found in the sentence, strongest first. */
  signals: Signal[];
  /** The sentence's own weight and the weight its surroundings add. */
  score: number;
  severity: Severity;
  /** The leftover words: from the first sign to the last (with an opening "Sure!" before them). */
  start: number;
  end: number;
}

/**
 * What each sign weighs. A sure sign (a machine naming itself, a program's residue, an unfilled
 * variable) is a leftover alone; the rest count only together, as the act needs them: someone
 * asked (commission), for a text made from something given (given, input), which the writer makes
 * (making) or cannot make (inability).
 */
export const WEIGHTS: Readonly<Record<Signal, number>> = {
  machine: 3.5,
  residue: 3.5,
  placeholder: 3.5,
  furniture: 3.5,
  field: 2.5,
  offline: 1.5,
  refusal: 2,
  commission: 2,
  given: 2,
  reasoning: 2,
  preamble: 2,
  request: 1.5,
  closer: 1,
  opening: 1,
  self: 1,
  tool: 1,
  inability: 1,
  impossible: 1,
  input: 1,
  making: 1,
  format: 1,
  yours: 1,
  persona: 1,
  citation: 0, // 3.5 on a page that numbers its markers from zero, see below
};

/**
 * What a sign can do. An act is a leftover's core: a sentence needs one to be more than worth a
 * look. A lean sign (a reply's close, a note on the text) stands only beside a sure leftover on
 * the page. The rest only add: "write an article" and "the topic" are any writing guide's words.
 */
const ACTS: ReadonlySet<Signal> = new Set([
  ...([
    'machine',
    'residue',
    'placeholder',
    'furniture',
    'field',
    'offline',
    'refusal',
    'commission',
    'given',
  ] as const),
  ...(['request', 'reasoning', 'preamble', 'inability', 'citation'] as const),
]);
const LEANS: ReadonlySet<Signal> = new Set(['closer', 'self', 'yours', 'persona']);
/** Without an act, three signs together are worth a look at most. */
const SIGNS_WITHOUT_ACT = 3;

/** Severity by score: a sure sign alone is high; two weaker ones together are worth a look. */
const HIGH = 3.5;
const MEDIUM = 3;
const LOW = 2.5;
/** A sentence with an act that scores this much on its own lends weight to those around it. */
const SURE = 3;
/** What a sure leftover elsewhere on the page, and one a sentence or two away, add to a sentence that has a sign. */
const PAGE_CONTEXT = 1;
const NEAR_CONTEXT = 1;
const NEAR = 2;
/** A weaker act near lends half: "It looks like you pasted a caption." then "Could you paste the report?". */
const ACT_NEAR = 1.5;
/** Signs that a template the page teaches explains: "[Company Name]" in a guide to press releases. */
const TEMPLATE_SIGNS: ReadonlySet<Signal> = new Set(['placeholder', 'furniture', 'field']);

interface Compiled {
  signal: Signal;
  global: RegExp;
  mayMatch: (text: string) => boolean;
}

/**
 * Signs that only add to others ("write an article", "the topic", "markdown"): sought only in the
 * sentences where another sign stands, which spares reading every page for words any page has.
 */
const SUPPORT: ReadonlySet<Signal> = new Set(['making', 'input', 'format', 'opening']);

const always = () => true;
/**
 * Whether to ask first which strings a text holds: only when the pattern needs a rare one. Every
 * string asked about is sought in every text, and short common ones ("you", "the") would cost the
 * search more than the patterns they spare.
 */
const RARE = 5;
function worthAsking(re: RegExp): boolean {
  const rarest = neededWords(re)?.[0];
  return rarest !== undefined && rarest.every((w) => w.length >= RARE);
}

const compiled = perObject<LeftoverLexicon, Compiled[]>();
const compile = (lexicon: LeftoverLexicon): Compiled[] =>
  compiled(lexicon, () => {
    const patterns = Object.entries(lexicon.signals).flatMap(([signal, list]) =>
      list.map((re) => ({ signal: signal as Signal, re })),
    );
    // Support signs are sought only near others: never in the whole text, so never asked about.
    const first = prefilter();
    const together = unionGate(patterns.filter((p) => !SUPPORT.has(p.signal) && !worthAsking(p.re)).map((p) => p.re));
    return patterns.map(({ signal, re }) => ({
      signal,
      global: new RegExp(re.source, `${re.flags.replace(/[gm]/g, '')}gm`),
      mayMatch: SUPPORT.has(signal) ? always : worthAsking(re) ? first.mayMatch(re) : together.mayMatch(re),
    }));
  });

interface Hit {
  signal: Signal;
  start: number;
  end: number;
}

const leftovers = perObject<Article, Leftover[]>();
export const findLeftovers = (article: Article): Leftover[] => leftovers(article, () => read(article));

function read(article: Article): Leftover[] {
  const lexicon = LEFTOVER_LEXICONS[article.language] ?? LEFTOVER_LEXICONS.en!;
  const index = new Map(article.sentences.map((s, i) => [s, i]));
  const hits = new Map<number, Hit[]>();
  let zeroNumbered = false;
  const add = (signal: Signal, m: RegExpMatchArray, base: number) => {
    const at = base + m.index!;
    // A match is the sentence's it ends in: "Sure! Here's an article" is the second sentence's, opened by the first.
    const s = article.sentenceAt(at + Math.max(0, m[0].trimEnd().length - 1));
    if (!s) return;
    if (signal === 'citation' && lexicon.zeroCitation.test(m[0])) zeroNumbered = true;
    const i = index.get(s)!;
    const list = hits.get(i) ?? [];
    const lead = m[0].length - m[0].trimStart().length;
    list.push({ signal, start: at + lead, end: at + m[0].trimEnd().length });
    hits.set(i, list);
  };
  const patterns = compile(lexicon);
  for (const { signal, global, mayMatch: may } of patterns) {
    if (SUPPORT.has(signal) || !may(article.text)) continue;
    for (const m of article.text.matchAll(global)) add(signal, m, 0);
  }
  // Support signs in the sentences that have another sign, and in the one before (an opening "Sure!").
  const near = new Set([...hits.keys()].flatMap((i) => [i - 1, i]).filter((i) => i >= 0));
  for (const i of near) {
    const s = article.sentences[i]!;
    const text = article.text.slice(s.start, Math.min(article.sentences[i + 1]?.end ?? s.end, article.text.length));
    for (const { signal, global } of patterns) {
      if (!SUPPORT.has(signal)) continue;
      for (const m of text.matchAll(global)) if (m.index < s.end - s.start) add(signal, m, s.start);
    }
  }
  const weight = (signal: Signal) => (signal === 'citation' && zeroNumbered ? WEIGHTS.residue : WEIGHTS[signal]);

  if (!hits.size) return [];
  const frames = {
    transcript: firstSentenceOf(article, lexicon.frames.transcript),
    template: firstSentenceOf(article, lexicon.frames.template),
  };
  const drafts = [...hits].map(([i, list]) => {
    const s = article.sentences[i]!;
    const signals = [...new Set(list.map((h) => h.signal))].sort((a, b) => weight(b) - weight(a));
    const own = signals.reduce((sum, signal) => sum + weight(signal), 0);
    const strongest = list.filter((h) => h.signal === signals[0]).sort((a, b) => a.start - b.start)[0]!;
    const start = Math.min(...list.map((h) => h.start));
    const end = Math.max(...list.map((h) => h.end));
    const act = signals.some((signal) => ACTS.has(signal) && weight(signal) > 0);
    const lean = signals.some((signal) => LEANS.has(signal));
    const reported =
      article.isReported(strongest.start, strongest.end) ||
      // An unfilled "[Name]" is a template's, whoever the sentence says is speaking.
      (!TEMPLATE_SIGNS.has(signals[0]!) &&
        attributed(lexicon, article.text.slice(s.start, start), article.text.slice(end, s.end))) ||
      (frames.transcript !== null && frames.transcript <= i) ||
      (frames.template !== null && signals.every((signal) => TEMPLATE_SIGNS.has(signal) || weight(signal) < LOW));
    return { i, s, signals, own, start, end, reported, act, lean };
  });

  const sure = drafts.filter((d) => !d.reported && d.act && d.own >= SURE).map((d) => d.i);
  return drafts
    .flatMap((d): Leftover[] => {
      // Context lends weight to a sentence with an act of its own, or with a lean sign.
      const lends = d.act || d.lean;
      const page = lends && sure.some((j) => j !== d.i) ? PAGE_CONTEXT : 0;
      // A sure leftover near lends its full weight; another act near, half (two weak acts in a row make one).
      const nearby = drafts.filter((n) => n.i !== d.i && Math.abs(n.i - d.i) <= NEAR && !n.reported);
      const nearSure = nearby.some((n) => sure.includes(n.i));
      const nearAct = nearby.some((n) => n.act && n.own >= ACT_NEAR);
      const near = !lends ? 0 : nearSure ? NEAR_CONTEXT : nearAct ? NEAR_CONTEXT / 2 : 0;
      const score = d.own + page + near;
      const counts = d.act || (d.lean && page > 0) || d.signals.length >= SIGNS_WITHOUT_ACT;
      // A reply's close on a page that carries a sure leftover is worth a look, however far from it.
      const floor = d.lean && page > 0 ? 'low' : null;
      const byScore: Severity | null =
        score >= HIGH ? 'high' : score >= MEDIUM ? 'medium' : score >= LOW ? 'low' : floor;
      const severity = counts ? byScore : null;
      if (!severity) return [];
      const capped = d.reported || !(d.act || page > 0);
      const { s: sentence, signals, start, end } = d;
      return [{ sentence, signals, score, severity: capped ? 'low' : severity, start, end }];
    })
    .sort((a, b) => a.start - b.start);
}

/** Index of the first sentence matching one of the patterns, or null. */
function firstSentenceOf(article: Article, patterns: readonly RegExp[]): number | null {
  const at = article.sentences.findIndex((s) => patterns.some((re) => re.test(s.text)));
  return at === -1 ? null : at;
}

/** Words the sentence gives to someone: "..., one reader wrote", "the chatbot replied that ...". */
function attributed(lexicon: LeftoverLexicon, before: string, after: string): boolean {
  const [trailing, leading] = lexicon.attribution;
  return (trailing?.test(after) ?? false) || (leading?.test(before) ?? false) || lexicon.named.test(before);
}
