import { checkTitle, findingMessage } from '../../views/i18n/findings.js';
import { describeError, describeLimits, severityCounts, splitEvidence } from '../../views/present.js';
import { SEVERITIES, type CheckId, type Evidence, type Finding, type Report } from '../../engine/report/schema.js';
import { dateEntries, dayInWords, whereInWords } from '../../views/date-words.js';
import { byCheck, groupRepeated, type Shown } from '../../views/grouping.js';
import { readingNotice, switchedOffNotice } from '../../views/reading.js';
import { t } from '../../views/strings.js';
import { findingKey } from '../dismissed.js';
import { el } from './dom.js';
import { timelineView } from './timeline.js';

const AUTHORSHIP = new Set(['ai-disclosure', 'chatbot-artifact']);
/** A check with this many entries is folded under its title, on a report with more than FOLD_ABOVE entries. */
const FOLD_FROM = 3;
const FOLD_ABOVE = 4;

export function stateView(title: string, detail: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return el(
    'section',
    { className: `state ${kind}` },
    el('p', { className: 'state-title', text: title }),
    el('p', { text: detail }),
  );
}

/** A quoted sentence with its words marked, and, where the finding has a reference, which part this is. */
function quote(e: Evidence, roles: boolean): HTMLElement {
  const reference = e.role === 'reference';
  const q = el('blockquote', { className: reference ? 'reference' : 'claim' });
  if (roles) q.append(el('span', { className: 'role', text: reference ? t('roleReference') : t('roleClaim') }), ' ');
  const parts = splitEvidence(e);
  const mark = (text: string) => el('mark', { className: reference ? 'reference' : 'claim', text });
  // From outside the text (the page's data): what it is and where, then the value as the page gives it.
  if (e.start === null && !parts) q.append(`${e.sentence}: `, mark(e.text));
  else if (!parts) q.append(mark(e.sentence));
  else q.append(parts.before, mark(parts.marked), parts.after);
  return q;
}

