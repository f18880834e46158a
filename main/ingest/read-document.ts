/**
 * Reads one PDF into pages: the text layer where it is usable, OCR where it is missing or
 * garbled (decided page by page, so a PDF can mix both), then runs the extractors.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { DocumentToStore, PageToStore } from '../store/document-writer.js';
import type { DocumentKind } from '../store/documents.js';
import { IngestError } from './errors.js';
import type { OcrPool, OcrWord } from './ocr-pool.js';
import { pageImageForOcr } from './page-image.js';
import { openPdf, readPageText } from './pdf-document.js';
import type { FileBytes } from './read-file.js';
import type { PixelToPoints } from './single-image.js';
import { judgeTextLayer } from './text-quality.js';
import { withTimeout } from './timeout.js';

export type OcrMode = 'auto' | 'always' | 'never';

export type IngestProgress =
  | { readonly kind: 'document-start'; readonly fileName: string; readonly pages: number }
  | { readonly kind: 'page-done'; readonly fileName: string; readonly page: number; readonly source: 'text' | 'ocr' };

export interface ReadDocumentOptions {
  readonly ocr: OcrMode;
  /** Called only when a page needs OCR, so text-only imports never start tesseract. */
  readonly getOcrPool: () => Promise<OcrPool>;
  /** Longest time one page may take (text, render or OCR) before the document is failed. */
  readonly pageTimeoutMs: number;
  readonly onProgress?: ((event: IngestProgress) => void) | undefined;
}

export const DEFAULT_PAGE_TIMEOUT_MS = 180_000;
const MAX_PAGES_IN_FLIGHT = 3;

type PageResult = PageToStore;

async function readOnePage(doc: PDFDocumentProxy, number: number, options: ReadDocumentOptions): Promise<() => Promise<PageResult>> {
  const page = await doc.getPage(number);
  const { width, height } = page.getViewport({ scale: 1 });
  const layerText = await readPageText(page);
  const needsOcr = options.ocr === 'always' || (options.ocr === 'auto' && !judgeTextLayer(layerText).usable);
  if (!needsOcr) {
    page.cleanup();
    return async () => ({ number, text: layerText, source: 'text', ocrConfidence: null, width, height, words: [] });
  }
  const pool = await options.getOcrPool();
  const input = await pageImageForOcr(doc, page);
  page.cleanup();
  // Queue the OCR now and return a thunk, so the next page is prepared while this one is recognised.
  const recognition = pool.recognize(input.image, input.dpi);
  recognition.catch(() => undefined);
  return async () => {
    const result = await recognition;
    return { number, text: result.text, source: 'ocr', ocrConfidence: result.confidence, width, height, words: wordsInPoints(result.words, input.toPoints) };
  };
}

/** Word boxes from image pixels to page points (top-left origin), as the store keeps them. */
function wordsInPoints(words: readonly OcrWord[], toPoints: PixelToPoints): PageResult['words'] {
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

function kindOf(pages: readonly PageResult[]): DocumentKind {
  const ocr = pages.filter((page) => page.source === 'ocr').length;
  if (ocr === 0) return 'text';
  return ocr === pages.length ? 'scan' : 'mixed';
}

async function titleOf(doc: PDFDocumentProxy, pages: readonly PageResult[]): Promise<string | null> {
  const metadata = await doc.getMetadata().catch(() => null);
  const info = metadata?.info as { Title?: unknown } | undefined;
  if (typeof info?.Title === 'string' && info.Title.trim() !== '') return info.Title.trim();
  const firstLine = pages[0]?.text.split('\n').map((line) => line.trim()).find((line) => line.length >= 3);
  return firstLine === undefined ? null : firstLine.slice(0, 200);
}

/** Reads, OCRs where needed, and extracts; returns everything the writer stores, in memory. */
export async function readDocument(file: FileBytes, options: ReadDocumentOptions): Promise<DocumentToStore> {
  const started = performance.now();
  const doc = await openPdf(file.bytes, file.fileName);
  try {
    options.onProgress?.({ kind: 'document-start', fileName: file.fileName, pages: doc.numPages });
    const pending: Promise<PageResult>[] = [];
    const inFlight = new Set<Promise<unknown>>();
    for (let number = 1; number <= doc.numPages; number += 1) {
      const timeoutError = () => new IngestError('PAGE_TIMEOUT', `${file.fileName}: page ${number} took longer than ${Math.round(options.pageTimeoutMs / 1000)} s to read`);
      const finish = await withTimeout(readOnePage(doc, number, options), options.pageTimeoutMs, timeoutError);
      const result = withTimeout(finish(), options.pageTimeoutMs, timeoutError).then((page) => {
        options.onProgress?.({ kind: 'page-done', fileName: file.fileName, page: number, source: page.source });
        return page;
      });
      const settled: Promise<unknown> = result.then(
        (): void => void inFlight.delete(settled),
        (): void => void inFlight.delete(settled),
      );
      inFlight.add(settled);
      pending.push(result);
      // Bound memory: never hold more than a few rendered pages waiting for OCR per document.
      if (inFlight.size >= MAX_PAGES_IN_FLIGHT) await Promise.race(inFlight);
    }
    const pages = await Promise.all(pending);
    const { extractDocument } = await import('../../extractors/index.js');
    const extraction = extractDocument(pages.map((page) => ({ page: page.number, text: page.text, source: page.source })));
    return {
      sha256: file.sha256,
      fileName: file.fileName,
      filePath: file.path,
      fileSize: file.bytes.length,
      title: await titleOf(doc, pages),
      kind: kindOf(pages),
      documentDate: extraction.documentDate?.value ?? null,
      documentDateInferred: extraction.documentDate?.inferred ?? false,
      importSeconds: (performance.now() - started) / 1000,
      pages,
      mentions: extraction.mentions,
    };
  } finally {
    await doc.destroy();
  }
}
