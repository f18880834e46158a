/**
 * The library and the "why" of a mention, end to end (Debian's Chromium against `glaneur serve`):
 *  - from the library to a document with the keyboard only (Tab to the list, arrows, Entrée), then
 *    a decision by key;
 *  - a document's other versions (issue 16's groups) opened from its row with → and followed;
 *  - the selected organisation candidate shows its rule and each piece of its evidence in French;
 *  - every mention type, roles included, is drawn in its colour, and the legend says which.
 * The corpus is one invented newsletter page written with pdf-lib, twice (different bytes, same
 * text: two versions of one document), and a dev fixture; no OCR, so it imports in seconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentGroup, DocumentSummary, MentionRecord } from '../../main/api/contract.js';
import { evidenceText, ruleText, TYPE_LABELS } from '../../renderer/i18n/fr.js';
import { TYPE_COLOURS } from '../../renderer/review/type-colours.js';
import { devFile, tempDir } from '../helpers/fixtures.js';
import { apiCall, cliImport, closeApp, openApp, screenshot, type Browsing, type Served } from './harness.js';
import { writeLinesPdf } from '../helpers/lines-pdf.js';

/** Invented lines: a member list with two names no type word announces, a figure, a role, a contact. */
const LINES = [
  'Lettre du réseau, le 14 octobre 2025',
  "Le réseau compte quatre adhérents : Menuiserie Bellevue, Coud'Ensemble",
  'et Les Jardins du Plateau.',
  'Le chantier a accueilli 18 salariés en insertion.',
  'Marion Lefort, présidente de la CRESS Occitanie.',
  'Contact : reseau@example.org',
];

const dir = tempDir('glaneur-e2e-why-');
const db = join(dir.path, 'corpus.sqlite');
let served: Served;
let browsing: Browsing;
let page: Page;
const pageErrors: string[] = [];

/** The letter, with `note` as its subject: different bytes, same text. */
const writeLetter = (name: string, note: string): Promise<string> => writeLinesPdf(join(dir.path, name), LINES, note);

const documents = (): Promise<DocumentSummary[]> => apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {});
const byFile = async (fileName: string): Promise<DocumentSummary> => {
  const found = (await documents()).find((document) => document.fileName === fileName);
  if (found === undefined) throw new Error(`${fileName} is not in the corpus`);
  return found;
};
const mentionsOf = (documentId: number): Promise<MentionRecord[]> => apiCall<MentionRecord[]>(served, 'listMentions', { documentId });
const focused = (): Promise<string> => page.evaluate(() => `${document.activeElement?.tagName ?? ''}.${document.activeElement?.className ?? ''}`);

/** Presses Tab until the library's list has the focus, as a person would; fails after 40 presses. */
async function tabToLibraryList(): Promise<number> {
  for (let presses = 1; presses <= 40; presses += 1) {
    await page.keyboard.press('Tab');
    if ((await focused()).includes('doc-body')) return presses;
  }
  throw new Error(`Tab never reached the document list (focus on ${await focused()})`);
}

/** ↓ from the first row to the row of `fileName`, checking that it is the current row then. */
async function arrowTo(fileName: string): Promise<void> {
  const rows = (await page.getByRole('row').allTextContents()).slice(1);
  const target = rows.findIndex((text) => text.includes(fileName));
  expect(target).toBeGreaterThanOrEqual(0);
  for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.locator('[role="row"][aria-selected="true"]').textContent()).resolves.toContain(fileName);
}

beforeAll(async () => {
  const letter = await writeLetter('lettre-reseau.pdf', 'version 1');
  const copy = await writeLetter('lettre-reseau-copie.pdf', 'version 2');
  await cliImport(db, [letter, copy, devFile('003.pdf')]);
  ({ served, browsing, page } = await openApp(db, pageErrors));
});

afterAll(async () => {
  await closeApp(browsing, served);
  dir.cleanup();
});

