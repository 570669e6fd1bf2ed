import type { Evidence, Finding, Report, Severity } from '../engine/report/schema.js';
import type { Span } from '../engine/text/sentences.js';
import type { PageMap, Place } from './page-map.js';

/** A stretch of article text shown on the page: its offsets, and its range as last placed. */
export interface Mark extends Span {
  range: Range;
}

/** What of the report a card needs beside the finding: the page's dates, to hand a false alarm on. */
export type PageFacts = Pick<Report, 'dates' | 'bylines' | 'language'>;

export interface Located {
  finding: Finding;
  /** The sentences holding the claim, painted in the finding's colour. */
  sentences: Mark[];
  /** The offending words inside them, underlined. */
  spans: Mark[];
  /** The words the claim is checked against ("February 2022"): marked apart, never as the error. */
  references: Mark[];
  page: PageFacts;
}

export interface OnPage {
  /** The findings with some evidence on the page, with their marks. */
  findings: Located[];
  /** For each point of the report's clock, where its sentence is, or null (metadata, a frame). */
  points: Array<Mark | null>;
  /** Some evidence was read from the page, and the page no longer holds it where it was. */
  changed: boolean;
}

const NAMES: Record<Severity, string> = {
  high: 'telltale-high',
  medium: 'telltale-medium',
  low: 'telltale-low',
  info: 'telltale-low',
};
const SPAN = 'telltale-span';
const REFERENCE = 'telltale-reference';
const FLASH = 'telltale-flash';
/** Later layers paint over earlier ones where they overlap: the words over their sentence, the flash over all. */
const PRIORITY: Record<string, number> = { [SPAN]: 1, [REFERENCE]: 1, [FLASH]: 2 };

/**
 * Opaque light backgrounds with dark text: a tint over the page's own text colour vanishes on a
 * dark page, where light text on a faint red is barely seen. These keep a contrast of at least
 * 7:1 between the text and its background whatever the page's colours (tests/e2e check it).
 */
export const HIGHLIGHT_COLOURS: Record<string, { background: string; color: string }> = {
  'telltale-high': { background: '#fecaca', color: '#111827' },
  'telltale-medium': { background: '#fde68a', color: '#111827' },
  'telltale-low': { background: '#dbeafe', color: '#111827' },
  [SPAN]: { background: '#fca5a5', color: '#111827' },
  [REFERENCE]: { background: '#e0e7ff', color: '#1e1b4b' },
  [FLASH]: { background: '#facc15', color: '#111827' },
};
const STYLE = [
  ...Object.entries(HIGHLIGHT_COLOURS).map(
    ([name, c]) => `::highlight(${name}) { background-color: ${c.background}; color: ${c.color}; }`,
  ),
  // The claim is underlined with a wave, the date it is checked against with dots: told apart without colour too.
  `::highlight(${SPAN}) { text-decoration: underline wavy #b91c1c; }`,
  `::highlight(${REFERENCE}) { text-decoration: underline dotted #3730a3; }`,
  `mark[data-telltale] { background-color: ${HIGHLIGHT_COLOURS['telltale-medium']!.background}; color: #111827; }`,
  `mark[data-telltale="reference"] { background-color: ${HIGHLIGHT_COLOURS[REFERENCE]!.background};
    text-decoration: underline dotted #3730a3; }`,
].join('\n');

/**
 * A piece of evidence as offsets into the article text: the sentence holding it (widened to the
 * evidence where the evidence runs past it) and, when that is not all of it, the words themselves.
 */
export function evidenceSpans(text: string, e: Evidence): { sentence: Span; span: Span | null } | null {
  if (e.start === null || e.end === null || e.end <= e.start) return null;
  const at = e.sentence ? text.lastIndexOf(e.sentence, e.start) : -1;
  const sentence =
    at !== -1 && at + e.sentence.length > e.start
      ? { start: at, end: Math.max(at + e.sentence.length, e.end) }
      : { start: e.start, end: e.end };
  const whole = sentence.start === e.start && sentence.end === e.end;
  return { sentence, span: whole ? null : { start: e.start, end: e.end } };
}

