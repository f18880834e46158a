/**
 * The API with another program's write lock waited for on the event loop (store/busy-retry.ts),
 * for `glaneur serve`, whose connection does not wait itself. Every method is tried again while
 * it meets the lock, except those for which a second try is not the same call:
 * - `startImport` starts a background import (its writes are retried one document at a time by
 *   the import itself) and `cancelImport` touches no database;
 * - `reextract` writes one transaction per document and reports progress between them: it
 *   retries each document itself (service.ts), never the documents already done.
 * The others are safe to try again because they fail before changing anything: reads; decisions
 * (`acceptMention`, `rejectMention`, `resetMention`, `editMention`, `addMention`,
 * `resizeMention`, `undo`, `applyBulk`, `updateDocumentMetadata`), each one transaction with its
 * audit rows (store/review.ts, bulk.ts, spans.ts, document-metadata.ts); and the reads that store
 * what they infer (`getDocumentMetadata`, `listDocumentGroups`, `exportMentionsCsv`,
 * `getIndicatorTable`), each write one statement or one transaction of values recomputed the same
 * on a second try. The summary cache counts a write only once it returned (summary-cache.ts).
 */
import type { ApiImplementation, ApiMethod } from './contract.js';
import type { BusyRetry } from '../store/busy-retry.js';

/**
 * How long a call from the app (`serve`, the desktop app) waits for another program's write lock
 * before answering CORPUS_BUSY; the app says to try again. Another program's writes hold the lock
 * for milliseconds; a long import commits document by document.
 */
export const APP_BUSY_TIMEOUT_MS = 1_500;

/** Methods never tried again as a whole (see above). */
export const NOT_RETRIED: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['startImport', 'cancelImport', 'reextract']);

/** `implementation` with each retry-safe method run through `retry`. */
export function withBusyRetry(implementation: ApiImplementation, retry: BusyRetry): ApiImplementation {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(implementation) as [ApiMethod, (input: unknown) => unknown][]) {
    wrapped[name] = NOT_RETRIED.has(name) ? method : (input: unknown) => retry(() => method(input));
  }
  return wrapped as unknown as ApiImplementation;
}
