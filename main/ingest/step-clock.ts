/**
 * The clock of one document's steps, on whichever thread runs them (a reading thread,
 * document-thread.ts, then the extraction thread, extraction-thread.ts): every step of every page
 * has the page time limit (× the pages a document-wide step reads), within what is left of the
 * document's budget of its own working time. Time between steps (waiting for the OCR pool, queued
 * behind another document) is never charged.
 */
import type { DocumentStep } from './document-messages.js';
import { IngestError } from './errors.js';

const STEP_WORDS: Record<DocumentStep, string> = {
  open: 'opening the file',
  text: 'reading its text layer',
  prepare: 'preparing its image for OCR',
  title: 'reading its title (document information, XMP metadata)',
  date: 'finding the document date',
  extract: 'extracting mentions',
};

/** The step, and its page when it has one: "page 3 (extracting mentions)". */
export function where(step: DocumentStep, page: number | null): string {
  return page === null ? STEP_WORDS[step] : `page ${page} (${STEP_WORDS[step]})`;
}

/** The time limits of a document's steps. */
export interface StepLimits {
  /** Longest any one step of one page may take. */
  readonly pageTimeoutMs: number;
  /** Longest the document's own work may take in all. */
  readonly documentTimeoutMs: number;
}

/** A running step: what and where, when it began (performance.now()) and the process's RSS then. */
export interface RunningStep {
  readonly name: DocumentStep;
  readonly page: number | null;
  readonly at: number;
  rss: number;
}

export class StepClock {
  /** The running step; null between steps. */
  step: RunningStep | null = null;
  private timer: NodeJS.Timeout | undefined;

  /**
   * `ownMs`: the document's working time so far (its reading and OCR, when its extraction starts).
   * `onOver`: called with the error when a step runs past its limit or the budget is spent.
   */
  constructor(
    private readonly fileName: string,
    private readonly limits: StepLimits,
    private readonly onOver: (error: IngestError) => void,
    public ownMs = 0,
  ) {}

  remainingMs(): number {
    return this.limits.documentTimeoutMs - this.ownMs;
  }

  budgetError(): IngestError {
    return new IngestError('DOCUMENT_TIMEOUT', `${this.fileName}: the document took longer than its budget of ${Math.round(this.limits.documentTimeoutMs / 1000)} s of reading and OCR`);
  }

  /** Where the document is: its running step, or `idle` between steps. */
  where(idle: string): string {
    return this.step === null ? idle : where(this.step.name, this.step.page);
  }

  /** Ends the running step (its time is the document's) and starts the clock of `name`, which reads `pages` pages at once. */
  begin(name: DocumentStep, page: number | null, pages: number): void {
    this.end();
    const remaining = this.remainingMs();
    if (remaining <= 0) return this.onOver(this.budgetError());
    this.step = { name, page, at: performance.now(), rss: process.memoryUsage.rss() };
    const stepLimit = this.limits.pageTimeoutMs * Math.max(1, pages);
    const pageLimited = stepLimit <= remaining;
    this.timer = setTimeout(() => {
      this.onOver(pageLimited ? new IngestError('PAGE_TIMEOUT', `${this.fileName}: ${where(name, page)} took longer than ${Math.round(stepLimit / 1000)} s`) : this.budgetError());
    }, Math.min(stepLimit, remaining));
  }

  end(): void {
    clearTimeout(this.timer);
    if (this.step !== null) this.ownMs += performance.now() - this.step.at;
    this.step = null;
  }

  /** The running step's start and RSS then (the memory watchdog's view); null between steps. */
  current(): { at: number; rss: number } | null {
    return this.step === null ? null : { at: this.step.at, rss: this.step.rss };
  }

  /** Counts the running step's memory growth from now. */
  rebase(): void {
    if (this.step !== null) this.step.rss = process.memoryUsage.rss();
  }
}
