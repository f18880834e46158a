/**
 * Reads one PDF into pages: the text layer where it is usable, OCR where it is missing or
 * garbled (decided page by page, so a PDF can mix both), then runs the extractors.
 */
import type { KnownName } from '../../extractors/index.js';
import type { DocumentToStore, PageToStore } from '../store/document-writer.js';
import type { DocumentKind } from '../store/documents.js';
import type { Semaphore } from '../util/semaphore.js';
import type { OcrPool } from './ocr-pool.js';
import { ocrPages } from './ocr-pages.js';
import type { FileBytes } from './read-file.js';
import type { TextLayer, TextLayerPage } from './text-layer.js';
import { inProcessTextLayerReader, type TextLayerReader } from './text-layer-pool.js';
import { judgeTextLayer } from './text-quality.js';

export type OcrMode = 'auto' | 'always' | 'never';

export type IngestProgress =
  | { readonly kind: 'document-start'; readonly fileName: string; readonly pages: number }
  | { readonly kind: 'page-done'; readonly fileName: string; readonly page: number; readonly source: 'text' | 'ocr' };

export interface ReadDocumentOptions {
  readonly ocr: OcrMode;
  /** Called only when a page needs OCR, so text-only imports never start tesseract. */
  readonly getOcrPool: () => Promise<OcrPool>;
  /** Longest time one page may take (render or OCR), and the whole text-layer pass, before the document is failed. */
  readonly pageTimeoutMs: number;
  readonly onProgress?: ((event: IngestProgress) => void) | undefined;
  /** Where text-layer passes run (worker threads during imports); in-process when omitted. */
  readonly textLayerReader?: TextLayerReader | undefined;
  /** Bounds page images waiting for OCR across all documents of an import (see ocr-pages.ts). */
  readonly ocrSlots?: Semaphore | undefined;
  /** Names accepted in the corpus, proposed wherever they occur (see extractors' `knownNames`). */
  readonly knownNames?: readonly KnownName[] | undefined;
}

export const DEFAULT_PAGE_TIMEOUT_MS = 180_000;

function needsOcr(page: TextLayerPage, mode: OcrMode): boolean {
  return mode === 'always' || (mode === 'auto' && !judgeTextLayer(page.text).usable);
}

function textPage(page: TextLayerPage): PageToStore {
  return { number: page.number, text: page.text, source: 'text', ocrConfidence: null, width: page.width, height: page.height, words: [] };
}

function kindOf(pages: readonly PageToStore[]): DocumentKind {
  const ocr = pages.filter((page) => page.source === 'ocr').length;
  if (ocr === 0) return 'text';
  return ocr === pages.length ? 'scan' : 'mixed';
}

function titleOf(layer: TextLayer, pages: readonly PageToStore[]): string | null {
  if (layer.title !== null) return layer.title;
  const firstLine = pages[0]?.text.split('\n').map((line) => line.trim()).find((line) => line.length >= 3);
  return firstLine === undefined ? null : firstLine.slice(0, 200);
}

/** Each reader enforces the time limit itself: a thread is killed, an in-process pass abandoned. */
function readLayer(file: FileBytes, options: ReadDocumentOptions): Promise<TextLayer> {
  const reader = options.textLayerReader ?? inProcessTextLayerReader;
  return reader.read({ bytes: file.bytes, fileName: file.fileName, timeoutMs: options.pageTimeoutMs });
}

/** Reads, OCRs where needed, and extracts; returns everything the writer stores, in memory. */
export async function readDocument(file: FileBytes, options: ReadDocumentOptions): Promise<DocumentToStore> {
  const started = performance.now();
  const layer = await readLayer(file, options);
  options.onProgress?.({ kind: 'document-start', fileName: file.fileName, pages: layer.pages.length });
  const pageDone = (page: PageToStore): void => options.onProgress?.({ kind: 'page-done', fileName: file.fileName, page: page.number, source: page.source });
  const toOcr = layer.pages.filter((page) => needsOcr(page, options.ocr));
  // Text-only documents never open pdf.js on this thread: the text pass already has everything.
  const ocred = toOcr.length === 0 ? new Map<number, PageToStore>() : await ocrPages(file, toOcr, { getOcrPool: options.getOcrPool, pageTimeoutMs: options.pageTimeoutMs, onPageDone: pageDone, ocrSlots: options.ocrSlots });
  const pages = layer.pages.map((page) => {
    const ocr = ocred.get(page.number);
    if (ocr !== undefined) return ocr;
    const text = textPage(page);
    pageDone(text);
    return text;
  });
  const { extractDocument } = await import('../../extractors/index.js');
  const extraction = extractDocument(
    pages.map((page) => ({ page: page.number, text: page.text, source: page.source })),
    { knownNames: options.knownNames },
  );
  return {
    sha256: file.sha256,
    fileName: file.fileName,
    filePath: file.path,
    fileSize: file.bytes.length,
    title: titleOf(layer, pages),
    kind: kindOf(pages),
    documentDate: extraction.documentDate?.value ?? null,
    documentDateInferred: extraction.documentDate?.inferred ?? false,
    importSeconds: (performance.now() - started) / 1000,
    pages,
    mentions: extraction.mentions,
  };
}
