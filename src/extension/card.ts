import { CATALOGUE } from '../engine/catalogue.js';
import type { Located } from './highlights.js';

const CARD_STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 360px; padding: 10px 12px; border-radius: 8px;
  font: 14px/1.45 system-ui, sans-serif; color: #111827; background: #fff; border: 1px solid #d1d5db;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.title { font-weight: 600; margin-bottom: 4px; }
.sev { display: inline-block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px;
  border-radius: 4px; margin-right: 6px; color: #fff; }
.high { background: #b91c1c; } .medium { background: #b45309; } .low, .info { background: #1d4ed8; }
@media (prefers-color-scheme: dark) { .card { color: #f3f4f6; background: #1f2937; border-color: #374151; } }
`;

/**
 * A small card with the finding under the pointer. It lives in a closed shadow root, so the page's
 * styles cannot reach it, and its text is set as text, never as markup.
 */
export class HoverCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private frame = 0;
  private readonly onMove = (e: MouseEvent) => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.update(e.clientX, e.clientY));
  };
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.hide();
  };

  constructor(
    private readonly doc: Document,
    private located: () => Located[],
  ) {}

  attach(): void {
    this.doc.addEventListener('mousemove', this.onMove, { passive: true });
    this.doc.addEventListener('keydown', this.onKey);
  }

  detach(): void {
    this.doc.removeEventListener('mousemove', this.onMove);
    this.doc.removeEventListener('keydown', this.onKey);
    cancelAnimationFrame(this.frame);
    this.host?.remove();
    this.host = null;
    this.card = null;
  }

  private update(x: number, y: number): void {
    const hit = this.located().find((l) => [...l.sentences, ...l.spans].some((m) => Array.from(m.range.getClientRects()).some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)));
    if (!hit) return this.hide();
    this.show(hit, x, y);
  }

  private show(l: Located, x: number, y: number): void {
    if (!this.card) {
      this.host = this.doc.createElement('telltale-card');
      const root = this.host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = CARD_STYLE;
      this.card = this.doc.createElement('div');
      this.card.className = 'card';
      this.card.setAttribute('role', 'tooltip');
      root.append(style, this.card);
      this.doc.documentElement.append(this.host);
    }
    const sev = this.doc.createElement('span');
    sev.className = `sev ${l.finding.severity}`;
    sev.textContent = l.finding.severity;
    const title = this.doc.createElement('div');
    title.className = 'title';
    title.append(sev, CATALOGUE[l.finding.check].title);
    const message = this.doc.createElement('div');
    message.textContent = l.finding.message;
    this.card.replaceChildren(title, message);
    const left = Math.min(x + 12, innerWidth - 380);
    const top = y + 18 + 120 > innerHeight ? y - 130 : y + 18;
    this.card.style.left = `${Math.max(8, left)}px`;
    this.card.style.top = `${Math.max(8, top)}px`;
    this.card.hidden = false;
  }

  private hide(): void {
    if (this.card) this.card.hidden = true;
  }
}
