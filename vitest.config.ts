import { defineConfig } from 'vitest/config';

/**
 * Unit files that replace a module with `vi.mock`: they need a module graph of their own, so they run isolated
 * (project `unit-isolated`); test/vitest-config.test.ts fails if another unit file mocks a module.
 */
export const MODULE_MOCKING_UNIT_FILES = ['test/main/ingest/file-screen.test.ts', 'test/main/ingest/v8-tiering.test.ts'];
const UNIT_EXCLUDE = ['test/**/*.int.test.ts', 'test/e2e/**', 'test/bench/**', 'node_modules/**'];

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
          // Files share one module graph per worker: the lexicons and patterns are built once per worker, not once
          // per file (the unit tier ran in about a sixth of the time). Pure modules make this safe; files that mock
          // a module run in `unit-isolated`.
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: [...UNIT_EXCLUDE, ...MODULE_MOCKING_UNIT_FILES],
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: MODULE_MOCKING_UNIT_FILES,
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
