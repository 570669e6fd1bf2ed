import { Worker } from 'node:worker_threads';
import type { AuditSettings, Outcome } from './audit-task.js';
import type { Loaded } from './inputs.js';
import { overTime } from './time-limit.js';

interface Job {
  id: number;
  loaded: Loaded;
  resolve: (outcome: Outcome) => void;
  timer?: NodeJS.Timeout;
  /** Why the job's thread was stopped, when the pool stopped it. */
  stopped?: string;
}

/**
 * Worker threads that audit articles, started as work arrives (never more than `size`, and no
 * more than there is work for). A thread that dies (out of memory on a giant page) fails only
 * the article it held, and another takes its place; so does a thread that holds one article
 * longer than `timeLimitMs`: it is stopped, and the article reported as an error.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 0;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly settings: AuditSettings,
    private readonly timeLimitMs: number,
  ) {}

  /** Never rejects: a failure is an outcome like any other. */
  audit(loaded: Loaded): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, loaded, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : null);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      job.timer = setTimeout(() => {
        job.stopped = overTime(this.timeLimitMs);
        void worker.terminate();
      }, this.timeLimitMs);
      worker.postMessage({ id: job.id, loaded: job.loaded });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { workerData: this.settings });
    worker.on('message', ({ outcome }: { id: number; outcome: Outcome }) => {
      const job = this.busy.get(worker)!;
      clearTimeout(job.timer);
      this.busy.delete(worker);
      this.idle.push(worker);
      job.resolve(outcome);
      this.dispatch();
    });
    const lost = (why: string) => {
      const job = this.busy.get(worker);
      if (job) clearTimeout(job.timer);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      job?.resolve({ source: job.loaded.source, error: job.stopped ?? `could not be audited (${why})` });
      this.dispatch();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`worker thread stopped with code ${code}`));
    return worker;
  }
}
