/**
 * Imports started from the app: one import at a time per corpus connection, run in the
 * background, reporting per page and per document as events, cancellable between documents
 * (what was imported stays: each document is its own transaction).
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { InvalidArgumentError } from '../errors.js';
import { importFiles, type ImportResult, type StartedThreads } from '../ingest/import-files.js';
import { listInputs, type InputNote } from '../ingest/list-inputs.js';
import type { OcrPool } from '../ingest/ocr-pool.js';
import { createWarmOcrPool } from '../ingest/warm-ocr-pool.js';
import type { BusyRetry } from '../store/busy-retry.js';
import type { Db } from '../store/db.js';
import { toFailure } from './dispatch.js';
import type { ApiEvent, ImportFileOutcome, ImportStarted } from './events.js';
import type { ApiError } from './result.js';
import type { UploadStore } from './uploads.js';

export interface ImportRunnerOptions {
  readonly emit: (event: ApiEvent) => void;
  readonly uploads?: UploadStore | undefined;
  readonly jobs?: number | undefined;
  readonly ocrPool?: OcrPool | undefined;
  /**
   * Keep the OCR workers loaded this long after an import (a long-running server: the next scan
   * imported starts at once); omitted, each import starts and stops its own.
   */
  readonly keepOcrWarmMs?: number | undefined;
  /** How each document's write waits for another program's lock (`serve`: on the event loop). */
  readonly busyRetry?: BusyRetry | undefined;
  /**
   * The reading threads (and extraction thread) of each import (started ahead, as `importFiles` takes them); by default
   * each import starts its own. Tests give threads that stand in for the memory watchdog.
   */
  readonly startThreads?: (() => StartedThreads) | undefined;
}

export interface ImportRunner {
  start(input: { uploads?: readonly string[] | undefined; paths?: readonly string[] | undefined }): Promise<ImportStarted>;
  cancel(importId: string): boolean;
  /** Resolves when the running import (if any) has finished: for tests and shutdown. */
  idle(): Promise<void>;
  /** Stops the OCR workers kept warm, once the running import has finished (shutdown). */
  close(): Promise<void>;
}

function outcomeOf(result: ImportResult): ImportFileOutcome {
  const fileName = basename(result.file);
  if (result.status === 'imported') return { status: 'imported', fileName, documentId: result.documentId, pages: result.pages, mentions: result.mentions, seconds: result.seconds, warnings: result.warnings };
  if (result.status === 'duplicate') return { status: 'duplicate', fileName, documentId: result.documentId, existingFileName: result.existingFileName };
  return { status: 'failed', fileName, code: result.code, message: result.message };
}

