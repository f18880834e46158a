/**
 * The review app end to end: Debian's Chromium (playwright-core) against `glaneur serve` on a
 * corpus built from the dev fixtures with the real CLI. Each step is what a person does; every
 * effect is checked through the API, not only on screen. Screenshots of each screen go to
 * test-output/screenshots/ (not committed; `npm run screenshots` copies them for the README).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, DocumentSummary, MentionRecord } from '../../main/api/contract.js';
import { devFile, tempDir } from '../helpers/fixtures.js';
import { apiCall, cliImport, closeApp, openApp, screenshot, type Browsing, type Served } from './harness.js';

const dir = tempDir('glaneur-e2e-');
const db = join(dir.path, 'corpus.sqlite');
let served: Served;
let browsing: Browsing;
let page: Page;
const pageErrors: string[] = [];

const mentionsOf = (documentId: number): Promise<MentionRecord[]> => apiCall<MentionRecord[]>(served, 'listMentions', { documentId });
const documents = (): Promise<DocumentSummary[]> => apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {});
const byFile = async (fileName: string): Promise<DocumentSummary> => {
  const found = (await documents()).find((document) => document.fileName === fileName);
  if (found === undefined) throw new Error(`${fileName} is not in the corpus`);
  return found;
};
const selectedMentionId = async (): Promise<number> => Number(await page.locator('[role="option"][aria-selected="true"]').getAttribute('data-mention-id'));

/** A copy of a PDF with different bytes (a comment after %%EOF): a distinct document, same pages. */
function variant(source: string, index: number): string {
  const path = join(dir.path, `variante-${String(index).padStart(2, '0')}.pdf`);
  writeFileSync(path, Buffer.concat([readFileSync(source), Buffer.from(`\n%glaneur e2e variant ${index}\n`)]));
  return path;
}

async function openDocument(fileName: string): Promise<DocumentSummary> {
  const document = await byFile(fileName);
  await page.goto(`${served.origin}/#/document/${document.id}`);
  await page.locator('[role="option"][aria-selected="true"]').waitFor();
  await page.locator('.page canvas').waitFor();
  return document;
}

beforeAll(async () => {
  await cliImport(db, [devFile('000.pdf'), devFile('002-scan.pdf')]);
  ({ served, browsing, page } = await openApp(db, pageErrors));
  await page.goto(served.url);
});

afterAll(async () => {
  await closeApp(browsing, served);
  dir.cleanup();
});

