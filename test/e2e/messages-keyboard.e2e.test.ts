/**
 * What an analyst reads when an import goes wrong (issue 13 as the app user meets it): each file
 * named with its problem in French, the core's English detail only under « Détail technique »,
 * warnings of an imported scan on its line, in the library and in the review, and an import that
 * the corpus stops said as stopped — never a quiet « 0 importé ». Keyboard only, and the review's
 * dialogs keep and give back the focus.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../main/api/contract.js';
import { makeHostilePdfs } from '../../scripts/hostile-pdfs.js';
import { devFile, tempDir } from '../helpers/fixtures.js';
import { apiCall, cliImport, closeApp, openApp, screenshot, type Browsing, type Served } from './harness.js';

const dir = tempDir('glaneur-e2e-messages-');
const db = join(dir.path, 'corpus.sqlite');
let served: Served;
let browsing: Browsing;
let page: Page;
let photo: string;
const pageErrors: string[] = [];
/** English words of the core's messages that must not reach the analyst's line. */
const ENGLISH = /\b(not a PDF|header|looks like|plain text|the PDF is|image but|found no text)\b/iu;

beforeAll(async () => {
  await cliImport(db, [devFile('000.pdf')]);
  const [made] = await makeHostilePdfs(join(dir.path, 'made'), ['blank-photo']);
  photo = made!.file;
  ({ served, browsing, page } = await openApp(db, pageErrors));
  await page.goto(served.url);
  await page.getByRole('row', { name: /La lettre/u }).waitFor();
});

afterAll(async () => {
  await closeApp(browsing, served);
  dir.cleanup();
});

describe('import messages in the app', () => {
  it('names each file and its problem in French; the English detail only on demand, by keyboard', async () => {
    const notPdf = join(dir.path, 'compte-rendu.pdf');
    writeFileSync(notPdf, 'un simple texte, pas un PDF\n');
    await page.locator('[data-testid="import-files"]').setInputFiles([notPdf, photo]);
    await page.getByRole('status').filter({ hasText: 'Import terminé' }).waitFor({ timeout: 180_000 });
    const log = page.getByRole('log');
    const failedLine = log.getByRole('listitem').filter({ hasText: 'compte-rendu.pdf' });
    await expect(failedLine.innerText()).resolves.toMatch(/^compte-rendu\.pdf : Ce fichier n’est pas un PDF\.\s*\S*\s*Détail technique$/u);
    expect(await failedLine.innerText()).not.toMatch(ENGLISH);
    // The detail opens from the keyboard, labelled, with the core's words and the code.
    await failedLine.getByText('Détail technique').focus();
    await page.keyboard.press('Enter');
    await expect(failedLine.innerText()).resolves.toMatch(/NOT_PDF — not a PDF/u);
    await screenshot(page, '11-import-detail-technique');
    await page.keyboard.press('Enter');
    // An imported scan with a warning says so on its line, naming the page and the problem.
    const photoLine = log.getByRole('listitem').filter({ hasText: 'blank-photo.pdf' });
    await expect(photoLine.innerText()).resolves.toBe('blank-photo.pdf importé avec 1 avertissement (1 page, 0 mention) : p. 1 : page scannée dont l’OCR n’a lu aucun texte');
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/1 importé avec avertissement/u);
  });

  it('shows a document’s warnings in the library by keyboard, not only on hover', async () => {
    const row = page.getByRole('row', { name: 'blank-photo.pdf' });
    const summary = row.getByText('⚠ 1 avertissement');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(row.getByRole('listitem').innerText()).resolves.toBe('p. 1 : page scannée dont l’OCR n’a lu aucun texte');
    await screenshot(page, '12-bibliotheque-avertissements');
    await page.keyboard.press('Enter');
    // A failed row: French, the code and core's words under its own « Détail technique ».
    const failed = page.getByRole('row', { name: 'compte-rendu.pdf' });
    expect(await failed.innerText()).not.toMatch(ENGLISH);
    expect(await failed.innerText()).not.toContain('(NOT_PDF)');
  });

  it('shows the import’s warnings at the top of the review', async () => {
    const documents = await apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {});
    const scan = documents.find((document) => document.fileName === 'blank-photo.pdf');
    await page.goto(`${served.origin}/#/document/${scan?.id}`);
    const region = page.getByRole('region', { name: 'Avertissements de l’import' });
    await expect(region.innerText()).resolves.toMatch(/1 avertissement sur ce document[\s\S]*p\. 1 : page scannée dont l’OCR n’a lu aucun texte/u);
    await page.locator('.page canvas').waitFor();
    await screenshot(page, '13-revue-avertissements');
  });

  it('says an import stopped by a locked corpus as stopped, with the file count, not « 0 importé »', async () => {
    await page.goto(`${served.origin}/#/`);
    await page.getByRole('row', { name: /La lettre/u }).waitFor();
    const holder = new BetterSqlite3(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      await page.locator('[data-testid="import-files"]').setInputFiles([devFile('003.pdf')]);
      const status = page.getByRole('status').filter({ hasText: 'Import arrêté' });
      await status.waitFor({ timeout: 60_000 });
      await expect(status.innerText()).resolves.toBe('Import arrêté : Le corpus est verrouillé par un autre programme : réessayez quand il aura fini. 1 fichier non importé.');
      await screenshot(page, '14-import-arrete-corpus-verrouille');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('keeps Tab inside a review dialog and gives the focus back where it was when Échap closes it', async () => {
    const documents = await apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {});
    const letter = documents.find((document) => document.fileName === '000.pdf');
    await page.goto(`${served.origin}/#/document/${letter?.id}`);
    await page.locator('[role="option"][aria-selected="true"]').waitFor();
    expect((await apiCall<unknown[]>(served, 'listMentions', { documentId: letter?.id })).length).toBeGreaterThanOrEqual(100);
    const list = page.getByRole('listbox', { name: 'Mentions du document' });
    await list.focus();
    for (const key of ['?', 'e']) {
      await page.keyboard.press(key);
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      for (let step = 0; step < 12; step += 1) {
        await page.keyboard.press(step % 3 === 2 ? 'Shift+Tab' : 'Tab');
        await expect(dialog.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      await expect(list.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    }
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
