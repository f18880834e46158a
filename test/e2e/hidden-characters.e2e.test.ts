/**
 * Issue 13, round 5: page text and mention text were shown as stored, so a right-to-left override
 * (U+202E), an isolate or a mark in a PDF's text layer reordered what the reviewer read (a
 * Trojan-Source trick), and ESC reached the screen. The app now shows each such character
 * visibly, as the CLI and the CSV exports do, and the page's text layer keeps the stored text's
 * length (one visible character for each hidden one), so that highlights and selections stay on
 * the stored offsets. The stored text and offsets are not changed. The page is generated
 * (scripts/adversarial/round5-pdfs.ts: its ToUnicode map puts the characters into the text
 * layer), imported with the real CLI and shown in Debian's Chromium by `glaneur serve`.
 */
import BetterSqlite3 from 'better-sqlite3';
import { renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, MentionRecord, PageDetail } from '../../main/api/contract.js';
import { shownInPlace } from '../../renderer/app/shown.js';
import { BIDI_LINES, makeRound5Pdfs } from '../../scripts/adversarial/round5-pdfs.js';
import { tempDir } from '../helpers/fixtures.js';
import { apiCall, cliImport, closeApp, openApp, screenshot, type Browsing, type Served } from './harness.js';

// eslint-disable-next-line no-control-regex -- what must never reach the screen raw
const RAW_HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

const dir = tempDir('glaneur-e2e-hidden-');
const db = join(dir.path, 'corpus.sqlite');
let served: Served;
let browsing: Browsing;
let page: Page;
let pdfPath: string;
let document: DocumentSummary;
let stored: string;
let mentions: MentionRecord[];
const pageErrors: string[] = [];

beforeAll(async () => {
  const [made] = await makeRound5Pdfs(join(dir.path, 'in'), ['bidi-in-text-layer']);
  pdfPath = made!.file;
  await cliImport(db, [pdfPath]);
  ({ served, browsing, page } = await openApp(db, pageErrors));
  await page.goto(served.url); // the session token, as a person opens the printed address
  [document] = (await apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {})) as [DocumentSummary];
  stored = (await apiCall<PageDetail>(served, 'getPage', { documentId: document.id, page: 1 })).text;
  mentions = await apiCall<MentionRecord[]>(served, 'listMentions', { documentId: document.id });
}, 120_000);

afterAll(async () => {
  await closeApp(browsing, served);
  dir.cleanup();
});

/** Everything the page shows as text (the transparent text layer included). */
const shownText = (): Promise<string> => page.evaluate(() => window.document.body.innerText);

describe('control and bidi characters in page text', () => {
  it('are stored as the PDF says, so the test means something', () => {
    for (const char of ['\u202e', '\u2067', '\u2069', '\u200f', '\u001b']) expect(stored).toContain(char);
    expect(mentions.map((mention) => mention.text)).toEqual(expect.arrayContaining(['14 structures']));
  });

  it('are shown visibly in the review, and the text layer keeps the stored offsets', async () => {
    await page.goto(`${served.origin}/#/document/${document.id}`);
    await page.locator('.page canvas[data-rendered="1"]').waitFor();
    await page.locator('.text-layer span[data-start]').first().waitFor();
    const figure = mentions.find((mention) => mention.text === '14 structures');
    expect(figure).toBeDefined();
    await page.locator(`[role="option"][data-mention-id="${figure!.id}"]`).click();
    await page.locator('.why-context').waitFor();

    expect(await shownText()).not.toMatch(RAW_HIDDEN);
    await expect(page.locator('.why-context').textContent()).resolves.toContain('\\u{202e}');

    // Each span of the text layer is the stored text at its offset, one character for one.
    const spans = await page.locator('.text-layer span[data-start]').evaluateAll((nodes) => nodes.map((node) => ({ start: Number((node as HTMLElement).dataset.start), text: node.textContent ?? '' })));
    expect(spans.length).toBeGreaterThanOrEqual(BIDI_LINES.length);
    for (const span of spans) expect(span.text).toBe(shownInPlace(stored.slice(span.start, span.start + span.text.length)));
    expect(spans.some((span) => span.text.includes('\ufffd'))).toBe(true);

    // The figure after the override is highlighted over its own span of the text layer.
    const highlight = await page.locator(`.highlight[data-mention-id="${figure!.id}"]`).first().boundingBox();
    const holder = spans.find((span) => span.start <= figure!.start && figure!.start < span.start + span.text.length);
    expect(holder).toBeDefined();
    const spanBox = await page.locator(`.text-layer span[data-start="${holder!.start}"]`).boundingBox();
    expect(highlight).not.toBeNull();
    expect(highlight!.y + highlight!.height / 2).toBeGreaterThan(spanBox!.y);
    expect(highlight!.y + highlight!.height / 2).toBeLessThan(spanBox!.y + spanBox!.height);
    expect(highlight!.x).toBeGreaterThanOrEqual(spanBox!.x - 2);
    expect(highlight!.x + highlight!.width).toBeLessThanOrEqual(spanBox!.x + spanBox!.width + 2);
    await screenshot(page, '31-caracteres-caches-revue');
    expect(pageErrors).toEqual([]);
  });

  it('are shown visibly in the page text shown when the original is missing', async () => {
    const sqlite = new BetterSqlite3(db);
    try {
      sqlite.prepare('DELETE FROM document_files WHERE document_id = ?').run(document.id);
    } finally {
      sqlite.close();
    }
    renameSync(pdfPath, `${pdfPath}.moved`);
    // The library must be on screen before the document is asked for again: two hash changes in a
    // row can reach React as one update on a busy machine, and the review, never unmounted, would
    // keep the original it had already opened (a 30 s wait for the fallback in one CI run).
    await page.goto(`${served.origin}/#/`);
    await page.getByRole('row').filter({ hasText: basename(pdfPath) }).waitFor();
    await page.goto(`${served.origin}/#/document/${document.id}`);
    const fallback = page.locator('.page-text-fallback');
    await fallback.waitFor();
    const text = (await fallback.innerText()) ?? '';
    expect(text).not.toMatch(RAW_HIDDEN);
    expect(text).toContain('Le collectif \\u{202e} a accueilli 14 structures');
    await expect(fallback.locator('.escaped-char').count()).resolves.toBe(5);
    expect(await shownText()).not.toMatch(RAW_HIDDEN);
    await screenshot(page, '32-caracteres-caches-sans-original');
    // Nothing stored changed.
    const after = await apiCall<MentionRecord[]>(served, 'listMentions', { documentId: document.id });
    expect(after.map((mention) => [mention.start, mention.end, mention.text])).toEqual(mentions.map((mention) => [mention.start, mention.end, mention.text]));
  });
});
