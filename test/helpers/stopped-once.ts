/**
 * A stand-in for the import's memory watchdog: a document thread whose first reading of one file
 * is stopped, after a while, with the error the watchdog gives. The rest of the reading is real.
 * Shared by the tests on documents read again alone (read-again.int.test.ts, the app's events).
 */
import { DocumentThread, type FileToRead, type ReadContext } from '../../main/ingest/document-thread.js';
import type { DocumentToStore } from '../../main/store/document-writer.js';
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

/**
 * A document thread that keeps each result it read until `until()` holds (looked at every 10 ms,
 * for at most `maxMs`): a test that asserts what the import says before another document's
 * result holds that result back rather than racing it (a fast machine once read the other
 * document before the stand-in watchdog's verdict).
 */
export class HeldUntil extends DocumentThread {
  constructor(private readonly until: () => boolean, private readonly maxMs = 20_000) {
    super(192);
  }

  override async read(file: FileToRead, context: ReadContext): Promise<DocumentToStore> {
    const result = await super.read(file, context);
    for (const begun = Date.now(); !this.until() && Date.now() - begun < this.maxMs; ) await new Promise((resolve) => setTimeout(resolve, 10));
    return result;
  }
}

/** Threads for one import: `threads` as given, started now, none stopped by the import's end but by itself. */
export function startedThreads(threads: readonly DocumentThread[]): StartedThreads {
  return { threads, rssBefore: process.memoryUsage.rss(), terminate: async () => undefined };
}
