import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrPool, type OcrPool } from '../../../main/ingest/ocr-pool.js';
import { takeEmbeddedImage, type OcrInput } from '../../../main/ingest/page-image.js';
import { openPdf } from '../../../main/ingest/pdf-document.js';

/** Page 1 of the first dev scan, as the importer hands it to OCR (its embedded 200 dpi image). */
async function firstScanPage(): Promise<{ input: OcrInput; width: number; height: number }> {
  const path = 'fixtures/corpus/dev/000-scan.pdf';
  const doc = await openPdf(new Uint8Array(await readFile(path)), path);
  try {
    const page = await doc.getPage(1);
    const input = await takeEmbeddedImage(page);
    if (input === null) throw new Error('expected page 1 of 000-scan.pdf to be one embedded image');
    // PGM header: "P5\n<width> <height>\n255\n"
    const [, width, height] = /^P5\n(\d+) (\d+)\n/u.exec(input.image.subarray(0, 32).toString('latin1')) ?? [];
    return { input, width: Number(width), height: Number(height) };
  } finally {
    await doc.destroy();
  }
}

describe('OCR pool (real tesseract.js, fra model from npm)', () => {
  let pool: OcrPool;
  beforeAll(async () => {
    pool = await createOcrPool({ size: 1 });
  });
  afterAll(async () => {
    await pool.terminate();
  });

  it('reads a real scanned page: expected words, a confidence, word boxes inside the image', async () => {
    const { input, width, height } = await firstScanPage();
    expect(input.origin).toBe('embedded');
    expect(input.dpi).toBe(200);
    const result = await pool.recognize(input.image, input.dpi);
    const text = result.text.toLowerCase();
    for (const word of ['ptce', 'émergence', 'hénin-carvin', 'territoire']) expect(text).toContain(word);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.words.length).toBeGreaterThan(50);
    for (const word of result.words) {
      expect(word.x0).toBeGreaterThanOrEqual(0);
      expect(word.y0).toBeGreaterThanOrEqual(0);
      expect(word.x1).toBeLessThanOrEqual(width);
      expect(word.y1).toBeLessThanOrEqual(height);
      expect(word.x1).toBeGreaterThan(word.x0);
      expect(word.y1).toBeGreaterThan(word.y0);
    }
  });
});
