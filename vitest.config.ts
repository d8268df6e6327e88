import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Bounds that only catch a hang, never a slow machine: no test waits on the clock, and on a
// two-core machine kept busy by other processes a whole-site build takes several times as long
// as on a quiet one (the slowest single tests take about 20 s there when quiet).
const bounds = { testTimeout: 180_000, hookTimeout: 300_000 };

/** The browser tests: every file in test/browser but the Chromium lookup's own test, which needs no browser. */
const BROWSER_TESTS = 'test/browser/**/!(find-chromium).test.ts';

export default defineConfig({
  test: {
    // One test file per core, not one fewer (vitest's default): most files spend their time waiting on
    // child processes, worker threads and Chromium, so on two cores two files at a time take the suite
    // from about 270 s to about 215 s.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, BROWSER_TESTS], ...bounds },
      },
      {
        // One example site and one Chromium for the whole run, started only when a browser test is run.
        test: { name: 'browser', include: [BROWSER_TESTS], globalSetup: ['test/helpers/browser-global-setup.ts'], ...bounds },
      },
    ],
  },
});
