/**
 * Highlight accuracy: for every mention of a mixed PDF (mixed-pdf.ts: one born-digital page, one
 * scanned page), the rectangles the app draws (read from the page in Chromium, converted back to
 * page points) overlap the reference boxes of those characters with IoU ≥ 0.8:
 *  - text page: the exact glyph boxes known from the font's widths where the PDF was written
 *    (what pdf.js's text items describe);
 *  - OCR page: tesseract's word boxes stored at import, for the words the mention covers.
 * A mention crossing a line must be drawn as one rectangle per line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, MentionRecord, PageDetail } from '../../main/api/contract.js';
import { iou, type Rect } from '../../renderer/page/boxes.js';
import { tempDir } from '../helpers/fixtures.js';
import { apiCall, cliImport, closeApp, openBrowser, screenshot, serve, type Browsing, type Served } from './harness.js';
import { makeMixedPdf, type CharBox } from './mixed-pdf.js';

const dir = tempDir('glaneur-highlight-');
let served: Served;
let browsing: Browsing;
let charBoxes: readonly (CharBox | undefined)[];
let documentId: number;

/** Union of boxes per line (boxes whose vertical extents overlap), top to bottom. */
function perLine(boxes: readonly Rect[]): Rect[] {
  const lines: Rect[] = [];
  for (const box of boxes) {
    const line = lines.find((each) => Math.min(each.y1, box.y1) - Math.max(each.y0, box.y0) > 0.5 * Math.min(each.y1 - each.y0, box.y1 - box.y0));
    if (line === undefined) lines.push({ ...box });
    else lines[lines.indexOf(line)] = { x0: Math.min(line.x0, box.x0), y0: Math.min(line.y0, box.y0), x1: Math.max(line.x1, box.x1), y1: Math.max(line.y1, box.y1) };
  }
  return lines.sort((a, b) => a.y0 - b.y0);
}

/** The rectangles drawn for one mention, in page points (CSS pixels over the page's scale). */
async function drawn(page: Page, mentionId: number): Promise<Rect[]> {
  const rects = await page.evaluate((id) => {
    const pageBox = document.querySelector('.page')?.getBoundingClientRect();
    const scale = Number(document.querySelector<HTMLElement>('.page')?.dataset.scale);
    return [...document.querySelectorAll(`.highlight[data-mention-id="${id}"]`)].map((element) => {
      const box = element.getBoundingClientRect();
      // The highlight's border is drawn inside its box: the box is the rectangle.
      return { x0: (box.left - (pageBox?.left ?? 0)) / scale, y0: (box.top - (pageBox?.top ?? 0)) / scale, x1: (box.right - (pageBox?.left ?? 0)) / scale, y1: (box.bottom - (pageBox?.top ?? 0)) / scale };
    });
  }, mentionId);
  return rects.sort((a, b) => a.y0 - b.y0);
}

/**
 * Tesseract's boxes for the words a mention covers, found by walking the words through the page
 * text. Tesseract gives no box per character: when a mention takes only part of a word (`2023`
 * of `2023.`), that word's box is cut in proportion to the characters taken.
 */
function ocrWordBoxes(detail: PageDetail, mention: MentionRecord): Rect[] {
  const boxes: Rect[] = [];
  let cursor = 0;
  for (const word of detail.words) {
    const at = detail.text.indexOf(word.text, cursor);
    if (at < 0) continue;
    cursor = at + word.text.length;
    if (at >= mention.end || cursor <= mention.start) continue;
    const width = word.x1 - word.x0;
    const from = (Math.max(mention.start, at) - at) / word.text.length;
    const to = (Math.min(mention.end, cursor) - at) / word.text.length;
    boxes.push({ x0: word.x0 + width * from, y0: word.y0, x1: word.x0 + width * to, y1: word.y1 });
  }
  return boxes;
}

beforeAll(async () => {
  const mixed = await makeMixedPdf();
  charBoxes = mixed.charBoxes;
  const file = join(dir.path, 'mixte.pdf');
  writeFileSync(file, mixed.bytes);
  const db = join(dir.path, 'corpus.sqlite');
  await cliImport(db, [file]);
  served = await serve(db);
  browsing = await openBrowser();
  await browsing.page.goto(served.url);
  documentId = (await apiCall<DocumentSummary[]>(served, 'listDocumentSummaries', {}))[0]?.id ?? 0;
});

afterAll(async () => {
  await closeApp(browsing, served);
  dir.cleanup();
});

describe('highlights on a mixed PDF', () => {
  it('were imported as one text page and one OCR page', async () => {
    const detail = await apiCall<{ pages: { source: string }[] }>(served, 'getDocument', { documentId });
    expect(detail.pages.map((page) => page.source)).toEqual(['text', 'ocr']);
  });

  for (const pageNumber of [1, 2]) {
    it(`draws every mention of page ${pageNumber} on its characters (IoU ≥ 0.8)`, async () => {
      const page = browsing.page;
      const detail = await apiCall<PageDetail>(served, 'getPage', { documentId, page: pageNumber });
      const mentions = (await apiCall<MentionRecord[]>(served, 'listMentions', { documentId, page: pageNumber }));
      expect(mentions.length).toBeGreaterThanOrEqual(5);
      await page.goto(`${served.origin}/#/document/${documentId}`);
      await page.locator('[role="option"]').first().waitFor();
      await page.locator(`[role="option"][data-mention-id="${mentions[0]?.id}"]`).click();
      await page.locator(`.page canvas[data-rendered="${pageNumber}"]`).waitFor();
      await screenshot(page, `09-precision-page-${pageNumber}`);
      const scores: string[] = [];
      let split = 0;
      for (const mention of mentions) {
        const reference =
          detail.source === 'text'
            ? perLine(charBoxes.slice(mention.start, mention.end).filter((box): box is CharBox => box !== undefined && mention.text[charBoxes.indexOf(box) - mention.start] !== ' '))
            : perLine(ocrWordBoxes(detail, mention));
        const rects = await drawn(page, mention.id);
        if (reference.length > 1) split += 1;
        expect(rects, `${mention.text}: one rectangle per line`).toHaveLength(reference.length);
        reference.forEach((box, index) => {
          const rect = rects[index];
          const score = rect === undefined ? 0 : iou(rect, box);
          scores.push(`${mention.text.replace(/\n/gu, '⏎')}: ${score.toFixed(2)}`);
          expect(score, `${mention.text} (rectangle ${index + 1}) IoU`).toBeGreaterThanOrEqual(0.8);
        });
      }
      console.log(`page ${pageNumber} (${detail.source}): ${scores.join(', ')}; ${split} mention(s) across lines`);
    });
  }
});