describe('the library and the why of a mention', () => {
  it('goes from the library to a document with the keyboard only, and decides by key', async () => {
    await page.goto(served.url);
    await page.getByRole('row', { name: /Lettre du réseau/u }).first().waitFor();
    const presses = await tabToLibraryList();
    expect(presses).toBeGreaterThan(1);
    await arrowTo('lettre-reseau.pdf');
    await screenshot(page, '11-bibliotheque-clavier');
    await page.keyboard.press('Enter');
    const document = await byFile('lettre-reseau.pdf');
    await expect.poll(() => page.url()).toContain(`#/document/${document.id}`);
    const selected = page.locator('[role="option"][aria-selected="true"]');
    await selected.waitFor();
    await page.locator('.page canvas[data-rendered="1"]').waitFor();
    // The keys work at once: no click was needed to give the page the focus.
    const first = Number(await selected.getAttribute('data-mention-id'));
    await page.keyboard.press('a');
    await expect.poll(async () => (await mentionsOf(document.id)).find((mention) => mention.id === first)?.status).toBe('accepted');
  });

  it('shows a document’s versions in the library, and opens another version from its row by keyboard', async () => {
    const letter = await byFile('lettre-reseau.pdf');
    const copy = await byFile('lettre-reseau-copie.pdf');
    const groups = await apiCall<DocumentGroup[]>(served, 'listDocumentGroups', {});
    expect(groups.map((group) => group.members.map((member) => member.documentId).sort())).toEqual([[letter.id, copy.id].sort()]);

    await page.goto(`${served.origin}/#/`);
    const row = page.getByRole('row', { name: /Lettre du réseau/u }).filter({ hasText: 'lettre-reseau.pdf' });
    await row.getByRole('button', { name: /2 versions du même document/u }).waitFor();
    // 003.pdf is a document of its own: no versions badge.
    await expect(page.getByRole('row').filter({ hasText: '003.pdf' }).getByRole('button', { name: /versions/u }).count()).resolves.toBe(0);

    await tabToLibraryList();
    await arrowTo('lettre-reseau.pdf');
    await page.keyboard.press('ArrowRight');
    const list = page.getByRole('list', { name: 'Autres versions du même document' });
    await list.waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(2);
    await expect(list.textContent()).resolves.toContain('(ce fichier)');
    // The focus is on the other version's link.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(`#/document/${copy.id}`);
    await screenshot(page, '12-bibliotheque-versions');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`#/document/${copy.id}`);
    await page.locator('[role="option"][aria-selected="true"]').waitFor();
  });

  it('shows why an organisation candidate was proposed: its rule and each piece of evidence in French', async () => {
    const document = await byFile('lettre-reseau.pdf');
    const candidate = (await mentionsOf(document.id)).find((mention) => mention.rule === 'fr.organisation.candidate' && mention.text === 'Menuiserie Bellevue');
    expect(candidate?.evidence.length).toBeGreaterThan(0);
    await page.goto(`${served.origin}/#/document/${document.id}`);
    await page.locator(`[role="option"][data-mention-id="${candidate?.id}"]`).click();
    const why = page.getByRole('region', { name: 'Pourquoi cette mention' });
    await expect.poll(() => why.getAttribute('data-mention-id')).toBe(String(candidate?.id));
    await expect(why.getByTestId('why-rule').textContent()).resolves.toContain(ruleText('fr.organisation.candidate'));
    const shown = await why.getByTestId('why-evidence').getByRole('listitem').allTextContents();
    expect(shown).toEqual(candidate?.evidence.map(evidenceText));
    // Each is a French phrase of its own, not the fallback for a name the app does not know.
    for (const text of shown) expect(text).not.toMatch(/^indice «/u);
    await page.locator('.page canvas[data-rendered="1"]').waitFor();
    await screenshot(page, '13-revue-pourquoi');

    // A mention of a rule with no evidence shows its rule and no evidence list.
    const figure = (await mentionsOf(document.id)).find((mention) => mention.type === 'figure');
    await page.locator(`[role="option"][data-mention-id="${figure?.id}"]`).click();
    await expect(why.getByTestId('why-rule').textContent()).resolves.toContain(ruleText(figure?.rule ?? ''));
    await expect(why.getByTestId('why-evidence').count()).resolves.toBe(0);
  });

  it('draws every mention type in its colour, roles included, and the legend names them', async () => {
    const document = await byFile('lettre-reseau.pdf');
    const types = new Set((await mentionsOf(document.id)).map((mention) => mention.type));
    expect(types.has('role')).toBe(true);
    await page.goto(`${served.origin}/#/document/${document.id}`);
    await page.locator('.page canvas[data-rendered="1"]').waitFor();
    for (const type of types) {
      const highlight = page.locator(`.highlight[title^="${TYPE_LABELS[type]} ·"]`).first();
      // A role is drawn as a line under its words (its box's ::after), the others as a box.
      const border = await highlight.evaluate((element, pseudo) => getComputedStyle(element, pseudo).borderBottomColor, type === 'role' ? '::after' : null);
      expect(border, type).toBe(rgb(TYPE_COLOURS[type]));
      const row = page.locator('[role="option"]').filter({ has: page.locator('.type-chip', { hasText: TYPE_LABELS[type] }) }).first();
      await expect(row.evaluate((element) => getComputedStyle(element).borderLeftColor), type).resolves.toBe(rgb(TYPE_COLOURS[type]));
    }
    // A click on a person inside a role's span selects the person (the role's box lets clicks through).
    const person = (await mentionsOf(document.id)).find((mention) => mention.type === 'person');
    await page.locator(`.highlight[data-mention-id="${person?.id}"]`).first().click();
    await expect.poll(() => page.locator('[role="option"][aria-selected="true"]').getAttribute('data-mention-id')).toBe(String(person?.id));
    const legend = page.getByRole('region', { name: 'Légende des couleurs et des traits' });
    for (const label of Object.values(TYPE_LABELS)) await expect(legend.textContent()).resolves.toContain(label);
    await expect(legend.locator('[data-types="role"]').evaluate((element) => getComputedStyle(element.querySelector('.swatch') ?? element).borderBottomColor)).resolves.toBe(rgb(TYPE_COLOURS.role));
  });

  it('exports every mention as CSV for French Excel from the library, by keyboard only, decisions included', async () => {
    const letter = await byFile('lettre-reseau.pdf');
    const [first] = await mentionsOf(letter.id);
    await apiCall(served, 'rejectMention', { mentionId: first?.id });
    await page.goto(`${served.origin}/#/`);
    await page.getByRole('row', { name: /Lettre du réseau/u }).first().waitFor();
    // Sort buttons name their column as it is written (acronyms kept).
    await expect(page.getByRole('button', { name: 'Trier par PTCE' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Trier par pages (texte / OCR)' }).count()).resolves.toBe(1);
    const button = page.getByRole('button', { name: 'Exporter les mentions (CSV)' });
    for (let presses = 0; presses < 20 && !(await button.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^glaneur-mentions-\d{4}-\d{2}-\d{2}\.csv$/u);
    const bytes = readFileSync((await download.path()) ?? '');
    // UTF-8 with a byte order mark, `;` between French headers: what French Excel opens as columns.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter((line) => line !== '');
    expect(lines[0]?.split(';').slice(0, 8)).toEqual(['document', 'page', 'type', 'texte', 'valeur', 'unité', 'confiance', 'statut']);
    const total = (await documents()).reduce((sum, each) => sum + each.mentions.pending + each.mentions.accepted + each.mentions.rejected + each.mentions.edited, 0);
    expect(lines.length - 1).toBe(total);
    const rejected = lines.find((line) => line.split(';').at(-1) === String(first?.id));
    expect(rejected).toContain(';rejected;');
    await expect(page.getByRole('status').first().textContent()).resolves.toBe(`${total} mentions exportées dans ${download.suggestedFilename()}`);
    await screenshot(page, '14-bibliotheque-export');
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** `#rrggbb` as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