/** Finds each finding's sentences and offending words, and each clock point's sentence, through the page map. */
export function locate(report: Report, map: PageMap): OnPage {
  let changed = false;
  const mark = (s: Span): Mark | null => {
    const place = map.place(s.start, s.end);
    if (place === 'changed') changed = true;
    return typeof place === 'string' ? null : { ...s, range: place };
  };
  const findings: Located[] = [];
  const page: PageFacts = { dates: report.dates, bylines: report.bylines, language: report.language };
  for (const finding of report.findings) {
    const located: Located = { finding, sentences: [], spans: [], references: [], page };
    for (const e of finding.evidence) {
      const spans = evidenceSpans(map.text, e);
      if (spans && e.role === 'reference') {
        // The words alone: their sentence is not what is wrong.
        const words = mark(spans.span ?? spans.sentence);
        if (words) located.references.push(words);
        continue;
      }
      const sentence = spans && mark(spans.sentence);
      if (!sentence) continue;
      located.sentences.push(sentence);
      const span = spans.span && mark(spans.span);
      if (span) located.spans.push(span);
    }
    if (located.sentences.length || located.references.length) findings.push(located);
  }
  const points = report.clock.points.map((p) => {
    const spans = evidenceSpans(map.text, p.evidence);
    return spans && mark(spans.sentence);
  });
  return { findings, points, changed };
}

/**
 * The document, and every open shadow root holding a mark: styles and mutation observers do not cross into
 * shadow trees.
 */
function scopesOf(doc: Document, located: Located[]): Array<Document | ShadowRoot> {
  const scopes = new Set<Document | ShadowRoot>([doc]);
  for (const l of located) {
    for (const m of marksOf(l)) {
      const root = m.range.startContainer.getRootNode();
      if (root instanceof ShadowRoot) scopes.add(root);
    }
  }
  return [...scopes];
}

/** Every mark of a finding: its sentences, its words, and the words it is checked against. */
export const marksOf = (l: Located): Mark[] => [...l.sentences, ...l.spans, ...l.references];

/** Where a finding is shown first: its claim, or what it is checked against when the claim is not on the page. */
export const firstMark = (l: Located): Mark | undefined => l.sentences[0] ?? l.references[0];

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** What showing a mark came to: shown, gone from the page since the audit, or never on it. */
export type Shown = 'shown' | 'changed' | 'off-page';

/**
 * Paints with the CSS Custom Highlight API, which leaves the page's DOM as it was; the style sheet
 * is adopted, not inserted. Without the API, marks are wrapped around text and removed on clear.
 * While painted, it watches the page: a mark whose text is no longer where the map put it is
 * taken off rather than left on whatever took its place.
 */
