import { defineConfig } from 'vitest/config';

/** What every test file shares: where the tests are, and how long one may take. */
const common = {
  exclude: ['tests/e2e/**', 'node_modules/**'],
  testTimeout: 30_000,
};

/**
 * Files that run in a process of their own. One replaces a module of the engine (vi.mock). The
 * rest are the long audits of shared corpora and generated inputs: each takes many seconds, so
 * loading the engine once more costs them little, and they run twice as fast as after other
 * files in the same process (V8 ran some of the engine's large regular expressions several times
 * slower once a worker had audited a few hundred HTML pages), and hostile-time measures growth.
 */
const OWN_PROCESS = [
  'tests/audit-errors.test.ts',
  'tests/newswire-dated.test.ts',
  'tests/newswire-undated.test.ts',
  'tests/realnews.test.ts',
  'tests/hostile-time.test.ts',
  'tests/property.test.ts',
];

export default defineConfig({
  test: {
    // One worker a core: vitest's default leaves one of two cores idle.
    maxWorkers: 2,
    projects: [
      { test: { ...common, name: 'own-process', include: OWN_PROCESS, isolate: true } },
      {
        // The other files share their worker's modules: loading the engine and its libraries
        // (compromise, chrono, linkedom) once a worker instead of once a file took 55 s of CPU
        // for the small files alone, against 11 s shared. They share no state but caches.
        test: { ...common, name: 'shared', include: ['tests/**/*.test.ts'], exclude: [...common.exclude, ...OWN_PROCESS], isolate: false },
      },
    ],
  },
});
