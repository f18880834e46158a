import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePgm } from '../../../main/ingest/gray-image.js';
import { createOcrPool, type OcrPool, type OcrResult } from '../../../main/ingest/ocr-pool.js';
import { pageImageForOcr } from '../../../main/ingest/page-image.js';
import { openPdf } from '../../../main/ingest/pdf-document.js';

/**
 * A scanned slide holding a three-column table whose cells wrap over two or three lines (invented
 * names; `fixtures/ocr/table.txt` rendered by ../shared/tools/make_pdfs.sh slides, seed 7), read
 * as the importer reads it. Tesseract writes such a table line by line straight across the columns.
 */
async function readTable(pool: OcrPool): Promise<OcrResult> {
  const path = 'fixtures/ocr/table-scan.pdf';
  const doc = await openPdf(new Uint8Array(await readFile(path)), path);
  try {
    const { input } = await pageImageForOcr(doc, await doc.getPage(1));
    return await pool.recognize(encodePgm(input.image), input.dpi);
  } finally {
    await doc.destroy();
  }
}

const lineWith = (lines: readonly string[], word: string): number => lines.findIndex((line) => line.includes(word));

describe('an OCR table read cell by cell (real tesseract.js)', () => {
  let pool: OcrPool;
  let result: OcrResult;
  beforeAll(async () => {
    pool = await createOcrPool({ size: 1 });
    result = await readTable(pool);
  }, 120_000);
  afterAll(async () => {
    await pool.terminate();
  });

  it('keeps the lines of a wrapped cell together, the commune of its row after them', () => {
    const lines = result.text.split('\n').filter((line) => line.trim() !== '');
    const first = lineWith(lines, 'Jardins');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(lineWith(lines, 'Morvillette')).toBe(first + 1);
    expect(lineWith(lines, 'Grand')).toBe(first + 2);
    expect(lineWith(lines, 'TROUVANT')).toBe(first + 3);
  });

  it('writes no line across two cells', () => {
    for (const line of result.text.split('\n')) {
      expect(line).not.toMatch(/(Brivoix|Jardins|Grand Pr|Vents|Fournil).*\p{Lu}{4,}/u);
    }
  });

  it('stores the words in the order of the text', () => {
    let cursor = 0;
    for (const word of result.words) {
      const found = result.text.indexOf(word.text, cursor);
      expect(found).toBeGreaterThanOrEqual(0);
      cursor = found + word.text.length;
    }
  });
});
