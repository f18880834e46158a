/**
 * Imports a batch of files into a corpus: documents are read concurrently (`jobs` at a time,
 * their OCR pages feeding one shared worker pool), while every database write happens here, on
 * one connection, one short transaction per document.
 */
import { basename } from 'node:path';
import type { Db } from '../store/db.js';
import { saveImportedDocument } from '../store/document-writer.js';
import { findDocumentBySha, recordFailedImport } from '../store/documents.js';
import { nowIso } from '../store/statements.js';
import { acceptedNames } from '../store/reextract.js';
import { IngestError } from './errors.js';
import { createOcrPool, type OcrPool } from './ocr-pool.js';
import { readDocument, DEFAULT_PAGE_TIMEOUT_MS, type IngestProgress, type OcrMode } from './read-document.js';
import { readFileBytes, type FileBytes } from './read-file.js';
import { createTextLayerReader } from './text-layer-pool.js';
import { createSemaphore } from '../util/semaphore.js';

export interface ImportOptions {
  /** Documents read at once, and OCR workers started. */
  readonly jobs: number;
  readonly ocr: OcrMode;
  readonly pageTimeoutMs?: number | undefined;
  readonly onProgress?: ((event: IngestProgress) => void) | undefined;
  /** Called as each file finishes, in completion order. */
  readonly onResult?: ((result: ImportResult) => void) | undefined;
  /** Reuse a caller's pool (tests, long-running server); otherwise one is made and terminated here. */
  readonly ocrPool?: OcrPool | undefined;
}

export type ImportResult =
  | {
      readonly status: 'imported';
      readonly file: string;
      readonly documentId: number;
      readonly pages: number;
      readonly textPages: number;
      readonly ocrPages: number;
      readonly mentions: number;
      readonly seconds: number;
    }
  | { readonly status: 'duplicate'; readonly file: string; readonly documentId: number; readonly existingFileName: string }
  | { readonly status: 'failed'; readonly file: string; readonly code: string; readonly message: string; readonly seconds: number };

function describeUnexpected(fileName: string, error: unknown): IngestError {
  if (error instanceof IngestError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new IngestError('CORRUPT_PDF', `${fileName}: could not be read (${message})`);
}

export async function importFiles(db: Db, files: readonly string[], options: ImportOptions): Promise<ImportResult[]> {
  let poolPromise: Promise<OcrPool> | undefined = options.ocrPool === undefined ? undefined : Promise.resolve(options.ocrPool);
  const textLayerReader = createTextLayerReader(options.jobs);
  const getOcrPool = (): Promise<OcrPool> => {
    // OCR will now keep every core busy: parsing threads would only add memory.
    textLayerReader.stopThreads();
    poolPromise ??= createOcrPool({ size: options.jobs, recycleAfter: 50 });
    return poolPromise;
  };
  // Two pages ahead of the workers keeps them busy while a page is being prepared; more only
  // holds images in memory.
  const ocrSlots = createSemaphore(options.jobs + 2);
  const results: ImportResult[] = [];
  const report = (result: ImportResult): void => {
    results.push(result);
    options.onResult?.(result);
  };

  const importOne = async (path: string): Promise<void> => {
    const started = performance.now();
    const fileName = basename(path);
    let file: FileBytes | undefined;
    try {
      file = await readFileBytes(path);
      const existing = findDocumentBySha(db, file.sha256);
      if (existing?.status === 'imported') {
        report({ status: 'duplicate', file: path, documentId: existing.id, existingFileName: existing.fileName });
        return;
      }
      const document = await readDocument(file, {
        ocr: options.ocr,
        getOcrPool,
        pageTimeoutMs: options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
        onProgress: options.onProgress,
        textLayerReader,
        ocrSlots,
        knownNames: acceptedNames(db),
      });
      const outcome = saveImportedDocument(db, document);
      if (!outcome.saved) {
        report({ status: 'duplicate', file: path, documentId: outcome.existing.id, existingFileName: outcome.existing.fileName });
        return;
      }
      const ocrPages = document.pages.filter((page) => page.source === 'ocr').length;
      report({
        status: 'imported',
        file: path,
        documentId: outcome.document.id,
        pages: document.pages.length,
        textPages: document.pages.length - ocrPages,
        ocrPages,
        mentions: document.mentions.length,
        seconds: (performance.now() - started) / 1000,
      });
    } catch (error) {
      const failure = describeUnexpected(fileName, error);
      recordFailedImport(db, {
        sha256: file?.sha256 ?? null,
        fileName,
        filePath: path,
        fileSize: file?.bytes.length ?? 0,
        errorCode: failure.code,
        errorMessage: failure.message,
        importedAt: nowIso(),
      });
      report({ status: 'failed', file: path, code: failure.code, message: failure.message, seconds: (performance.now() - started) / 1000 });
    }
  };

  const queue = [...files];
  // One lane more than threads: while a lane extracts and writes on this thread, the others keep
  // every text-layer thread and OCR worker fed.
  const lanes = Array.from({ length: Math.max(1, Math.min(options.jobs + 1, queue.length)) }, async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) await importOne(path);
  });
  try {
    await Promise.all(lanes);
  } finally {
    await textLayerReader.terminate();
    if (poolPromise !== undefined && options.ocrPool === undefined) await (await poolPromise).terminate();
  }
  return results;
}
