/**
 * What the import's two kinds of threads share, main side (document-thread.ts reads, and
 * extraction-thread.ts extracts): a worker under the heap cap, replaced once it failed a
 * document, and the document at work on it, whose running step the memory watchdog sees
 * (memory-watch.ts) and may fail.
 */
import { Worker } from 'node:worker_threads';
import { documentThreadEntry, type ThreadModule } from './document-thread-entry.js';
import { IngestError } from './errors.js';
import type { WatchedThread } from './memory-watch.js';
import type { StepClock } from './step-clock.js';

/** The document at work on a thread: its clock, and how to fail it. */
export interface AtWork {
  readonly fileName: string;
  readonly clock: StepClock;
  readonly fail: (error: IngestError) => void;
}

export abstract class ImportThread implements WatchedThread {
  protected worker: Worker | undefined;
  protected current: AtWork | null = null;

  /** Starts the thread now, so that it loads what it needs while the importer opens the corpus. `idle`: where a document is between its steps. */
  constructor(
    protected readonly heapMb: number,
    private readonly module: ThreadModule,
    private readonly idle: string,
  ) {
    this.worker = this.start();
  }

  protected start(): Worker {
    const resourceLimits = { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 16 };
    const entry = documentThreadEntry(import.meta.url, process.env, this.module);
    const worker = entry.kind === 'file' ? new Worker(entry.url, { resourceLimits }) : new Worker(entry.code, { eval: true, resourceLimits });
    // A thread may also die between documents: its 'error' must never go unhandled.
    worker.on('error', () => undefined).on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    return worker;
  }

  /** Where the current document is: its running step, or what it is doing between steps. */
  protected where(): string {
    return this.current?.clock.where(this.idle) ?? this.idle;
  }

  /** When the current document's running step began (performance.now()) and the process RSS then; null when idle. */
  currentStep(): { at: number; rss: number } | null {
    return this.current?.clock.current() ?? null;
  }

  /** Counts the current step's memory growth from now (the OCR pool has just finished starting). */
  rebaseStep(): void {
    this.current?.clock.rebase();
  }

  /**
   * Fails the current document (the import's memory watchdog calls this on the thread whose
   * running step grew the process most); its thread is stopped.
   */
  abortForMemory(budgetMb: number): void {
    const current = this.current;
    if (current === null) return;
    current.fail(new IngestError('PAGE_TOO_COMPLEX', `${current.fileName}: ${this.where()} needed more memory than the import may use (budget ${budgetMb} MB); the document was skipped`, { byMemoryWatch: true }));
  }

  /** The error of a worker that stopped under the current document: out of its heap, or crashed. */
  protected workerError(fileName: string, error: Error & { code?: string }, stopped: string): IngestError {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new IngestError('PAGE_TOO_COMPLEX', `${fileName}: ${this.where()} needs more than ${this.heapMb} MB of memory; the document was skipped`);
    }
    return new IngestError('CORRUPT_PDF', `${fileName}: ${stopped} while ${this.where()} (${error.message})`);
  }
}
