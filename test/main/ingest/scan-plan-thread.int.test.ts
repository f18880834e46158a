import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentThread, type FileToRead, type ReadContext } from '../../../main/ingest/document-thread.js';
import type { OcrPool, TimedOcrResult } from '../../../main/ingest/ocr-pool.js';
import { PdfObjects } from '../../../main/ingest/pdf-objects.js';
import { planScan } from '../../../main/ingest/scan-plan.js';
import type { DocumentToStore } from '../../../main/store/document-writer.js';
import { createSemaphore } from '../../../main/util/semaphore.js';
import { devFile } from '../../helpers/fixtures.js';
import { buildScan } from './built-scan.js';

/**
 * An OCR pool that reads the image it is given as its digest: two readings of a page agree only
 * when the two images (bytes, size) and resolutions do.
 */
const WORDS = [
  { text: 'Lecture', confidence: 91, x0: 12, y0: 30, x1: 140, y1: 62 },
  { text: 'du', confidence: 91, x0: 150, y0: 30, x1: 180, y1: 62 },
  { text: 'condensat', confidence: 91, x0: 190, y0: 30, x1: 360, y1: 62 },
];

function digestPool(): OcrPool & { images: number } {
  const pool = {
    images: 0,
    run: async (job: { image: Buffer; dpi?: number | undefined }): Promise<TimedOcrResult> => {
      pool.images += 1;
      const digest = createHash('sha256').update(job.image).digest('hex');
      return { text: `Lecture ${digest} a ${job.dpi ?? 0} points par pouce`, confidence: 91, words: WORDS, seconds: 0 };
    },
    recognize: async (image: Buffer, dpi?: number) => pool.run({ image, dpi }),
    queueLength: () => 0,
    size: () => 2,
    terminate: async () => undefined,
  };
  return pool;
}

function fileOf(bytes: Uint8Array, name: string): FileToRead {
  return { path: `/virtual/${name}`, fileName: name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** What the thread read, without the time it took. */
function comparable(document: DocumentToStore): Omit<DocumentToStore, 'importSeconds'> {
  const { importSeconds: _seconds, ...rest } = document;
  return rest;
}

describe('a plainly scanned file read by its plan, without pdf.js', () => {
  const thread = new DocumentThread(192);
  afterAll(() => thread.terminate());

  const read = async (file: FileToRead, likelyScan: boolean, pool: OcrPool): Promise<DocumentToStore> => {
    const context: ReadContext = {
      ocr: 'auto',
      limits: { pageTimeoutMs: 60_000, documentTimeoutMs: 600_000, heapMb: 192 },
      getOcrPool: async () => pool,
      ocrSlots: createSemaphore(4),
      likelyScan,
    };
    return thread.read(file, context);
  };

  /** Reads `bytes` by its plan (a likely scan) and through pdf.js (not one), and expects the very same document. */
  const expectSameAsPdfJs = async (bytes: Uint8Array, name: string): Promise<DocumentToStore> => {
    const planPool = digestPool();
    const pdfJsPool = digestPool();
    const planned = await read(fileOf(bytes, name), true, planPool);
    const throughPdfJs = await read(fileOf(bytes, name), false, pdfJsPool);
    expect(comparable(planned)).toEqual(comparable(throughPdfJs));
    expect(planPool.images).toBe(throughPdfJs.pages.length);
    return planned;
  };

  it('gives the dev scans the same pages, sizes, OCR images, word boxes, title and mentions as pdf.js does', async () => {
    for (const id of ['000', '002', '003']) {
      const bytes = new Uint8Array(await readFile(devFile(`${id}-scan.pdf`)));
      expect(planScan(PdfObjects.of(bytes)), id).not.toBeNull();
      const document = await expectSameAsPdfJs(bytes, `${id}-scan.pdf`);
      expect(document.pages.every((page) => page.source === 'ocr')).toBe(true);
    }
  });

  it('asks pdf.js for a title the file names, and for a page image that does not decode from the bytes', async () => {
    const image = { width: 1250, height: 1667 }; // 150 dpi on the 600 × 800 point page
    const titled = buildScan([{}, {}], { image, info: '<< /Title (Bulletin des Jardins de Vaubrune) >>' });
    expect(planScan(PdfObjects.of(titled))?.hasTitle).toBe(true);
    expect((await expectSameAsPdfJs(new Uint8Array(titled), 'titled.pdf')).title).toBe('Bulletin des Jardins de Vaubrune');
    // An inverted image (a decode array) is left to pdf.js's decoder: the plan still lists the page.
    const inverted = buildScan([{}, { imageKeys: '/Decode [1 0]' }], { image });
    expect(planScan(PdfObjects.of(inverted))).not.toBeNull();
    await expectSameAsPdfJs(new Uint8Array(inverted), 'inverted.pdf');
  });
});
