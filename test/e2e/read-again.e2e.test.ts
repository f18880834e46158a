/**
 * The app's import log says what the CLI says when the memory watchdog stops a document and sets
 * it aside to be read again alone (issue 13): until now the app said nothing, and the document's
 * line came last, out of order, with no word why. The real app in Chromium against `glaneur
 * serve`; the import's events are given by the test (Playwright's routing of `/events`,
 * `/upload` and `startImport`), since a real watchdog stop cannot be had on demand — the core
 * side, that the API emits `import-file-read-again`, is read-again.int.test.ts.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiEvent } from '../../main/api/contract.js';
import { openCorpus } from '../../main/store/db.js';
import { devFile, tempDir } from '../helpers/fixtures.js';
import { closeApp, openApp, screenshot, type Browsing, type Served } from './harness.js';

const dir = tempDir('glaneur-e2e-read-again-');
let served: Served;
let browsing: Browsing;
let page: Page;
const pageErrors: string[] = [];
const IMPORT_ID = 'import-lu-a-nouveau';

/** The events an import of `lettre.pdf` and `rapport.pdf` sends when the watchdog stops the report beside the letter. */
const EVENTS: ApiEvent[] = [
  {
    type: 'import-file-read-again',
    importId: IMPORT_ID,
    fileName: 'rapport.pdf',
    beside: true,
    reason: 'rapport.pdf: page 3 (reading its text layer) needed more memory than the import may use (budget 750 MB); the document was skipped',
  },
  { type: 'import-file-done', importId: IMPORT_ID, filesTotal: 2, filesDone: 1, outcome: { status: 'imported', fileName: 'lettre.pdf', documentId: 1, pages: 1, mentions: 12, seconds: 1.2, warnings: [] } },
  { type: 'import-file-done', importId: IMPORT_ID, filesTotal: 2, filesDone: 2, outcome: { status: 'imported', fileName: 'rapport.pdf', documentId: 2, pages: 5, mentions: 40, seconds: 9.5, warnings: [] } },
  { type: 'import-finished', importId: IMPORT_ID, cancelled: false, imported: 2, failed: 0, duplicates: 0, leftOut: 0 },
];

beforeAll(async () => {
  const db = join(dir.path, 'corpus.sqlite');
  (await openCorpus(db, { create: true })).close();
  ({ served, browsing, page } = await openApp(db, pageErrors));
});

afterAll(async () => {
  await closeApp(browsing, served);
  dir.cleanup();
});

it('says in the import log, in French and at once, that a document stopped for memory will be read again alone', async () => {
  let importStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (importStarted = resolve));
  await page.route('**/upload?**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { uploadId: 'envoi' } }) }));
  await page.route('**/api/startImport', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { importId: IMPORT_ID, files: 2 } }) }));
  // The app's event stream, held until its import has started, then these events (and no retry).
  await page.route('**/events', async (route) => {
    await started;
    await route.fulfill({ status: 200, contentType: 'text/event-stream', body: `retry: 3600000\n\n${EVENTS.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('')}` });
  });
  await page.goto(served.url);
  const letter = join(dir.path, 'lettre.pdf');
  const report = join(dir.path, 'rapport.pdf');
  copyFileSync(devFile('000.pdf'), letter);
  copyFileSync(devFile('002.pdf'), report);
  await page.locator('[data-testid="import-files"]').setInputFiles([letter, report]);
  // The import has its id once its cancel button is live: the events may come.
  await expect.poll(() => page.getByRole('button', { name: 'Annuler l’import' }).isEnabled(), { timeout: 30_000 }).toBe(true);
  importStarted();
  await page.getByRole('status').filter({ hasText: 'Import terminé' }).waitFor({ timeout: 30_000 });
  const lines = page.getByRole('log', { name: 'Progression de l’import' }).getByRole('listitem');
  await expect(lines.allInnerTexts()).resolves.toEqual([
    expect.stringMatching(/^rapport\.pdf : arrêté faute de mémoire pendant qu’un autre document était lu en même temps ; il sera relu seul une fois les autres terminés\s*Détail technique$/u),
    expect.stringMatching(/^lettre\.pdf importé : 1 page, 12 mentions/u),
    expect.stringMatching(/^rapport\.pdf importé : 5 pages, 40 mentions/u),
  ]);
  // The core's words on demand, by keyboard, without the file name repeated.
  const again = lines.first();
  await again.getByText('Détail technique').focus();
  await page.keyboard.press('Enter');
  await expect(again.innerText()).resolves.toMatch(/Détail technique\s*page 3 \(reading its text layer\) needed more memory than the import may use/u);
  await screenshot(page, '15-import-relu-seul');
});

it('raised no error in the page', () => {
  expect(pageErrors).toEqual([]);
});