export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  /** Where the style sheet was adopted. */
  private styled: Array<Document | ShadowRoot> = [];
  private marks: HTMLElement[] = [];
  private map: PageMap | null = null;
  private observer: MutationObserver | null = null;
  private pending = 0;
  located: Located[] = [];
  /** Findings the reader dismissed or whose check they turned off: kept, but not painted. */
  private hidden = new Set<string>();
  /** Some mark was taken off because the page changed under it. */
  changed = false;

  /** The painted findings, in the order they stand in the article. */
  get shown(): Located[] {
    const at = (l: Located) => firstMark(l)?.start ?? 0;
    return this.located.filter((l) => !this.hidden.has(l.finding.id)).sort((a, b) => at(a) - at(b));
  }

  /** Takes findings off the page, or puts them back, without auditing again. */
  setHidden(ids: ReadonlySet<string>): void {
    this.hidden = new Set(ids);
    if (!this.map) return;
    if (supported()) this.register();
    else {
      this.unwrap();
      for (const l of this.shown) this.wrapAll(l);
    }
  }

  constructor(private readonly doc: Document) {}

  paint(located: Located[], map: PageMap): void {
    this.clear();
    this.located = located;
    this.map = map;
    const scopes = scopesOf(this.doc, located);
    this.adoptStyle(scopes);
    if (supported()) {
      this.register();
      this.watch(scopes);
    } else {
      for (const l of this.shown) this.wrapAll(l);
    }
  }

  /** Scrolls to a mark and flashes it, placed afresh so that a changed page is said to be changed. */
  reveal(mark: Mark | null | undefined): Shown {
    if (!mark) return 'off-page';
    // Wrapped marks split the page's text nodes: the map no longer applies, the kept range does.
    const place =
      supported() && this.map ? this.map.place(mark.start, mark.end) : mark.range.collapsed ? 'changed' : mark.range;
    if (typeof place === 'string') return place;
    mark.range = place;
    // At once, not smoothly: a smooth scroll is cut short when the popup closes; the flash shows where.
    place.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    if (supported()) {
      const flash = new Highlight(place);
      flash.priority = PRIORITY[FLASH]!;
      CSS.highlights.set(FLASH, flash);
      setTimeout(() => CSS.highlights.delete(FLASH), 1500);
    }
    return 'shown';
  }

  clear(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.pending);
    this.pending = 0;
    if (supported()) for (const name of [...Object.values(NAMES), SPAN, REFERENCE, FLASH]) CSS.highlights.delete(name);
    this.unwrap();
    for (const scope of this.styled)
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.styled = [];
    this.sheet = null;
    this.located = [];
    this.hidden = new Set();
    this.map = null;
    this.changed = false;
  }

  private unwrap(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks = [];
  }

  private wrapAll(l: Located): void {
    for (const m of [...l.sentences, ...l.spans]) this.wrap(m.range, '');
    for (const m of l.references) this.wrap(m.range, 'reference');
  }

  private register(): void {
    for (const name of [...Object.values(NAMES), SPAN, REFERENCE]) CSS.highlights.delete(name);
    const groups = new Map<string, Range[]>();
    const add = (name: string, marks: Mark[]) =>
      groups.set(name, [...(groups.get(name) ?? []), ...marks.map((m) => m.range)]);
    for (const l of this.shown) {
      add(NAMES[l.finding.severity], l.sentences);
      add(SPAN, l.spans);
      add(REFERENCE, l.references);
    }
    for (const [name, ranges] of groups) {
      if (!ranges.length) continue;
      const highlight = new Highlight(...ranges);
      highlight.priority = PRIORITY[name] ?? 0;
      CSS.highlights.set(name, highlight);
    }
  }

  /** At most one check per 50 ms, however often the page changes (a live ticker rewrites itself every few ms). */
  private watch(scopes: Array<Document | ShadowRoot>): void {
    this.observer = new MutationObserver(() => {
      if (this.pending) return;
      this.pending = window.setTimeout(() => {
        this.pending = 0;
        this.recheck();
      }, 50);
    });
    for (const scope of scopes) this.observer.observe(scope, { subtree: true, childList: true, characterData: true });
  }

  /** Places every mark again; those the page no longer holds are taken off, and the rest painted anew. */
  private recheck(): void {
    const map = this.map;
    if (!map) return;
    const places = new Map<Mark, Place>();
    for (const l of this.located) for (const m of marksOf(l)) places.set(m, map.place(m.start, m.end));
    // Most changes (a ticker, a card, an advert loading) leave every mark where it was: nothing to repaint.
    if ([...places.values()].every((p) => typeof p !== 'string')) return;
    const keep = (marks: Mark[]) =>
      marks.flatMap((m) => {
        const place = places.get(m)!;
        return typeof place === 'string' ? [] : [{ ...m, range: place }];
      });
    this.located = this.located
      .map((l) => ({ ...l, sentences: keep(l.sentences), spans: keep(l.spans), references: keep(l.references) }))
      .filter((l) => l.sentences.length || l.references.length);
    this.changed = true;
    this.register();
  }

  private adoptStyle(scopes: Array<Document | ShadowRoot>): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      for (const scope of scopes) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      this.styled = scopes;
      this.sheet = sheet;
    } catch {
      // A page that forbids constructed sheets still gets its findings in the popup.
    }
  }

  private wrap(range: Range, role: string): void {
    const walker = this.doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let n = walker.currentNode; n; n = walker.nextNode()!)
      if (n.nodeType === 3 && range.intersectsNode(n)) texts.push(n as Text);
    for (const t of texts) {
      const start = t === range.startContainer ? range.startOffset : 0;
      const end = t === range.endContainer ? range.endOffset : t.data.length;
      if (end <= start) continue;
      const r = this.doc.createRange();
      r.setStart(t, start);
      r.setEnd(t, end);
      const mark = this.doc.createElement('mark');
      mark.dataset.telltale = role;
      r.surroundContents(mark);
      this.marks.push(mark);
    }
  }
}
