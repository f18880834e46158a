/**
 * The import's extraction thread (extraction-worker.ts), main side: every document's final pages
 * are extracted there, one document at a time in the order they come, while the reading threads
 * (document-thread.ts) go on with the next documents. Only the extractors load in it, and only
 * pdf.js in the reading threads: V8 shares no compiled code between threads, so each is loaded,
 * warmed up and optimised once (README, "What a second document thread costs").
 *
 * The limits of a document hold here as in its reading: every step (the document date, each
 * page) has the page time limit on its own clock (time queued behind other documents is never
 * charged), within what is left of the document's budget; the thread's heap is capped. A step over
 * its limit, a crash or an out-of-memory fails that document alone: the thread is stopped, a fresh
 * one started, and the documents queued behind are extracted on it.
 */
import type { Worker } from 'node:worker_threads';
import type { DocumentContext, DocumentExtraction, PageInput } from '../../extractors/index.js';
import type { FromExtractionThread, ToExtractionThread } from './document-messages.js';
import { IngestError } from './errors.js';
import { ImportThread, type AtWork } from './import-thread.js';
import { StepClock, type StepLimits } from './step-clock.js';

/** One document to extract. */
export interface ExtractionJob {
  readonly fileName: string;
  readonly pages: readonly PageInput[];
  /** What the extractors are told besides the pages (e.g. names known in the corpus). */
  readonly context: DocumentContext;
  readonly limits: StepLimits;
  /** The document's working time so far (its reading and OCR), counted against its budget. */
  readonly spentMs: number;
}

interface Queued {
  readonly job: ExtractionJob;
  readonly resolve: (extraction: DocumentExtraction) => void;
  readonly reject: (error: IngestError) => void;
}

/** The import's extraction thread; a thread that failed a document is replaced. */
export class ExtractionThread extends ImportThread {
  private readonly queue: Queued[] = [];

  /** Starts the thread: the extractors load and warm up while the first documents are read. */
  constructor(heapMb: number) {
    super(heapMb, 'extraction-worker', 'extracting mentions');
  }

  /** Extracts `job` once the documents queued before it are done; rejects with an IngestError naming the file. */
  extract(job: ExtractionJob): Promise<DocumentExtraction> {
    return new Promise<DocumentExtraction>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.next();
    });
  }

  /** Stops the thread; the documents it had (running or queued) are failed. */
  async terminate(): Promise<void> {
    for (const { job, reject } of this.queue.splice(0)) reject(new IngestError('CORRUPT_PDF', `${job.fileName}: the import stopped before its mentions were extracted`));
    // Taken before the running document is failed: failing it lets go of the worker without
    // waiting, and terminate() must not resolve before the thread has exited.
    const worker = this.worker;
    this.worker = undefined;
    const current = this.current;
    current?.fail(new IngestError('CORRUPT_PDF', `${current.fileName}: the import stopped while its mentions were extracted`));
    await worker?.terminate();
  }

  private next(): void {
    if (this.current !== null) return;
    const queued = this.queue.shift();
    if (queued !== undefined) this.run(queued, (this.worker ??= this.start()));
  }

  private run({ job, resolve, reject }: Queued, worker: Worker): void {
    const settle = (): void => {
      clock.end();
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      this.current = null;
    };
    const fail = (error: IngestError): void => {
      if (this.current !== current) return;
      settle();
      // Mid-step or out of memory: the thread is replaced, and the next document goes to a new one.
      if (this.worker === worker) this.worker = undefined;
      void worker.terminate();
      reject(error);
      this.next();
    };
    const clock = new StepClock(job.fileName, job.limits, fail, job.spentMs);
    const onMessage = (message: FromExtractionThread): void => {
      if (message.type === 'step') return clock.begin(message.step, message.page, message.pages ?? 1);
      settle();
      if (message.type === 'extracted') resolve(message.extraction);
      else reject(new IngestError('CORRUPT_PDF', `${job.fileName}: could not be read (${message.message})`));
      this.next();
    };
    const onError = (error: Error & { code?: string }): void => fail(this.workerError(job.fileName, error, 'the extractors stopped'));
    const onExit = (code: number): void => fail(new IngestError('CORRUPT_PDF', `${job.fileName}: the extractors stopped unexpectedly (exit code ${code})`));
    const current: AtWork = { fileName: job.fileName, clock, fail };
    this.current = current;
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const message: ToExtractionThread = { type: 'extract', pages: job.pages, context: job.context };
    worker.postMessage(message);
  }
}
