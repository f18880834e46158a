import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePgm } from '../../../main/ingest/gray-image.js';
import { createOcrPool, OcrTimeoutError, type OcrPool } from '../../../main/ingest/ocr-pool.js';
import { recognizeUpright } from '../../../main/ingest/orientation.js';
import { pageImageForOcr, type OcrInput } from '../../../main/ingest/page-image.js';
import { openPdf } from '../../../main/ingest/pdf-document.js';
import { cropRows, rotateGray } from '../../../main/ingest/rotate.js';

/** Page 1 of the first dev scan, as the importer hands it to OCR (its embedded 200 dpi image). */
async function firstScanPage(): Promise<OcrInput> {
  const path = 'fixtures/corpus/dev/000-scan.pdf';
  const doc = await openPdf(new Uint8Array(await readFile(path)), path);
  try {
    const { input, paintsImage } = await pageImageForOcr(doc, await doc.getPage(1));
    expect(paintsImage).toBe(true);
    return input;
  } finally {
    await doc.destroy();
  }
}

const EXPECTED_WORDS = ['ptce', 'émergence', 'hénin-carvin', 'territoire'];

describe('OCR pool (real tesseract.js, fra model from npm)', () => {
  let pool: OcrPool;
  let input: OcrInput;
  beforeAll(async () => {
    pool = await createOcrPool({ size: 2 });
    input = await firstScanPage();
  });
  afterAll(async () => {
    await pool.terminate();
  });

  it('reads a real scanned page: expected words, a confidence, word boxes inside the image', async () => {
    const { width, height } = input.image;
    expect(input.origin).toBe('raw'); // read straight from the file (raw-scan.ts)
    expect(input.dpi).toBe(200);
    const result = await pool.recognize(encodePgm(input.image), input.dpi);
    const text = result.text.toLowerCase();
    for (const word of EXPECTED_WORDS) expect(text).toContain(word);
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

  it('reads a page scanned sideways upright, with its word boxes mapped back onto the sideways image', async () => {
    const sideways = rotateGray(input.image, 3); // fed into the scanner a quarter turn off
    const upright = await pool.recognize(encodePgm(input.image), input.dpi);
    const reading = await recognizeUpright(pool, sideways, input.dpi);
    expect(reading.turns).toBe(1);
    const text = reading.text.toLowerCase();
    for (const word of EXPECTED_WORDS) expect(text).toContain(word);
    expect(reading.confidence).toBeGreaterThan(80);
    // The same word, found on the upright image and mapped back from the turned reading, sits
    // where turning the sideways image would put it.
    const probe = upright.words.find((word) => word.text.toLowerCase() === 'territoire');
    const mapped = reading.words.find((word) => word.text.toLowerCase() === 'territoire');
    if (probe === undefined || mapped === undefined) throw new Error('probe word not found');
    // sideways = upright turned 3 quarter turns clockwise: upright (x, y) → (y, W-1-x).
    expect(Math.abs(mapped.x0 - probe.y0)).toBeLessThan(6);
    expect(Math.abs(mapped.y0 - (input.image.width - probe.x1))).toBeLessThan(6);
  });

  it('reads a smaller image after a larger one exactly as a fresh worker reads it (the input file is written over in place)', async () => {
    // A band of the page, cut so that its PGM is shorter than the whole page's: the worker's input
    // file then still holds the tail of the larger image past the band's last row.
    const band = cropRows(input.image, input.image.height / 3, input.image.height / 5);
    const single = await createOcrPool({ size: 1 });
    try {
      const afterLarger = await single.recognize(encodePgm(input.image), input.dpi).then(() => single.recognize(encodePgm(band), input.dpi));
      const fresh = await createOcrPool({ size: 1 });
      try {
        const alone = await fresh.recognize(encodePgm(band), input.dpi);
        expect((alone.text.match(/\p{L}/gu) ?? []).length).toBeGreaterThan(100);
        expect(afterLarger.text).toBe(alone.text);
        expect(afterLarger.words).toEqual(alone.words);
      } finally {
        await fresh.terminate();
      }
    } finally {
      await single.terminate();
    }
  });

  it('stops a recognition that runs past its own time limit, and the pool goes on with a fresh worker', async () => {
    await expect(pool.run({ image: encodePgm(input.image), dpi: input.dpi, timeoutMs: 5 })).rejects.toBeInstanceOf(OcrTimeoutError);
    const again = await pool.run({ image: encodePgm(input.image), dpi: input.dpi, timeoutMs: 120_000 });
    expect(again.text.toLowerCase()).toContain('ptce');
  });
});
