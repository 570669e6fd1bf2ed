import { defineConfig } from 'vitest/config';

/** What every test file shares: where the tests are, and how long one may take. */
const common = {
  exclude: ['tests/e2e/**', 'node_modules/**'],
  testTimeout: 30_000,
};

/** Files that replace a module of the engine (vi.mock): they get modules of their own. */
const MOCKING = ['tests/audit-errors.test.ts'];

export default defineConfig({
  test: {
    // Two cores: one worker each.
    maxWorkers: 2,
    projects: [
      {
        test: { ...common, name: 'mocking', include: MOCKING, isolate: true },
      },
      {
        // The other files share their worker's modules: loading the engine and its libraries
        // (compromise, chrono, linkedom) once a worker instead of once a file took two thirds of
        // the suite's CPU time. They share no state but caches, which hold the same for every file.
        test: { ...common, name: 'shared', include: ['tests/**/*.test.ts'], exclude: [...common.exclude, ...MOCKING], isolate: false },
      },
    ],
  },
});