export interface ReportActions {
  reveal(f: Finding): void;
  revealPoint: (index: number) => void;
  copy(): Promise<void>;
  download(): void;
  /** Dismisses (or restores) findings on this page, by their keys. */
  dismiss(keys: string[], on: boolean): Promise<void>;
  turnOff(check: CheckId, off: boolean): Promise<void>;
  copyFalseAlarm(f: Finding): Promise<void>;
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

/** What the reader said before this audit: the findings dismissed on this page, by key. */
export interface ReaderState {
  dismissed: Set<string>;
}

/**
 * Shown when the page no longer holds what the audit read (a live page rewrote itself): nothing is painted at
 * a guess.
 */
export const PAGE_CHANGED = t('pageChanged');

let ids = 0;
const uid = (prefix: string) => `${prefix}-${++ids}`;

export function reportView(
  report: Report,
  onPage: ShownOnPage,
  actions: ReportActions,
  reader: ReaderState = { dismissed: new Set() },
): HTMLElement {
  const root = el('div');
  const dismissedNow = (f: Finding) => reader.dismissed.has(findingKey(f));
  const active = report.findings.filter((f) => !dismissedNow(f));
  // Counted as listed: a passage repeated three times is one entry.
  const counts = severityCounts(groupRepeated(active).map((e) => e.finding));
  const reading = readingNotice(report);
  const summary = el('p', { className: 'summary' });
  if (!counts.length) {
    // With checks that did not read the page, "no inconsistencies" would read as a clean bill.
    const partly = report.errors.length || reading || report.notRun.some((n) => n.reason === 'time');
    const quiet = partly ? t('noFindingsRan') : t('noFindings');
    summary.append(el('span', { className: 'ok', text: quiet }));
  }
  for (const [s, n] of counts)
    summary.append(
      el('span', { className: `count ${s}`, text: t('countOf', { count: n, severity: t(`severity_${s}`) }) }),
    );
  root.append(summary);
  if (reading) {
    const notice = el('p', { className: 'reading', text: reading });
    notice.setAttribute('role', 'note');
    root.append(notice);
  }
  const off = switchedOffNotice(report);
  if (off) root.append(el('p', { className: 'muted switched-off', text: off }));
  const changed = el('p', { className: 'page-changed', text: PAGE_CHANGED });
  changed.setAttribute('role', 'status');
  changed.hidden = !onPage.changed;
  root.append(changed);
  if (report.errors.length) {
    const list = el('ul');
    for (const e of report.errors) list.append(el('li', { text: describeError(e) }));
    const errors = el('section', { className: 'errors' }, el('h2', { text: t('checksFailed') }), list);
    errors.setAttribute('role', 'alert');
    root.append(errors);
  }
  if (report.truncated) {
    const pct = Math.round((report.truncated.coveredChars / report.truncated.totalChars) * 100);
    const covered = report.truncated.coveredChars.toLocaleString('en');
    const total = report.truncated.totalChars.toLocaleString('en');
    root.append(el('p', { className: 'muted truncated', text: t('truncated', { pct, covered, total }) }));
  }
  for (const limit of describeLimits(report)) root.append(el('p', { className: 'muted limited', text: limit }));

  const authorship = active.filter(
    (f) => AUTHORSHIP.has(f.check) && (f.severity === 'high' || f.severity === 'medium'),
  );
  if (authorship.length) {
    root.append(
      el('div', {
        className: 'banner',
        text: authorship.some((f) => f.check === 'ai-disclosure') ? t('bannerDisclosure') : t('bannerLeftovers'),
      }),
    );
  }

  const notices = el('div', { className: 'notices' });
  notices.setAttribute('role', 'status');
  root.append(notices);
  const ctx: FindingContext = { onPage, actions, notices, total: groupRepeated(active).length, report };
  for (const severity of SEVERITIES) {
    const entries = groupRepeated(active.filter((f) => f.severity === severity));
    if (!entries.length) continue;
    const heading = el('h2', { text: t(`severityHeading_${severity}`) });
    const section = el(
      'section',
      { className: `group ${severity}` },
      heading,
      el('p', { className: 'meaning', text: t(`severityMeaning_${severity}`) }),
    );
    for (const { check, entries: mine } of byCheck(entries)) {
      const list = el('ul', { className: 'findings' });
      for (const entry of mine) list.append(findingItem(entry, ctx));
      if (mine.length >= FOLD_FROM && ctx.total > FOLD_ABOVE) {
        section.append(
          el(
            'details',
            { className: 'fold' },
            el('summary', { text: t('foldedCount', { title: checkTitle(check), count: mine.length }) }),
            list,
          ),
        );
      } else section.append(list);
    }
    root.append(section);
  }
  const gone = report.findings.filter(dismissedNow);
  if (gone.length) root.append(dismissedSection(groupRepeated(gone), ctx));

  root.append(datesSection(report));
  const oldText = report.findings.find((f) => f.check === 'old-text')?.message ?? null;
  const timeline = timelineView(report.clock, onPage.points, actions.revealPoint, oldText);
  if (timeline) {
    // Open when it says something: most pages give too few time claims for an estimate.
    const clock = el(
      'details',
      { className: 'clock' },
      el('summary', { text: report.clock.estimated ? t('clockHeading') : t('clockFolded') }),
      timeline,
    );
    clock.open = report.clock.estimated !== null;
    root.append(clock);
  }
  root.append(exportBar(actions));
  const stats = el('p', {
    className: 'muted stats',
    text: t('stats', { sentences: report.stats.sentences, ms: report.stats.ms, pageMs: onPage.ms }),
  });
  stats.dataset.pageMs = String(onPage.ms);
  stats.dataset.found = `nodes:${onPage.found.nodes} aligned:${onPage.found.aligned} missing:${onPage.found.missing}`;
  root.append(stats);
  return root;
}

interface FindingContext {
  onPage: ShownOnPage;
  actions: ReportActions;
  /** Where "Dismissed" and "turned off", with their Undo, are said. */
  notices: HTMLElement;
  total: number;
  report: Report;
}

/**
 * One finding: its title is the button that shows it on the page (and its accessible name), the
 * message and the quotes describe it, and "Not a problem?" opens the reader's answers.
 */
function findingItem(entry: Shown, ctx: FindingContext): HTMLElement {
  const f = entry.finding;
  const shownCopies = entry.copies.filter((c) => ctx.onPage.findings.has(c.id));
  const onPage = shownCopies.length > 0;
  const item = el('li', { className: `finding ${f.severity}` });
  item.dataset.finding = f.id;
  item.dataset.check = f.check;
  item.dataset.count = String(entry.copies.length);
  item.dataset.onPage = String(onPage);
  const messageId = uid('message');
  const show = el('button', { className: 'show', text: checkTitle(f.check) });
  show.type = 'button';
  show.title = onPage ? t('showOnPage') : t('offPage');
  const described = [messageId];
  item.append(el('h3', { className: 'finding-title' }, show));
  const message = el('p', { className: 'message', text: findingMessage(f) });
  message.id = messageId;
  item.append(message);
  const roles = f.evidence.some((e) => e.role === 'reference');
  // A passage quoted as often as it repeats is shown once.
  const quotes = f.evidence.filter(
    (e, i) => f.evidence.findIndex((o) => o.sentence === e.sentence && o.text === e.text && o.role === e.role) === i,
  );
  for (const e of quotes.slice(0, 3)) item.append(quote(e, roles));
  if (entry.copies.length > 1) {
    const copies = el('p', { className: 'copies', text: `${t('copies', { count: entry.copies.length })}: ` });
    entry.copies.forEach((c, i) => {
      const b = el('button', { className: 'copy', text: String(i + 1) });
      b.type = 'button';
      b.setAttribute('aria-label', t('copyNOf', { n: i + 1, count: entry.copies.length }));
      b.disabled = !ctx.onPage.findings.has(c.id);
      b.addEventListener('click', (ev) => {
        ev.stopPropagation();
        ctx.actions.reveal(c);
      });
      copies.append(b, ' ');
    });
    item.append(copies);
  }
  const status = el('p', { className: 'muted off-page', text: onPage ? '' : t('offPage') });
  status.id = uid('note');
  status.setAttribute('aria-live', 'polite');
  if (!onPage) described.push(status.id);
  show.setAttribute('aria-describedby', described.join(' '));
  item.append(status);
  item.append(respond(entry, item, ctx));
  const reveal = () => {
    if (onPage) ctx.actions.reveal(shownCopies[0]!);
    else status.textContent = t('offPageShown');
  };
  show.addEventListener('click', (ev) => {
    ev.stopPropagation();
    reveal();
  });
  // The whole card answers a click, as it did when it was one button; its own buttons do their own thing.
  item.addEventListener('click', (ev) => {
    if (!(ev.target as Element).closest('button, summary, .respond')) reveal();
  });
  return item;
}

/** "Not a problem?": a small layer with Dismiss, Turn off this check and Copy as false alarm; Esc closes it. */
function respond(entry: Shown, item: HTMLElement, ctx: FindingContext): HTMLElement {
  const f = entry.finding;
  const title = checkTitle(f.check);
  const menu = el('div', { className: 'menu' });
  menu.id = uid('menu');
  menu.hidden = true;
  const toggle = el('button', { className: 'respond-toggle', text: t('notAProblem') });
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', menu.id);
  toggle.addEventListener('click', () => setMenu(menu, toggle, menu.hidden));
  const button = (className: string, text: string, tip: string, run: () => void) => {
    const b = el('button', { className, text });
    b.type = 'button';
    b.title = tip;
    b.addEventListener('click', run);
    return b;
  };
  const keys = [...new Set(entry.copies.map(findingKey))];
  const copyStatus = el('span', { className: 'muted respond-status' });
  copyStatus.setAttribute('role', 'status');
  menu.append(
    button('dismiss', t('dismiss'), t('dismissTitle'), () => {
      void ctx.actions.dismiss(keys, true);
      item.hidden = true;
      notice(ctx.notices, t('dismissed'), () => {
        void ctx.actions.dismiss(keys, false);
        item.hidden = false;
      });
    }),
    button('turn-off', t('turnOff'), t('turnOffTitle', { title }), () => {
      void ctx.actions.turnOff(f.check, true);
      const same = [
        ...(item.closest('main') ?? item.parentElement!).querySelectorAll<HTMLElement>(
          `.finding[data-check="${f.check}"]`,
        ),
      ];
      for (const s of same) s.hidden = true;
      notice(ctx.notices, t('turnedOff', { title }), () => {
        void ctx.actions.turnOff(f.check, false);
        for (const s of same) s.hidden = false;
      });
    }),
    button('copy-false-alarm', t('copyFalseAlarm'), t('copyFalseAlarmTitle'), () => {
      ctx.actions.copyFalseAlarm(f).then(
        () => (copyStatus.textContent = t('copiedFalseAlarm')),
        () => (copyStatus.textContent = t('copyFailed')),
      );
    }),
    copyStatus,
  );
  return el('div', { className: 'respond' }, toggle, menu);
}

export function setMenu(menu: HTMLElement, toggle: HTMLElement, open: boolean): void {
  menu.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
  if (open) menu.querySelector('button')?.focus();
}

/** Closes the popup's own open layers (a finding's answers); true when one was open. */
export function closeLayers(root: ParentNode): boolean {
  const open = [...root.querySelectorAll<HTMLElement>('.respond .menu:not([hidden])')];
  for (const menu of open) {
    const toggle = menu.parentElement?.querySelector<HTMLElement>('.respond-toggle');
    if (toggle) setMenu(menu, toggle, false);
    toggle?.focus();
  }
  return open.length > 0;
}

/** "Dismissed on this page. Undo": said where the reader's focus goes next, so that undoing is one key away. */
function notice(where: HTMLElement, text: string, undo: () => void): void {
  const line = el('p', { className: 'notice' }, `${text} `);
  const b = el('button', { className: 'undo', text: t('undo') });
  b.type = 'button';
  b.addEventListener('click', () => {
    undo();
    line.remove();
  });
  line.append(b);
  where.append(line);
  b.focus();
}

function dismissedSection(entries: Shown[], ctx: FindingContext): HTMLElement {
  const list = el('ul', { className: 'dismissed-list' });
  for (const entry of entries) {
    const keys = [...new Set(entry.copies.map(findingKey))];
    const restore = el('button', { className: 'restore', text: t('restore') });
    restore.type = 'button';
    const item = el(
      'li',
      { className: 'dismissed-item' },
      el('span', { text: `${checkTitle(entry.finding.check)}: ${findingMessage(entry.finding)} ` }),
      restore,
    );
    item.dataset.check = entry.finding.check;
    restore.addEventListener('click', () => {
      void ctx.actions.dismiss(keys, false);
      restore.replaceWith(el('span', { className: 'muted', text: t('restored') }));
    });
    list.append(item);
  }
  return el(
    'details',
    { className: 'dismissed' },
    el('summary', { text: t('dismissedHeading', { count: entries.length }) }),
    list,
  );
}

function datesSection(report: Report): HTMLElement {
  const dates = el('section', { className: 'dates' }, el('h2', { text: t('datesHeading') }));
  const entries = dateEntries(report.dates, report.bylines);
  if (!entries.length) dates.append(el('p', { className: 'muted', text: t('noDates') }));
  else {
    const list = el('ul');
    for (const d of entries)
      list.append(
        el('li', {
          text: t(d.kind === 'modified' ? 'updatedEntry' : 'dateEntry', {
            date: dayInWords(d.value),
            where: whereInWords(d),
          }),
        }),
      );
    dates.append(list);
  }
  return dates;
}

/** For a reader who forwards the problem to an editor: the report as Markdown, or as the JSON Report. */
function exportBar(actions: ReportActions): HTMLElement {
  const copy = el('button', { className: 'export-copy', text: t('copyReport') });
  const download = el('button', { className: 'export-json', text: t('downloadJson') });
  const status = el('span', { className: 'muted export-status' });
  status.setAttribute('role', 'status');
  for (const b of [copy, download]) b.type = 'button';
  copy.title = t('copyReportTitle');
  download.title = t('downloadJsonTitle');
  copy.addEventListener('click', () => {
    actions.copy().then(
      () => (status.textContent = t('copiedReport')),
      () => (status.textContent = t('copyFailed')),
    );
  });
  download.addEventListener('click', () => actions.download());
  return el('div', { className: 'export' }, copy, download, status);
}