describe('the review app under glaneur serve', () => {
  it('opens with the printed address (token traded for a cookie) and lists the corpus', async () => {
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('row', { name: /La lettre/u }).count()).resolves.toBe(1);
    await screenshot(page, '01-bibliotheque');
  });

  it('imports by upload with progress, and shows a failed file with its French message', async () => {
    const notPdf = join(dir.path, 'notes.pdf');
    writeFileSync(notPdf, 'ceci est un texte, pas un PDF\n');
    copyFileSync(devFile('003.pdf'), join(dir.path, '003.pdf'));
    await page.locator('[data-testid="import-files"]').setInputFiles([join(dir.path, '003.pdf'), notPdf]);
    await page.getByRole('region', { name: 'Progression de l’import' }).waitFor();
    await screenshot(page, '02-import-en-cours');
    await page.getByRole('status').filter({ hasText: 'Import terminé' }).waitFor({ timeout: 120_000 });
    await expect(page.getByRole('log').textContent()).resolves.toMatch(/003\.pdf importé : \d+ pages/u);
    const failedRow = page.getByRole('row', { name: 'notes.pdf' });
    await expect(failedRow.textContent()).resolves.toContain('Ce fichier n’est pas un PDF.');
    expect((await byFile('003.pdf')).status).toBe('imported');
    expect((await byFile('notes.pdf')).errorCode).toBe('NOT_PDF');
    await screenshot(page, '03-bibliotheque-apres-import');
  });

  it('cancels an import: documents being read finish and stay, the rest is not imported', async () => {
    const files = Array.from({ length: 24 }, (_, index) => variant(devFile('002.pdf'), index));
    const before = (await documents()).length;
    await page.locator('[data-testid="import-files"]').setInputFiles(files);
    const cancel = page.getByRole('button', { name: 'Annuler l’import' });
    await expect.poll(() => cancel.isEnabled(), { timeout: 60_000 }).toBe(true);
    await cancel.click();
    await page.getByRole('status').filter({ hasText: 'Import annulé' }).waitFor({ timeout: 120_000 });
    const added = (await documents()).length - before;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(files.length);
    // What was imported is whole: every new document has its pages and mentions.
    for (const document of (await documents()).filter((each) => each.fileName.startsWith('variante-'))) {
      expect(document.status).toBe('imported');
      expect(document.pageCount).toBeGreaterThan(0);
    }
  });

  it('shows documents that a CLI import in another process adds while the app is open', async () => {
    await page.goto(`${served.origin}/#/`);
    await page.getByRole('row', { name: /La lettre/u }).waitFor();
    const copy = variant(devFile('003.pdf'), 99);
    await cliImport(db, [copy]);
    await page.getByRole('row', { name: /variante-99\.pdf|Pôle Territorial/u }).filter({ hasText: 'variante-99.pdf' }).waitFor({ timeout: 20_000 });
  });

  it('reviews an exported document by keyboard only: open, accept, reject, move, undo', async () => {
    await page.goto(`${served.origin}/#/`);
    await page.getByRole('row', { name: /La lettre/u }).waitFor();
    // Focus the list as Tab would, then ↓ to the document and Entrée.
    await page.locator('.doc-body').focus();
    const rows = await page.getByRole('row').allTextContents();
    const target = rows.slice(1).findIndex((text) => text.includes('000.pdf'));
    for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('[role="option"][aria-selected="true"]').waitFor();
    await page.locator('.page canvas').waitFor();
    const document = await byFile('000.pdf');
    expect(page.url()).toContain(`#/document/${document.id}`);
    await expect(page.getByTestId('page-source').textContent()).resolves.toBe('Page lue dans la couche texte du PDF');
    await screenshot(page, '04-revue-texte');

    const first = await selectedMentionId();
    await page.keyboard.press('a');
    await expect.poll(selectedMentionId).not.toBe(first);
    const second = await selectedMentionId();
    await page.keyboard.press('r');
    await expect.poll(selectedMentionId).not.toBe(second);
    let mentions = await mentionsOf(document.id);
    expect(mentions.find((mention) => mention.id === first)?.status).toBe('accepted');
    expect(mentions.find((mention) => mention.id === second)?.status).toBe('rejected');
    // The highlight on the page follows the selection and is styled by status.
    const selected = await selectedMentionId();
    await expect(page.locator(`.highlight.selected[data-mention-id="${selected}"]`).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator(`.highlight.status-rejected[data-mention-id="${second}"]`).count()).resolves.toBeGreaterThan(0);

    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(selectedMentionId).toBe(selected);
    await page.keyboard.press('u');
    await expect.poll(async () => (await mentionsOf(document.id)).find((mention) => mention.id === second)?.status).toBe('pending');
    mentions = await mentionsOf(document.id);
    expect(mentions.find((mention) => mention.id === first)?.status).toBe('accepted');
    // The actor is the session's user, whatever a page might claim.
    const [entry] = await apiCall<AuditEntry[]>(served, 'listAudit', { mentionId: first, limit: 1 });
    expect(entry?.action).toBe('accept');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Raccourcis clavier' }).waitFor();
    await screenshot(page, '05-aide-clavier');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  });

  it('reviews a scanned document by keyboard: OCR page, scan image, next pending across pages', async () => {
    // Which API calls the page makes: a scan's pages come from their stored images, not from the
    // original rendered by pdf.js in the page (which decodes the scan in JavaScript: slow).
    const calls: { method: string; input: { documentId?: number } }[] = [];
    const record = (request: Request): void => {
      const method = /\/api\/(\w+)$/u.exec(request.url())?.[1];
      if (method !== undefined) calls.push({ method, input: JSON.parse(request.postData() ?? '{}') as { documentId?: number } });
    };
    page.on('request', record);
    const document = await openDocument('002-scan.pdf');
    await expect(page.getByTestId('page-source').textContent()).resolves.toMatch(/^Page lue par OCR/u);
    const mentions = await mentionsOf(document.id);
    const onFirstPage = mentions.filter((mention) => mention.page === mentions[0]?.page).length;
    for (let step = 0; step < onFirstPage; step += 1) await page.keyboard.press('a');
    await expect.poll(async () => (await mentionsOf(document.id)).filter((mention) => mention.status === 'accepted').length).toBe(onFirstPage);
    // Deciding the last mention of a page moves on to the next page.
    await expect.poll(() => page.getByTestId('page-source').locator('xpath=..').textContent()).toContain('Page 2');
    await page.locator('.highlight.selected').waitFor();
    await page.getByRole('checkbox', { name: 'Griser les mots peu sûrs (OCR)' }).check();
    // The scan itself is painted on the page, not only the boxes drawn over it.
    await page.locator('canvas[data-rendered="2"]').waitFor();
    const inked = await page.evaluate(`(() => {
      const canvas = document.querySelector('.page canvas');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let at = 0; at < data.length; at += 4) if (data[at] < 128) dark += 1;
      return dark / (data.length / 4);
    })()`);
    expect(inked).toBeGreaterThan(0.01);
    page.off('request', record);
    const forThis = calls.filter((call) => call.input.documentId === document.id).map((call) => call.method);
    expect(forThis).toContain('getPageImage');
    expect(forThis).not.toContain('getOriginal');
    await screenshot(page, '06-revue-scan');
  });

  it('turns to a page already painted in the same frame as the key press, with its highlights', async () => {
    await openDocument('000.pdf');
    const shown = (): Promise<string | null> => page.evaluate(`document.querySelector('.page canvas')?.dataset.rendered ?? null`);
    for (let at = Number(await page.locator('.page').getAttribute('data-page')); at > 1; at -= 1) await page.keyboard.press('PageUp');
    await page.locator('.page canvas[data-rendered="1"]').waitFor();
    // Page 2 shown once (so painted), then page 1 again.
    await page.keyboard.press('PageDown');
    await page.locator('.page canvas[data-rendered="2"]').waitFor();
    await page.keyboard.press('PageUp');
    await page.locator('.page canvas[data-rendered="1"]').waitFor();
    await expect.poll(shown).toBe('1');
    // The review's action queue lets React commit after each action (a frame, then a task) before it
    // takes the next key (useActionQueue.ts); a key pressed before that waits its turn, by design. The
    // same-frame check starts once the PageUp above has settled: two frames, then a task.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))');
    // Before the next frame: the picture, the page it belongs to and its highlights, together.
    const sameFrame = await page.evaluate(`new Promise((resolve) => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
      requestAnimationFrame(() => resolve({
        rendered: document.querySelector('.page canvas')?.dataset.rendered ?? null,
        page: document.querySelector('.page')?.dataset.page ?? null,
        highlights: document.querySelectorAll('.page .highlight').length,
      }));
    })`);
    expect(sameFrame).toMatchObject({ rendered: '2', page: '2' });
    expect((sameFrame as { highlights: number }).highlights).toBeGreaterThan(0);
  });

  it('extends and shrinks a span by one token, keeping the mention’s id and audit trail, value and unit re-read', async () => {
    const document = await openDocument('000.pdf');
    const figure = (await mentionsOf(document.id)).find((mention) => mention.text === '47 rencontres');
    expect(figure).toBeDefined();
    await page.locator(`[role="option"][data-mention-id="${figure?.id}"]`).click();
    await page.keyboard.press('c');
    await expect.poll(async () => (await mentionsOf(document.id)).find((mention) => mention.id === figure?.id)?.text).toBe('47');
    await page.keyboard.press('v');
    await expect.poll(async () => (await mentionsOf(document.id)).find((mention) => mention.id === figure?.id)?.text).toBe('47 rencontres');
    const after = (await mentionsOf(document.id)).find((mention) => mention.id === figure?.id);
    expect(after).toMatchObject({ id: figure?.id, value: '47', unit: 'rencontre', status: 'edited', createdAt: figure?.createdAt });
    const trail = await apiCall<AuditEntry[]>(served, 'listAudit', { mentionId: figure?.id });
    expect(trail.filter((entry) => entry.action === 'edit')).toHaveLength(2);
    expect(trail.map((entry) => entry.mentionId)).toEqual(trail.map(() => figure?.id));
  });

  it('adds a mention from a text selection on the page, prefilled by the extractors', async () => {
    const opened = await openDocument('000.pdf');
    const pageText = (await apiCall<{ text: string }>(served, 'getPage', { documentId: opened.id, page: 1 })).text;
    const before = await mentionsOf(opened.id);
    // A word of the page that no mention covers.
    const candidates = [...pageText.matchAll(/\p{L}{6,}/gu)].filter((match) => !before.some((mention) => mention.page === 1 && mention.start < match.index + match[0].length && mention.end > match.index));
    const word = candidates[0];
    expect(word).toBeDefined();
    const start = word?.index ?? 0;
    const selected = await page.evaluate(
      ({ start, length }) => {
        const span = [...document.querySelectorAll<HTMLElement>('.text-layer span[data-start]')].find((each) => {
          const from = Number(each.dataset.start);
          return from <= start && start + length <= from + (each.textContent?.length ?? 0);
        });
        const text = span?.firstChild;
        if (span === undefined || text === null || text === undefined) return '';
        const range = document.createRange();
        range.setStart(text, start - Number(span.dataset.start));
        range.setEnd(text, start - Number(span.dataset.start) + length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return range.toString();
      },
      { start, length: word?.[0].length ?? 0 },
    );
    expect(selected).toBe(word?.[0]);
    await page.keyboard.press('s');
    const dialog = page.getByRole('dialog', { name: 'Ajouter une mention' });
    await dialog.waitFor();
    await screenshot(page, '07-ajout-depuis-selection');
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    await expect.poll(async () => (await mentionsOf(opened.id)).length).toBe(before.length + 1);
    const added = (await mentionsOf(opened.id)).find((mention) => !before.some((old) => old.id === mention.id));
    expect(added).toMatchObject({ origin: 'user', status: 'accepted', start, end: start + (word?.[0].length ?? 0), text: word?.[0] });
  });

  it('rejects every mention like this one in the document after a preview, and one undo restores them all', async () => {
    const document = await openDocument('000.pdf');
    const mentions = await mentionsOf(document.id);
    const rules = new Map<string, number>();
    for (const mention of mentions.filter((each) => each.status === 'pending')) rules.set(mention.rule, (rules.get(mention.rule) ?? 0) + 1);
    const [rule] = [...rules.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    const model = mentions.find((mention) => mention.rule === rule && mention.status === 'pending');
    await page.locator(`[role="option"][data-mention-id="${model?.id}"]`).click();
    await page.keyboard.press('g');
    const dialog = page.getByRole('dialog', { name: 'Rejeter les mentions semblables' });
    await dialog.getByRole('radio', { name: 'dans tout le document' }).check();
    const expected = mentions.filter((mention) => mention.rule === rule && mention.type === model?.type && mention.status !== 'rejected').length;
    await dialog.getByText(`${expected} mentions seront rejetées :`).waitFor();
    await screenshot(page, '08-rejet-groupe-apercu');
    await dialog.getByRole('button', { name: `Rejeter ces ${expected} mentions` }).click();
    await expect.poll(async () => (await mentionsOf(document.id)).filter((mention) => mention.rule === rule && mention.status === 'rejected').length).toBe(expected);
    await page.keyboard.press('u');
    await expect.poll(async () => (await mentionsOf(document.id)).filter((mention) => mention.rule === rule && mention.status === 'rejected').length).toBe(0);
    const restored = await mentionsOf(document.id);
    for (const mention of mentions) expect(restored.find((each) => each.id === mention.id)?.status).toBe(mention.status);
  });

  it('re-extracts from the library with progress and shows its report, keeping every decision', async () => {
    const document = await byFile('000.pdf');
    const decided = (await mentionsOf(document.id)).filter((mention) => mention.status !== 'pending');
    expect(decided.length).toBeGreaterThan(0);
    await page.goto(`${served.origin}/#/`);
    await page.getByRole('button', { name: 'Relancer l’extraction' }).click();
    const report = page.getByRole('region', { name: 'Rapport de la nouvelle extraction' });
    await report.waitFor({ timeout: 120_000 });
    await expect(report.textContent()).resolves.toMatch(/\d+ décisions conservées et réancrées/u);
    const after = await mentionsOf(document.id);
    for (const mention of decided) expect(after.find((each) => each.id === mention.id)?.status).toBe(mention.status);
    await screenshot(page, '10-rapport-reextraction');
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
