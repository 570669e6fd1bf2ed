import { defineConfig } from 'vitest/config';

/** What every test file shares: where the tests are, and how long one may take. */
const common = {
  exclude: ['tests/e2e/**', 'node_modules/**'],
  testTimeout: 30_000,
  // V8 runs a regular expression interpreted at first and compiles it later ("tier-up"). After
  // the audit of some HTML pages' text, some of the engine's large expressions stayed
  // interpreted in that process: later audits ran twice as slow. Compiled at once, they do not.
  execArgv: ['--no-regexp-tier-up'],
};

/** Files that replace a module of the engine (vi.mock): they run in a process of their own. */
const OWN_PROCESS = ['tests/audit-errors.test.ts'];

export default defineConfig({
  test: {
    // One worker a core: vitest's default leaves one of two cores idle.
    maxWorkers: 2,
    // Transformed modules kept on disk (node_modules/.experimental-vitest-cache), keyed by their
    // content: a second run skips transforming them again, a fifth of the suite's CPU time.
    experimental: { fsModuleCache: true },
    projects: [
      { test: { ...common, name: 'own-process', include: OWN_PROCESS, isolate: true } },
      {
        // The other files share their worker's modules: loading the engine and its libraries
        // (compromise, chrono, linkedom) once a worker instead of once a file took 55 s of CPU
        // for the small files alone, against 11 s shared. They share no state but caches.
        test: {
          ...common,
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: [...common.exclude, ...OWN_PROCESS],
          isolate: false,
        },
      },
    ],
  },
});
