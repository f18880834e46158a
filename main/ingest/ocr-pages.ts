/**
 * OCR for the pages of one document that need it: each page's image (its embedded scan, or a
 * rendering) is queued on the shared OCR pool as soon as it is ready, so the next page is being
 * prepared while the pool recognises, and the pool's workers take pages from every document.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { PageToStore } from '../store/document-writer.js';
import { IngestError } from './errors.js';
import type { OcrPool, OcrWord } from './ocr-pool.js';
import { pageImageForOcr } from './page-image.js';
import { openPdf } from './pdf-document.js';
import type { FileBytes } from './read-file.js';
import type { PixelToPoints } from './single-image.js';
import type { Semaphore } from '../util/semaphore.js';
import type { TextLayerPage } from './text-layer.js';
import { withTimeout } from './timeout.js';

/**
 * Pages of one document prepared ahead of OCR. Bounds memory (each holds a page image) while
 * leaving enough queued that the pool never waits on one document's preparation.
 */
const MAX_PAGES_IN_FLIGHT = 3;

export interface OcrPagesOptions {
  readonly getOcrPool: () => Promise<OcrPool>;
  /**
   * Shared by every document of an import: a permit per page image prepared and not yet
   * recognised, so memory stays bounded however many documents are open, while the pool still
   * always has the next pages waiting. Without it only the per-document limit applies.
   */
  readonly ocrSlots?: Semaphore | undefined;
  readonly pageTimeoutMs: number;
  readonly onPageDone?: ((page: PageToStore) => void) | undefined;
}

/** Word boxes from image pixels to page points (top-left origin), as the store keeps them. */
export function wordsInPoints(words: readonly OcrWord[], toPoints: PixelToPoints): PageToStore['words'] {
  const { scaleX, scaleY, offsetX, offsetY } = toPoints;
  return words.map((word) => ({
    text: word.text,
    confidence: word.confidence,
    x0: offsetX + word.x0 * scaleX,
    y0: offsetY + word.y0 * scaleY,
    x1: offsetX + word.x1 * scaleX,
    y1: offsetY + word.y1 * scaleY,
  }));
}

/**
 * Prepares one page's image and queues it; resolves as soon as it is queued, with the pending
 * recognition boxed (an async function would otherwise wait for the promise it returns).
 */
async function queuePage(doc: PDFDocumentProxy, layer: TextLayerPage, poolReady: Promise<OcrPool>): Promise<{ recognition: Promise<PageToStore> }> {
  const page = await doc.getPage(layer.number);
  let input;
  try {
    input = await pageImageForOcr(doc, page);
  } finally {
    page.cleanup(); // drops pdf.js's decoded copy of the scan now, not at document end
  }
  const { width, height, number } = layer;
  const pool = await poolReady;
  const recognition = pool.recognize(input.image, input.dpi).then((result) => ({
    number,
    text: result.text,
    source: 'ocr' as const,
    ocrConfidence: result.confidence,
    width,
    height,
    words: wordsInPoints(result.words, input.toPoints),
  }));
  return { recognition };
}

/** OCRs the given pages of `file`; returns them by page number. */
export async function ocrPages(file: FileBytes, pages: readonly TextLayerPage[], options: OcrPagesOptions): Promise<Map<number, PageToStore>> {
  // The first pool takes a second or so to load its models: prepare the first pages meanwhile.
  const poolReady = options.getOcrPool();
  poolReady.catch(() => undefined); // awaited in queuePage; a failure surfaces there
  const doc = await openPdf(file.bytes, file.fileName);
  const results: Promise<PageToStore>[] = [];
  try {
    const inFlight = new Set<Promise<unknown>>();
    for (const layer of pages) {
      const timeoutError = () => new IngestError('PAGE_TIMEOUT', `${file.fileName}: page ${layer.number} took longer than ${Math.round(options.pageTimeoutMs / 1000)} s to read`);
      const release = (await options.ocrSlots?.acquire()) ?? (() => undefined);
      let queued: { recognition: Promise<PageToStore> };
      try {
        queued = await withTimeout(queuePage(doc, layer, poolReady), options.pageTimeoutMs, timeoutError);
      } catch (error) {
        release();
        throw error;
      }
      const result = withTimeout(queued.recognition, options.pageTimeoutMs, timeoutError).then((page) => {
        options.onPageDone?.(page);
        return page;
      });
      void result.finally(release).catch(() => undefined);
      result.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
      const settled: Promise<unknown> = result.then(
        (): void => void inFlight.delete(settled),
        (): void => void inFlight.delete(settled),
      );
      inFlight.add(settled);
      results.push(result);
      if (inFlight.size >= MAX_PAGES_IN_FLIGHT) await Promise.race(inFlight);
    }
    const done = await Promise.all(results);
    return new Map(done.map((page) => [page.number, page]));
  } finally {
    await Promise.allSettled(results); // never destroy the document under a page still in use
    await doc.destroy();
  }
}
