/**
 * Server-to-UI events, declared once like the methods. Electron sends them on the IPC channel
 * `glaneur:event`; `glaneur serve` streams them as Server-Sent Events on `/events`.
 */
import type { DocumentWarning } from '../store/documents.js';
import type { ApiError } from './result.js';
import type { ReextractSummary } from '../store/reextract.js';

/** One file's outcome in an import, in completion order. */
export type ImportFileOutcome =
  | {
      readonly status: 'imported';
      readonly fileName: string;
      readonly documentId: number;
      readonly pages: number;
      readonly mentions: number;
      readonly seconds: number;
      /** What the import noticed and the user should check (low OCR confidence, a page turned…): the app names them on the file's line. */
      readonly warnings: readonly DocumentWarning[];
    }
  | { readonly status: 'duplicate'; readonly fileName: string; readonly documentId: number; readonly existingFileName: string }
  | { readonly status: 'failed'; readonly fileName: string; readonly code: string; readonly message: string };

/** Progress of one import: per document and per page, with a time estimate. */
export interface ImportProgressEvent {
  readonly type: 'import-progress';
  readonly importId: string;
  readonly filesTotal: number;
  readonly filesDone: number;
  /** The document whose page just finished (or that just started). */
  readonly fileName: string;
  readonly page: number;
  readonly pages: number;
  readonly elapsedMs: number;
  /** Estimated time left for the whole import, from the pages done so far; null before the first page. */
  readonly remainingMs: number | null;
}

export type ApiEvent =
  | ImportProgressEvent
  | { readonly type: 'import-file-done'; readonly importId: string; readonly filesTotal: number; readonly filesDone: number; readonly outcome: ImportFileOutcome }
  /**
   * The memory watchdog stopped a document, which is set aside and read again alone once the
   * others are done: its result comes last, out of order (what the CLI says on stderr). `beside`
   * when another document was read at the same time; `reason` the core's words (English).
   */
  | { readonly type: 'import-file-read-again'; readonly importId: string; readonly fileName: string; readonly beside: boolean; readonly reason: string }
  | {
      readonly type: 'import-finished';
      readonly importId: string;
      readonly cancelled: boolean;
      readonly imported: number;
      readonly failed: number;
      readonly duplicates: number;
      /** Files of the folders given that were not PDFs, left out. */
      readonly leftOut: number;
      /** Why the import stopped before reading every file (a read-only, locked or full corpus); absent when it ran to its end. */
      readonly stopped?: ApiError;
      /** Files not read because it stopped. */
      readonly notRead?: number;
    }
  | { readonly type: 'reextract-progress'; readonly done: number; readonly total: number }
  | { readonly type: 'reextract-finished'; readonly summaries: readonly ReextractSummary[] }
  /** Another process (a CLI import) or this one changed the corpus: lists should reload. */
  | { readonly type: 'corpus-changed' };

export interface ImportStarted {
  readonly importId: string;
  readonly files: number;
}
