/** Where progress is drawn: standard error, or a stand-in in tests. */
export interface Terminal {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * One line on a terminal saying how far a long batch has come, redrawn in place. It appears
 * only on a terminal and only once the batch has run for a while, and is wiped before anything
 * else is written, so that it never mixes with reports or messages.
 */
export class Progress {
  private shown = false;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly terminal: Terminal,
    private readonly total: number | null,
    private readonly now: () => number = Date.now,
    private readonly afterMs = 1000,
  ) {
    this.started = now();
  }

  update(done: number, failed: number): void {
    if (!this.terminal.isTTY) return;
    const t = this.now();
    if (t - this.started < this.afterMs || (this.shown && t - this.lastDraw < 100)) return;
    const rate = done / Math.max((t - this.started) / 1000, 0.001);
    const of = this.total === null ? '' : ` of ${this.total}`;
    this.terminal.write(`\r\x1b[Ktelltale: ${done}${of} inputs, ${failed} failed, ${rate.toFixed(1)}/s`);
    this.shown = true;
    this.lastDraw = t;
  }

  clear(): void {
    if (!this.shown) return;
    this.terminal.write('\r\x1b[K');
    this.shown = false;
  }
}
