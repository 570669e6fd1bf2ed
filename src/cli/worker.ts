import { parentPort, workerData } from 'node:worker_threads';
import { auditLoaded, type AuditSettings } from './audit-task.js';
import type { Loaded } from './inputs.js';

/** One thread of `--jobs N`: audits what the pool sends, one article at a time. */
const settings = workerData as AuditSettings;
parentPort!.on('message', ({ id, loaded }: { id: number; loaded: Loaded }) => {
  parentPort!.postMessage({ id, outcome: auditLoaded(loaded, settings) });
});
