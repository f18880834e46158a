import { defineConfig } from 'vitest/config';

/**
 * Test tiers, named by file suffix: `*.test.ts` pure and fast; `*.int.test.ts` real SQLite, PDFs,
 * OCR and child processes; `test/e2e/` (`.e2e.test.ts`) a real browser. Speed is measured by `npm run bench`,
 * never asserted here.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // The first extraction in a worker builds the lexicons and patterns (a cold start of a few seconds);
          // on a loaded 2-core machine that passed vitest's 5 s default. A hang guard, not a speed check.
          testTimeout: 30_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'test/e2e/**', 'test/bench/**', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          exclude: ['test/e2e/**', 'test/bench/**', 'node_modules/**'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // OCR saturates both cores already; running int files side by side only adds contention.
          fileParallelism: false,
        },
      },
      {
        // The review app in Debian's Chromium against `glaneur serve` (see test/e2e/harness.ts).
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