export function createImportRunner(db: Db, options: ImportRunnerOptions): ImportRunner {
  const running = new Map<string, AbortController>();
  const jobs = options.jobs ?? Math.min(2, availableParallelism());
  const warm = options.ocrPool === undefined && options.keepOcrWarmMs !== undefined ? createWarmOcrPool({ size: jobs, idleMs: options.keepOcrWarmMs }) : undefined;
  let last: Promise<void> = Promise.resolve();

  const resolveFiles = async (input: { uploads?: readonly string[] | undefined; paths?: readonly string[] | undefined }): Promise<{ files: string[]; notes: InputNote[]; raw: Map<string, Buffer>; leftOut: number }> => {
    const files: string[] = [];
    const notes: InputNote[] = [];
    let raw = new Map<string, Buffer>();
    let leftOut = 0;
    for (const id of input.uploads ?? []) {
      const path = options.uploads?.path(id);
      if (path === undefined) throw new InvalidArgumentError(`unknown upload ${id}`);
      files.push(path);
    }
    if ((input.paths?.length ?? 0) > 0) {
      const listed = await listInputs([...(input.paths ?? [])]);
      files.push(...listed.files);
      notes.push(...listed.notes.filter((note) => note.status === 'failed'));
      raw = listed.raw;
      leftOut = listed.leftOut;
    }
    return { files, notes, raw, leftOut };
  };

  const run = async (importId: string, listed: { files: readonly string[]; notes: readonly InputNote[]; raw: ReadonlyMap<string, Buffer>; leftOut: number }, controller: AbortController): Promise<void> => {
    const { files, notes, raw: rawPaths, leftOut } = listed;
    const started = performance.now();
    let pagesTotal = 0;
    let pagesDone = 0;
    let filesDone = 0;
    let filesStarted = 0;
    const counts = { imported: 0, failed: notes.length, duplicates: 0 };
    const filesTotal = files.length + notes.length;
    // A folder's links and sub-folders that were not imported are told like failed files, first.
    for (const note of notes) {
      filesDone += 1;
      options.emit({ type: 'import-file-done', importId, filesTotal, filesDone, outcome: { status: 'failed', fileName: basename(note.path), code: note.code, message: note.message } });
    }
    const elapsed = (): number => Math.round(performance.now() - started);
    // What stopped the run before every file was read (a read-only, locked or full corpus): told to the app, never a quiet « 0 imported ».
    let stopped: ApiError | undefined;
    try {
      await importFiles(db, files, {
        jobs,
        ocr: 'auto',
        ocrPool: options.ocrPool,
        getOcrPool: warm?.get,
        busyRetry: options.busyRetry,
        threads: options.startThreads?.(),
        signal: controller.signal,
        rawPaths,
        onProgress: (event) => {
          // A document set aside to be read again alone: said now, as the CLI does, since its
          // result comes after the others'; nothing read yet, nothing to count.
          if (event.kind === 'read-again') {
            options.emit({ type: 'import-file-read-again', importId, fileName: event.fileName, beside: event.beside, reason: event.reason });
            return;
          }
          if (event.kind === 'document-start') {
            // A document read again was counted when it first began.
            if (event.again !== true) {
              pagesTotal += event.pages;
              filesStarted += 1;
            }
          } else {
            pagesDone += 1;
          }
          // Pages of files not yet opened are guessed from the average of those opened so far.
          const pagesLeft = Math.max(0, pagesTotal - pagesDone) + (pagesTotal / Math.max(1, filesStarted)) * Math.max(0, files.length - filesStarted);
          options.emit({
            type: 'import-progress',
            importId,
            filesTotal,
            filesDone,
            fileName: event.fileName,
            page: event.kind === 'page-done' ? event.page : 0,
            pages: event.kind === 'document-start' ? event.pages : 0,
            elapsedMs: elapsed(),
            remainingMs: pagesDone === 0 ? null : Math.round((elapsed() / pagesDone) * pagesLeft),
          });
        },
        onResult: (result) => {
          filesDone += 1;
          if (result.status === 'imported') counts.imported += 1;
          else if (result.status === 'failed') counts.failed += 1;
          else counts.duplicates += 1;
          options.emit({ type: 'import-file-done', importId, filesTotal, filesDone, outcome: outcomeOf(result) });
        },
      });
    } catch (error) {
      const failure = toFailure(error);
      if (!failure.ok) stopped = failure.error;
      throw error;
    } finally {
      warm?.idle();
      running.delete(importId);
      options.emit({ type: 'import-finished', importId, cancelled: controller.signal.aborted, ...counts, leftOut, ...(stopped === undefined ? {} : { stopped, notRead: filesTotal - filesDone }) });
      options.emit({ type: 'corpus-changed' });
    }
  };

  return {
    async start(input) {
      const listed = await resolveFiles(input);
      const { files, notes } = listed;
      if (files.length === 0) throw new InvalidArgumentError(notes[0]?.message ?? `no PDF file among the files given${listed.leftOut > 0 ? `: the folders held ${listed.leftOut} other file${listed.leftOut === 1 ? '' : 's'}, none a PDF (a folder contributes its .pdf files only)` : ''}`);
      const importId = randomBytes(8).toString('hex');
      const controller = new AbortController();
      running.set(importId, controller);
      // Imports queue behind each other: one writer, and OCR already uses every core.
      last = last
        .then(() => run(importId, listed, controller))
        .catch(() => undefined)
        .then(() => {
          // An upload that cannot be removed now stays in the uploads folder until exit (clear()).
          // Thrown from here it rejected the queue: every later import skipped, and an unhandled
          // rejection, which ends Node.
          for (const id of input.uploads ?? []) {
            try {
              options.uploads?.discard(id);
            } catch {
              // left for clear()
            }
          }
        });
      return { importId, files: files.length + notes.length };
    },
    cancel(importId) {
      const controller = running.get(importId);
      if (controller === undefined) return false;
      controller.abort();
      return true;
    },
    idle: () => last,
    async close() {
      await last;
      await warm?.terminate();
    },
  };
}
