/**
 * Setting a document's date from the review (Debian's Chromium against `glaneur serve`): the
 * minutes of a meeting give a day without its year and a relative day; the person types the date
 * the document bears elsewhere (a bad one first, refused in French), and the review shows the
 * document's dates read against it, an accepted mention left as it was, then forgets it. Keyboard
 * only from the header's button to the dialog's field; the last step by mouse. The page is an
 * invented one written with pdf-lib.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DocumentSummary, MentionRecord } from '../../main/api/contract.js';
import { tempDir } from '../helpers/fixtures.js';
import { apiCall, cliImport, closeApp, openApp, screenshot, type Browsing, type Served } from './harness.js';
import { writeLinesPdf } from '../helpers/lines-pdf.js';

/** Invented minutes: a day without its year, a relative day, a figure, no year anywhere. */
const LINES = [
  'Compte rendu du bureau',
  "Le bureau de l'association Les Tilleuls s'est réuni le 12 mars",
  'avec 14 bénévoles pour préparer la brocante du quartier.',
  'La prochaine réunion aura lieu mardi prochain.',
];

const dir = tempDir('glaneur-e2e-document-date-');
const db = join(dir.path, 'corpus.sqlite');
let served: Served;
let browsing: Browsing;
let page: Page;
let document: DocumentSummary;
/** The same minutes in a file whose name a person dated. */
const CR_NAMED = 'CR-bureau-2024-03-12.pdf';
let datedByName: DocumentSummary;
const pageErrors: string[] = [];

const dates = async (): Promise<Record<string, string>> =>
  Object.fromEntries((await apiCall<MentionRecord[]>(served, 'listMentions', { documentId: document.id, types: ['date'] })).map((mention) => [mention.text, mention.value]));

beforeAll(async () => {
  await cliImport(db, [await writeLinesPdf(join(dir.path, 'bureau-tilleuls.pdf'), LINES), await writeLinesPdf(join(dir.path, CR_NAMED), LINES, 'named')]);
  ({ served, browsing, page } = await openApp(db, pageErrors));
  await page.goto(served.url);
  const summaries = await apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {});
  const tilleuls = summaries.find((summary) => summary.fileName === 'bureau-tilleuls.pdf');
  const named = summaries.find((summary) => summary.fileName === CR_NAMED);
  if (tilleuls === undefined || named === undefined) throw new Error('the minutes were not imported');
  [document, datedByName] = [tilleuls, named];
});

afterAll(async () => {
  await closeApp(browsing, served);
  dir.cleanup();
});

it('reads the dates of a document again against the date a person sets, keeping a decision taken', async () => {
  expect(await dates()).toEqual({ '12 mars': '--03-12' });
  const figure = (await apiCall<MentionRecord[]>(served, 'listMentions', { documentId: document.id, types: ['figure'] }))[0];
  await apiCall(served, 'acceptMention', { mentionId: figure?.id });

  await page.goto(`${served.origin}/#/document/${document.id}`);
  await page.locator('[role="option"][aria-selected="true"]').waitFor();
  const header = page.locator('.document-date');
  await expect(header.innerText()).resolves.toMatch(/^Date du document : inconnue/u);

  // Keyboard: focus the header's button, Entrée opens the dialog with its field focused.
  await page.getByRole('button', { name: 'Changer la date du document' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Date du document' });
  await dialog.waitFor();
  const field = dialog.getByRole('textbox', { name: /^Date/u });
  await expect(field.evaluate((element) => element === window.document.activeElement)).resolves.toBe(true);

  // A day no calendar has is refused, in French, and nothing is sent.
  await page.keyboard.type('31/02/2023');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert').innerText()).resolves.toBe('« 31/02/2023 » n’est pas une date : écrivez par exemple 2023-05-20, 20/05/2023, 05/2023 ou 2023.');
  expect(await dates()).toEqual({ '12 mars': '--03-12' });

  await field.fill('20/05/2023');
  await screenshot(page, 'document-date-dialog');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Date du document : 20 mai 2023. Ses dates ont été relues.' }).waitFor();
  await expect(dialog.count()).resolves.toBe(0);
  await expect(header.innerText()).resolves.toMatch(/^Date du document : 20 mai 2023 \(indiquée à la main\)/u);

  expect(await dates()).toEqual({ '12 mars': '2023-03-12', 'mardi prochain': '2023-05-23' });
  // The list shows the dates read again (value in words and in ISO form).
  const list = page.getByRole('listbox');
  await expect(list.innerText()).resolves.toContain('12 mars 2023 (2023-03-12)');
  await expect(list.innerText()).resolves.toContain('23 mai 2023 (2023-05-23)');
  // The accepted figure is the same mention, still accepted.
  const figures = await apiCall<MentionRecord[]>(served, 'listMentions', { documentId: document.id, types: ['figure'] });
  expect(figures.map((mention) => [mention.id, mention.status])).toEqual([[figure?.id, 'accepted']]);
  await screenshot(page, 'document-date-set');

  // The library says the date too, as set by a person (not inferred).
  const summary = (await apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {})).find((each) => each.id === document.id);
  expect(summary).toMatchObject({ documentDate: '2023-05-20', documentDateInferred: false });

  // Forgotten, the date is the text's again: here none, so the day has no year any more.
  await page.getByRole('button', { name: 'Changer la date du document' }).click();
  await dialog.getByRole('button', { name: 'Revenir à la date lue dans le texte' }).click();
  await page.getByRole('status').filter({ hasText: 'Date indiquée à la main retirée' }).waitFor();
  await expect(header.innerText()).resolves.toMatch(/^Date du document : inconnue/u);
  expect((await dates())['12 mars']).toBe('--03-12');
  expect(pageErrors).toEqual([]);
});

it('shows a date another window set while the document is open, with the dates read again', async () => {
  const header = page.locator('.document-date');
  await expect(header.innerText()).resolves.toMatch(/^Date du document : inconnue/u);
  // Another client of the same corpus (a second window, a script through the HTTP API) sets the date:
  // main reads the document again and says so; the open review follows without being reopened.
  await apiCall(served, 'updateDocumentMetadata', { documentId: document.id, changes: { documentDate: '2024-09-02' } });
  await page.locator('.document-date', { hasText: '2 septembre 2024' }).waitFor();
  await expect(header.innerText()).resolves.toMatch(/^Date du document : 2 septembre 2024 \(indiquée à la main\)/u);
  await expect(page.getByRole('listbox').innerText()).resolves.toContain('12 mars 2024 (2024-03-12)');
  await screenshot(page, 'document-date-other-window');
  expect(pageErrors).toEqual([]);
});

it('says when the date comes from the file’s name, and reads the document’s dates against it', async () => {
  await page.goto(`${served.origin}/#/document/${datedByName.id}`);
  await page.locator('[role="option"][aria-selected="true"]').waitFor();
  await expect(page.locator('.document-date').innerText()).resolves.toMatch(/^Date du document : 12 mars 2024 \(lue dans le nom du fichier : à vérifier\)/u);
  await expect(page.getByRole('listbox').innerText()).resolves.toContain('12 mars 2024 (2024-03-12)');
  await screenshot(page, 'document-date-file-name');
  // The library's row says it too.
  await page.goto(served.url);
  const rows = page.getByRole('row').filter({ hasText: '(nom du fichier)' });
  await rows.first().waitFor();
  await expect(rows.count()).resolves.toBe(1);
  await expect(rows.innerText()).resolves.toContain('12 mars 2024');
  expect(pageErrors).toEqual([]);
});
