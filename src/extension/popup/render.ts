import { CATALOGUE } from '../../engine/catalogue.js';
import { describeError, severityCounts, splitEvidence } from '../../views/present.js';
import { SEVERITIES, type Evidence, type Finding, type Report } from '../../engine/report/schema.js';
import { el } from './dom.js';
import { timelineView } from './timeline.js';

const AUTHORSHIP = new Set(['ai-disclosure', 'chatbot-artifact']);

export function stateView(title: string, detail: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return el('section', { className: `state ${kind}` }, el('p', { className: 'state-title', text: title }), el('p', { text: detail }));
}

function quote(e: Evidence): HTMLElement {
  const q = el('blockquote');
  const parts = splitEvidence(e);
  if (!parts) q.append(el('mark', { text: e.sentence }));
  else q.append(parts.before, el('mark', { text: parts.marked }), parts.after);
  return q;
}

export interface ReportActions {
  reveal(f: Finding): void;
  revealPoint(index: number): void;
  copy(): Promise<void>;
  download(): void;
}

/** What of the report the page could show: findings by id, clock points by index. */
export interface ShownOnPage {
  findings: Set<string>;
  points: Set<number>;
  /** From the request to the highlights drawn. */
  ms: number;
  /** The page no longer held some evidence where the audit read it. */
  changed: boolean;
  /** How many of the article's paragraphs were found on the page, and how. */
  found: { nodes: number; aligned: number; missing: number };
}

/** Shown when the page no longer holds what the audit read (a live page rewrote itself): nothing is painted at a guess. */
export const PAGE_CHANGED = 'The page changed since the audit: re-run to see the findings in place.';

export function reportView(report: Report, onPage: ShownOnPage, actions: ReportActions): HTMLElement {
  const root = el('div');
  const counts = severityCounts(report.findings);
  const summary = el('p', { className: 'summary' });
  if (!counts.length) summary.append(el('span', { className: 'ok', text: report.errors.length ? 'No inconsistencies found by the checks that ran.' : 'No inconsistencies found.' }));
  for (const [s, n] of counts) summary.append(el('span', { className: `count ${s}`, text: `${n} ${s}` }));
  root.append(summary);
  const changed = el('p', { className: 'page-changed', text: PAGE_CHANGED });
  changed.setAttribute('role', 'status');
  changed.hidden = !onPage.changed;
  root.append(changed);
  if (report.errors.length) {
    const list = el('ul');
    for (const e of report.errors) list.append(el('li', { text: describeError(e) }));
    const errors = el('section', { className: 'errors' }, el('h2', { text: 'Checks that failed' }), list);
    errors.setAttribute('role', 'alert');
    root.append(errors);
  }
  if (report.truncated) {
    const pct = Math.round((report.truncated.coveredChars / report.truncated.totalChars) * 100);
    root.append(el('p', { className: 'muted truncated', text: `Audited the first ${pct}% of a very long page (${report.truncated.coveredChars.toLocaleString()} of ${report.truncated.totalChars.toLocaleString()} characters).` }));
  }

  const authorship = report.findings.filter((f) => AUTHORSHIP.has(f.check) && (f.severity === 'high' || f.severity === 'medium'));
  if (authorship.length) {
    root.append(el('div', { className: 'banner', text: authorship.some((f) => f.check === 'ai-disclosure') ? 'This page says it was written by AI.' : 'This page carries leftovers of a chatbot reply.' }));
  }

  const oldText = report.findings.find((f) => f.check === 'old-text')?.message ?? null;
  const timeline = timelineView(report.clock, onPage.points, actions.revealPoint, oldText);
  if (timeline) root.append(el('section', { className: 'clock' }, el('h2', { text: 'The article’s clock' }), timeline));

  const dates = el('section', { className: 'dates' }, el('h2', { text: 'Publication date' }));
  const list = report.dates.length ? el('ul') : el('p', { className: 'muted', text: 'No publication date found; time checks use the dates in the text.' });
  for (const d of report.dates) list.append(el('li', { text: `${d.value} ${d.kind === 'modified' ? '(updated) ' : ''}— ${d.source}` }));
  dates.append(list);
  root.append(dates);

  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    const section = el('section', { className: `group ${severity}` }, el('h2', { text: `${severity[0]!.toUpperCase()}${severity.slice(1)}` }));
    for (const f of group) {
      const shown = onPage.findings.has(f.id);
      const item = el('button', { className: `finding ${severity}` });
      item.type = 'button';
      item.dataset.finding = f.id;
      item.dataset.check = f.check;
      item.disabled = !shown;
      item.title = shown ? 'Show on the page' : 'Not visible on the page (metadata)';
      item.append(el('span', { className: 'title', text: CATALOGUE[f.check].title }), el('span', { className: 'message', text: f.message }));
      for (const e of f.evidence.slice(0, 3)) item.append(quote(e));
      item.addEventListener('click', () => actions.reveal(f));
      section.append(item);
    }
    root.append(section);
  }
  root.append(exportBar(actions));
  const stats = el('p', { className: 'muted stats', text: `${report.stats.sentences} sentences audited in ${report.stats.ms} ms; ${onPage.ms} ms with reading the page and drawing the highlights.` });
  stats.dataset.pageMs = String(onPage.ms);
  stats.dataset.found = `nodes:${onPage.found.nodes} aligned:${onPage.found.aligned} missing:${onPage.found.missing}`;
  root.append(stats);
  return root;
}

/** For a reader who forwards the problem to an editor: the report as Markdown, or as the JSON Report. */
function exportBar(actions: ReportActions): HTMLElement {
  const copy = el('button', { className: 'export-copy', text: 'Copy report' });
  const download = el('button', { className: 'export-json', text: 'Download JSON' });
  const status = el('span', { className: 'muted export-status' });
  status.setAttribute('role', 'status');
  for (const b of [copy, download]) b.type = 'button';
  copy.title = 'Copy the title, address, dates and findings as Markdown';
  download.title = 'Save the full report as JSON';
  copy.addEventListener('click', () => {
    actions.copy().then(
      () => (status.textContent = 'Copied as Markdown.'),
      () => (status.textContent = 'The browser did not allow copying.'),
    );
  });
  download.addEventListener('click', () => actions.download());
  return el('div', { className: 'export' }, copy, download, status);
}
