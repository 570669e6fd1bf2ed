import { checkTitle, findingMessage } from '../views/i18n/findings.js';
import type { Evidence } from '../engine/report/schema.js';
import { falseAlarmExample } from '../views/false-alarm.js';
import { t } from '../views/strings.js';
import { findingKey } from './dismissed.js';
import { firstMark, marksOf, type Highlighter, type Located, type Mark } from './highlights.js';
import { disabledChecks, dismissedFor, onStoreChange, setCheckOff, setDismissed } from './store.js';

const CARD_STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(380px, calc(100vw - 16px));
  padding: 10px 12px;
  border-radius: 8px; font: 14px/1.45 system-ui, sans-serif; color: #111827; background: #fff;
  border: 1px solid #9ca3af;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.card[hidden] { display: none; }
.card:focus { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.head { display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
.title { font-weight: 600; flex: 1; }
.sev { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px;
  border-radius: 4px; color: #fff; }
.high { background: #b91c1c; } .medium { background: #92400e; } .low, .info { background: #1d4ed8; }
.nav { display: flex; align-items: center; gap: 5px; font-size: 12px; white-space: nowrap; }
p { margin: 4px 0; }
.note { font-style: italic; }
ul { list-style: none; margin: 6px 0; padding: 0; font-size: 13px; }
li { margin: 2px 0; }
.role { display: inline-block; min-width: 7.5em; font-size: 12px; font-weight: 600; }
.claim q { text-decoration: underline wavy #b91c1c; } .reference q { text-decoration: underline dotted #3730a3; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; font-size: 12px; padding: 3px 8px; border-radius: 6px; border: 1px solid #6b7280;
  background: #f3f4f6; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.nav button { padding: 0 6px; font-size: 14px; line-height: 1.4; }
.status:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .card { color: #f3f4f6; background: #1f2937; border-color: #6b7280; }
  button { background: #374151; border-color: #9ca3af; }
  .card:focus, button:focus-visible { outline-color: #93c5fd; }
  .claim q { text-decoration-color: #fca5a5; } .reference q { text-decoration-color: #a5b4fc; }
}
`;

/** How long the card stays after the pointer leaves a highlight: time to reach its buttons. */
const HIDE_DELAY_MS = 400;

const inside = (m: Mark, x: number, y: number) =>
  Array.from(m.range.getClientRects()).some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);

/**
 * The card on the page: the finding under the pointer, or the one stepped to from the keyboard
 * (the next/previous-finding shortcuts), with its quoted words, the arithmetic, the finding's
 * place among those on the page and the reader's answers to it (dismiss, turn its check off, copy
 * it as a false alarm). It lives in a closed shadow root, so the page's styles cannot reach it; its
 * text is set as text, never as markup; and it is added to the page only when first shown.
 */
export class HoverCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private current: Located | null = null;
  /** Shown from the keyboard: stays until Esc or another step, whatever the pointer does. */
  private pinned = false;
  private returnFocus: HTMLElement | null = null;
  private frame = 0;
  private hideTimer = 0;
  private stopWatching: (() => void) | null = null;

  private readonly onMove = (e: MouseEvent) => {
    const overCard = this.host !== null && e.composedPath().includes(this.host);
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.update(e.clientX, e.clientY, overCard));
  };
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.visible) this.close();
  };

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
  ) {}

  private get visible(): boolean {
    return this.card !== null && !this.card.hidden;
  }

  attach(): void {
    this.doc.addEventListener('mousemove', this.onMove, { passive: true });
    this.doc.addEventListener('keydown', this.onKey);
    this.stopWatching = watchStore(() => void this.applyStore());
    void this.applyStore();
  }

  detach(): void {
    this.doc.removeEventListener('mousemove', this.onMove);
    this.doc.removeEventListener('keydown', this.onKey);
    this.stopWatching?.();
    this.stopWatching = null;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.hideTimer);
    this.host?.remove();
    this.host = null;
    this.card = null;
    this.current = null;
    this.pinned = false;
  }

  /**
   * The next or previous highlighted finding, in article order: scrolled to, flashed, and its card shown and
   * focused.
   */
  step(by: 1 | -1): 'shown' | 'changed' | 'off-page' {
    const shown = this.highlighter.shown;
    if (!shown.length) return 'off-page';
    const at = this.current ? shown.findIndex((l) => l.finding.id === this.current!.finding.id) : -1;
    const next = shown[at === -1 ? (by === 1 ? 0 : shown.length - 1) : (at + by + shown.length) % shown.length]!;
    const result = this.highlighter.reveal(firstMark(next));
    if (result !== 'shown') return result;
    const box = firstMark(next)!.range.getBoundingClientRect();
    if (!this.visible && this.doc.activeElement instanceof HTMLElement && this.doc.activeElement !== this.doc.body)
      this.returnFocus = this.doc.activeElement;
    // A hide the pointer scheduled before the step must not take the card from the keyboard.
    clearTimeout(this.hideTimer);
    this.pinned = true;
    this.show(next, box.left, box.bottom, false);
    this.card!.focus();
    return 'shown';
  }

  /**
   * Takes off what the reader dismissed on this page or switched off, as stored: from the card, the popup or
   * the options page.
   */
  private async applyStore(): Promise<void> {
    const [off, dismissed] = await Promise.all([disabledChecks(), dismissedFor(location.href)]);
    const offSet = new Set(off);
    const hidden = this.highlighter.located.filter(
      (l) => offSet.has(l.finding.check) || dismissed.has(findingKey(l.finding)),
    );
    this.highlighter.setHidden(new Set(hidden.map((l) => l.finding.id)));
    if (this.current && this.visible) this.renderNav(this.current);
  }

  private update(x: number, y: number, overCard: boolean): void {
    if (overCard) return clearTimeout(this.hideTimer);
    const hit = this.highlighter.shown.find((l) => marksOf(l).some((m) => inside(m, x, y)));
    if (!hit) {
      if (this.visible && !this.pinned) this.scheduleHide();
      return;
    }
    clearTimeout(this.hideTimer);
    // The card stays where it opened while the pointer is on the same finding, so that its buttons can be reached.
    if (hit === this.current && this.visible) return;
    this.pinned = false;
    this.show(
      hit,
      x,
      y,
      hit.references.some((m) => inside(m, x, y)),
    );
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private close(): void {
    const back = this.returnFocus;
    this.hide();
    this.returnFocus = null;
    back?.focus();
  }

  private hide(): void {
    if (this.card) this.card.hidden = true;
    this.pinned = false;
  }

  private ensureCard(): HTMLElement {
    if (this.card) return this.card;
    this.host = this.doc.createElement('telltale-card');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_STYLE;
    const card = this.doc.createElement('div');
    card.className = 'card';
    card.tabIndex = -1;
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-labelledby', 'tt-title');
    card.setAttribute('aria-describedby', 'tt-message');
    card.addEventListener('keydown', (e) => {
      if (!e.isTrusted) return;
      const step = { ArrowRight: 1, ArrowDown: 1, j: 1, ArrowLeft: -1, ArrowUp: -1, k: -1 }[e.key] as
        1 | -1 | undefined;
      if (step) {
        e.preventDefault();
        this.step(step);
      }
    });
    root.append(style, card);
    this.doc.documentElement.append(this.host);
    this.card = card;
    return card;
  }

  private show(l: Located, x: number, y: number, onReference: boolean): void {
    const card = this.ensureCard();
    this.current = l;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
      const node = this.doc.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const head = el('div', 'head');
    const title = el('span', 'title', checkTitle(l.finding.check));
    title.id = 'tt-title';
    head.append(el('span', `sev ${l.finding.severity}`, l.finding.severity), title, el('span', 'nav'));
    const message = el('p', 'message', findingMessage(l.finding));
    message.id = 'tt-message';
    const parts: Node[] = [head, message];
    if (onReference) parts.push(el('p', 'note', `${t('cardReference')}.`));
    const quotes = el('ul', 'quotes');
    const roles = l.finding.evidence.some((e) => e.role === 'reference');
    for (const e of l.finding.evidence) quotes.append(quoteItem(e, roles, el));
    parts.push(quotes, this.actions(l, el));
    card.replaceChildren(...parts);
    this.renderNav(l);
    card.hidden = false;
    const width = card.offsetWidth || 380;
    const height = card.offsetHeight || 160;
    card.style.left = `${Math.max(8, Math.min(x + 12, innerWidth - width - 8))}px`;
    card.style.top = `${Math.max(8, y + 18 + height > innerHeight ? y - height - 12 : y + 18)}px`;
  }

  /** "2 of 7" and the buttons to step: the card is how the page's highlights are walked through. */
  private renderNav(l: Located): void {
    const nav = this.card?.querySelector('.nav');
    if (!nav) return;
    const shown = this.highlighter.shown;
    const at = shown.findIndex((x) => x.finding.id === l.finding.id);
    const button = (label: string, text: string, by: 1 | -1) => {
      const b = this.doc.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.setAttribute('aria-label', label);
      b.title = label;
      b.addEventListener('click', (e) => void (e.isTrusted && this.step(by)));
      return b;
    };
    const count = this.doc.createElement('span');
    count.className = 'count';
    count.textContent =
      at === -1 ? t('navCount', { n: '–', count: shown.length }) : t('navCount', { n: at + 1, count: shown.length });
    nav.replaceChildren(button(t('navPrevious'), '‹', -1), count, button(t('navNext'), '›', 1));
  }

  private actions(
    l: Located,
    el: (tag: 'div' | 'button' | 'p', className: string, text?: string) => HTMLElement,
  ): HTMLElement {
    const bar = el('div', 'actions');
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    const button = (className: string, text: string, title: string, run: () => Promise<void>) => {
      const b = el('button', className, text) as HTMLButtonElement;
      b.type = 'button';
      b.title = title;
      // The page's own scripts can dispatch clicks too: only the reader's may switch a check off or dismiss.
      b.addEventListener('click', (e) => void (e.isTrusted && run()));
      return b;
    };
    const undo = (text: string, run: () => Promise<void>) => {
      status.replaceChildren(
        `${text} `,
        button('undo', t('undo'), t('undo'), async () => {
          await run();
          status.replaceChildren();
        }),
      );
      status.querySelector('button')?.focus();
    };
    const key = findingKey(l.finding);
    const title = checkTitle(l.finding.check);
    bar.append(
      button('dismiss', t('dismiss'), t('dismissTitle'), async () => {
        await setDismissed(location.href, [key], true);
        await this.applyStore();
        undo(t('dismissed'), () => setDismissed(location.href, [key], false).then(() => this.applyStore()));
      }),
      button('turn-off', t('turnOff'), t('turnOffTitle', { title }), async () => {
        await setCheckOff(l.finding.check, true);
        await this.applyStore();
        undo(t('turnedOff', { title }), () => setCheckOff(l.finding.check, false).then(() => this.applyStore()));
      }),
      button('copy-false-alarm', t('copyFalseAlarm'), t('copyFalseAlarmTitle'), async () => {
        const copied = await copyText(this.doc, falseAlarmExample(l.page, l.finding), this.card!);
        status.textContent = copied ? t('copiedFalseAlarm') : t('copyFailed');
      }),
    );
    const wrap = el('div', '');
    wrap.append(bar, status);
    return wrap;
  }
}

function quoteItem(
  e: Evidence,
  roles: boolean,
  el: (tag: 'li' | 'span' | 'q', className: string, text?: string) => HTMLElement,
): HTMLElement {
  const reference = e.role === 'reference';
  const item = el('li', reference ? 'reference' : 'claim');
  if (roles) item.append(el('span', 'role', reference ? t('roleReference') : t('roleClaim')), ' ');
  item.append(el('q', '', e.text));
  return item;
}

/** The storage events of every part of the extension, when there is an extension to listen to (not in unit tests). */
function watchStore(callback: () => void): () => void {
  try {
    return onStoreChange(callback);
  } catch {
    return () => undefined;
  }
}

/** The clipboard API where the page is a secure context; a selected text field in our own shadow root elsewhere. */
async function copyText(doc: Document, text: string, within: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    within.append(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    return ok;
  }
}
