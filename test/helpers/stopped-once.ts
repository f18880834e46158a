/**
 * A stand-in for the import's memory watchdog: a document thread whose first reading of one file
 * is stopped, after a while, with the error the watchdog gives. The rest of the reading is real.
 * Shared by the tests on documents read again alone (read-again.int.test.ts, the app's events).
 */
import { DocumentThread, type FileToRead, type ReadContext } from '../../main/ingest/document-thread.js';
import { IngestError } from '../../main/ingest/errors.js';
import type { StartedThreads } from '../../main/ingest/import-files.js';

/** A document thread whose first reading of `victim` is stopped, after `afterMs`, as the memory watchdog stops one. */
export class StoppedOnce extends DocumentThread {
  private stopped = false;

  constructor(private readonly victim: string, private readonly afterMs: number) {
    super(192);
  }

  override read(file: FileToRead, context: ReadContext): ReturnType<DocumentThread['read']> {
    if (this.stopped || file.fileName !== this.victim) return super.read(file, context);
    this.stopped = true;
    context.onProgress?.({ kind: 'document-start', fileName: file.fileName, pages: 5 });
    const error = new IngestError('PAGE_TOO_COMPLEX', `${file.fileName}: page 1 (reading its text layer) needed more memory than the import may use (budget 750 MB); the document was skipped`, { byMemoryWatch: true });
    return new Promise((_, reject) => setTimeout(() => reject(error), this.afterMs));
  }
}

/** Threads for one import: `threads` as given, started now, none stopped by the import's end but by itself. */
export function startedThreads(threads: readonly DocumentThread[]): StartedThreads {
  return { threads, rssBefore: process.memoryUsage.rss(), terminate: async () => undefined };
}
