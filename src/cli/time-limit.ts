import vm from 'node:vm';

/** What a batch says of an input that took longer than its time limit. */
export const overTime = (limitMs: number) => `took longer than the time limit of ${limitMs / 1000} s, and was stopped`;

const context = vm.createContext({});

/**
 * Runs `work` on this thread and stops it once it has run `limitMs`: V8's own watchdog, as for
 * `vm`'s timeout, which stops a running regular expression too. `null` when it was stopped. For
 * one input audited on the main thread, where no worker is started: a stopped audit may leave the
 * engine's caches half-filled, so the thread audits nothing more after it.
 */
export function withinTimeLimit<T>(work: () => T, limitMs: number): T | null {
  context.work = work;
  try {
    return vm.runInContext('work()', context, { timeout: Math.max(1, Math.round(limitMs)) }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return null;
    throw error;
  } finally {
    context.work = undefined;
  }
}
