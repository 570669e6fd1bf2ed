import type { Evidence, Finding, Report, Severity } from '../engine/report/schema.js';
import type { Span } from '../engine/text/sentences.js';
import type { PageMap, Place } from './page-map.js';

/** A stretch of article text shown on the page: its offsets, and its range as last placed. */
export interface Mark extends Span {
  range: Range;
}

export interface Located {
  finding: Finding;
  /** The sentences holding the evidence, painted in the finding's colour. */
  sentences: Mark[];
  /** The offending words inside them, underlined. */
  spans: Mark[];
}

export interface OnPage {
  /** The findings with some evidence on the page, with their marks. */
  findings: Located[];
  /** For each point of the report's clock, where its sentence is, or null (metadata, a frame). */
  points: Array<Mark | null>;
  /** Some evidence was read from the page, and the page no longer holds it where it was. */
  changed: boolean;
}

const NAMES: Record<Severity, string> = { high: 'telltale-high', medium: 'telltale-medium', low: 'telltale-low', info: 'telltale-low' };
const SPAN = 'telltale-span';
const FLASH = 'telltale-flash';
const STYLE = `
::highlight(telltale-high) { background-color: rgba(239, 68, 68, 0.22); }
::highlight(telltale-medium) { background-color: rgba(245, 158, 11, 0.24); }
::highlight(telltale-low) { background-color: rgba(59, 130, 246, 0.16); }
::highlight(telltale-span) { background-color: rgba(239, 68, 68, 0.45); text-decoration: underline wavy rgb(185, 28, 28); }
::highlight(telltale-flash) { background-color: rgba(250, 204, 21, 0.75); }
mark[data-telltale] { background-color: rgba(245, 158, 11, 0.3); color: inherit; }
`;

/**
 * A piece of evidence as offsets into the article text: the sentence holding it (widened to the
 * evidence where the evidence runs past it) and, when that is not all of it, the words themselves.
 */
export function evidenceSpans(text: string, e: Evidence): { sentence: Span; span: Span | null } | null {
  if (e.start === null || e.end === null || e.end <= e.start) return null;
  const at = e.sentence ? text.lastIndexOf(e.sentence, e.start) : -1;
  const sentence = at !== -1 && at + e.sentence.length > e.start ? { start: at, end: Math.max(at + e.sentence.length, e.end) } : { start: e.start, end: e.end };
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
  for (const finding of report.findings) {
    const located: Located = { finding, sentences: [], spans: [] };
    for (const e of finding.evidence) {
      const spans = evidenceSpans(map.text, e);
      const sentence = spans && mark(spans.sentence);
      if (!sentence) continue;
      located.sentences.push(sentence);
      const span = spans.span && mark(spans.span);
      if (span) located.spans.push(span);
    }
    if (located.sentences.length) findings.push(located);
  }
  const points = report.clock.points.map((p) => {
    const spans = evidenceSpans(map.text, p.evidence);
    return spans && mark(spans.sentence);
  });
  return { findings, points, changed };
}

/** The document, and every open shadow root holding a mark: styles and mutation observers do not cross into shadow trees. */
function scopesOf(doc: Document, located: Located[]): Array<Document | ShadowRoot> {
  const scopes = new Set<Document | ShadowRoot>([doc]);
  for (const l of located) {
    for (const m of [...l.sentences, ...l.spans]) {
      const root = m.range.startContainer.getRootNode();
      if (root instanceof ShadowRoot) scopes.add(root);
    }
  }
  return [...scopes];
}

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
  /** Some mark was taken off because the page changed under it. */
  changed = false;

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
      for (const l of located) for (const m of [...l.sentences, ...l.spans]) this.wrap(m.range);
    }
  }

  /** Scrolls to a mark and flashes it, placed afresh so that a changed page is said to be changed. */
  reveal(mark: Mark | null | undefined): Shown {
    if (!mark) return 'off-page';
    // Wrapped marks split the page's text nodes: the map no longer applies, the kept range does.
    const place = supported() && this.map ? this.map.place(mark.start, mark.end) : mark.range.collapsed ? 'changed' : mark.range;
    if (typeof place === 'string') return place;
    mark.range = place;
    // At once, not smoothly: a smooth scroll is cut short when the popup closes; the flash shows where.
    place.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    if (supported()) {
      CSS.highlights.set(FLASH, new Highlight(place));
      setTimeout(() => CSS.highlights.delete(FLASH), 1500);
    }
    return 'shown';
  }

  clear(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.pending);
    this.pending = 0;
    if (supported()) for (const name of [...Object.values(NAMES), SPAN, FLASH]) CSS.highlights.delete(name);
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks = [];
    for (const scope of this.styled) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.styled = [];
    this.sheet = null;
    this.located = [];
    this.map = null;
    this.changed = false;
  }

  private register(): void {
    for (const name of [...Object.values(NAMES), SPAN]) CSS.highlights.delete(name);
    const groups = new Map<string, Range[]>();
    const add = (name: string, marks: Mark[]) => groups.set(name, [...(groups.get(name) ?? []), ...marks.map((m) => m.range)]);
    for (const l of this.located) {
      add(NAMES[l.finding.severity], l.sentences);
      add(SPAN, l.spans);
    }
    for (const [name, ranges] of groups) if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
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
    for (const l of this.located) for (const m of [...l.sentences, ...l.spans]) places.set(m, map.place(m.start, m.end));
    // Most changes (a ticker, a card, an advert loading) leave every mark where it was: nothing to repaint.
    if ([...places.values()].every((p) => typeof p !== 'string')) return;
    const keep = (marks: Mark[]) => marks.flatMap((m) => {
      const place = places.get(m)!;
      return typeof place === 'string' ? [] : [{ ...m, range: place }];
    });
    this.located = this.located.map((l) => ({ ...l, sentences: keep(l.sentences), spans: keep(l.spans) })).filter((l) => l.sentences.length);
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

  private wrap(range: Range): void {
    const walker = this.doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let n = walker.currentNode; n; n = walker.nextNode()!) if (n.nodeType === 3 && range.intersectsNode(n)) texts.push(n as Text);
    for (const t of texts) {
      const start = t === range.startContainer ? range.startOffset : 0;
      const end = t === range.endContainer ? range.endOffset : t.data.length;
      if (end <= start) continue;
      const r = this.doc.createRange();
      r.setStart(t, start);
      r.setEnd(t, end);
      const mark = this.doc.createElement('mark');
      mark.dataset.telltale = '';
      r.surroundContents(mark);
      this.marks.push(mark);
    }
  }
}
