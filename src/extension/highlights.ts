import type { Evidence, Finding, Report, Severity } from '../engine/report/schema.js';
import { indexText, type TextIndex } from './text-index.js';

export interface Located {
  finding: Finding;
  sentences: Range[];
  spans: Range[];
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

const folded = (t: string) => t.replace(/\s+/g, ' ').trim();

/** One piece of evidence on the page: its whole sentence, and the offending words inside it. */
function locateEvidence(index: TextIndex, e: Evidence): { sentence: Range | null; span: Range | null } {
  const at = index.find(e.sentence);
  if (at === -1) {
    const alone = index.find(e.text);
    return { sentence: null, span: alone === -1 ? null : index.range(alone, alone + folded(e.text).length) };
  }
  const sentenceLength = folded(e.sentence).length;
  const inner = e.text === e.sentence ? -1 : index.text.slice(at, at + sentenceLength).indexOf(folded(e.text));
  return {
    sentence: index.range(at, at + sentenceLength),
    span: inner === -1 ? null : index.range(at + inner, at + inner + folded(e.text).length),
  };
}

export interface OnPage {
  /** The findings that could be found on the page, with their ranges. */
  findings: Located[];
  /** For each point of the report's clock, the sentence it comes from, or null (metadata, not found). */
  points: Array<Range | null>;
}

/** Finds each finding's sentences and offending spans, and each clock point's sentence, on the live page. */
export function locate(report: Report, doc: Document): OnPage {
  const index = indexText(doc.body, doc);
  const findings: Located[] = [];
  for (const finding of report.findings) {
    const located: Located = { finding, sentences: [], spans: [] };
    for (const e of finding.evidence) {
      const { sentence, span } = locateEvidence(index, e);
      if (sentence) located.sentences.push(sentence);
      if (span) located.spans.push(span);
    }
    if (located.sentences.length || located.spans.length) findings.push(located);
  }
  const points = report.clock.points.map((p) => {
    if (p.evidence.start === null) return null;
    const { sentence, span } = locateEvidence(index, p.evidence);
    return sentence ?? span;
  });
  return { findings, points };
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/**
 * Paints with the CSS Custom Highlight API, which leaves the page's DOM as it was; the style sheet
 * is adopted, not inserted. Without the API, marks are wrapped around text and removed on clear.
 */
export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  /** The document, and every open shadow root holding a highlight: styles do not cross into shadow trees. */
  private styled: Array<Document | ShadowRoot> = [];
  private marks: HTMLElement[] = [];
  located: Located[] = [];

  constructor(private readonly doc: Document) {}

  paint(located: Located[]): void {
    this.clear();
    this.located = located;
    this.adoptStyle(located);
    if (supported()) {
      const groups = new Map<string, Range[]>();
      for (const l of located) {
        const name = NAMES[l.finding.severity];
        groups.set(name, [...(groups.get(name) ?? []), ...l.sentences]);
        groups.set(SPAN, [...(groups.get(SPAN) ?? []), ...l.spans]);
      }
      for (const [name, ranges] of groups) if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
    } else {
      for (const l of located) for (const r of [...l.sentences, ...l.spans]) this.wrap(r);
    }
  }

  flash(range: Range): void {
    if (!supported()) return;
    CSS.highlights.set(FLASH, new Highlight(range));
    setTimeout(() => CSS.highlights.delete(FLASH), 1500);
  }

  clear(): void {
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
  }

  private adoptStyle(located: Located[]): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      const scopes = new Set<Document | ShadowRoot>([this.doc]);
      for (const l of located) {
        for (const r of [...l.sentences, ...l.spans]) {
          const root = r.startContainer.getRootNode();
          if (root instanceof ShadowRoot) scopes.add(root);
        }
      }
      for (const scope of scopes) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      this.styled = [...scopes];
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
