/**
 * Imports a batch of files into a corpus: documents are imported concurrently (`jobs` at a time),
 * threads by stage: reading threads (pdf.js, document-thread.ts) read their text layers and page
 * images, their OCR pages feed one shared tesseract pool, and one extraction thread
 * (extraction-thread.ts) extracts every document's final pages in turn, each thread under the
 * page time limit and a heap cap; every database write happens here, on one connection, one
 * short transaction per document. A document that exceeds a limit fails alone; the rest go on.
 */
import { basename } from 'node:path';
import { callOnce, type BusyRetry } from '../store/busy-retry.js';
import type { Db } from '../store/db.js';
import { saveImportedDocument, type DocumentToStore } from '../store/document-writer.js';
import { findDocumentBySha, recordFailedImport, type DocumentRecord, type DocumentWarning } from '../store/documents.js';
import { storeOriginal } from '../store/originals.js';
import { nowIso } from '../store/statements.js';
import {
  DEFAULT_DOCUMENT_TIMEOUT_MS,
  DEFAULT_PAGE_TIMEOUT_MS,
  DEFAULT_THREAD_HEAP_MB,
  DocumentThread,
  type DocumentLimits,
  type IngestProgress,
  type OcrMode,
} from './document-thread.js';
import { acceptedNamesCache, type AcceptedNamesCache } from '../store/reextract.js';
import { corpusErrorFrom } from '../errors.js';
import { IngestError } from './errors.js';
import { ExtractionThread } from './extraction-thread.js';
import { createOcrPool, type OcrPool } from './ocr-pool.js';
import { watchMemory } from './memory-watch.js';
import { readFileBytes, type FileBytes } from './read-file.js';
import { looksScanned } from './scan-sniff.js';
import { createSemaphore } from '../util/semaphore.js';

export type { IngestProgress, OcrMode } from './document-thread.js';
export { DEFAULT_DOCUMENT_TIMEOUT_MS, DEFAULT_PAGE_TIMEOUT_MS } from './document-thread.js';

export interface ImportOptions {
  /**
   * Threads at work — `readingThreads(jobs)` reading, one extracting — and OCR workers started;
   * `documentsUnderWay(jobs)` documents are imported at once (each from its reading to its storing).
   */
  readonly jobs: number;
  readonly ocr: OcrMode;
  /** Longest any one step of one page may take (default 180 s). */
  readonly pageTimeoutMs?: number | undefined;
  /** Longest a document's own work (reading, OCR, extraction) may take in all (default 60 min). */
  readonly documentTimeoutMs?: number | undefined;
  /** Heap of each reading thread and of the extraction thread, in MB (default 192). */
  readonly threadHeapMb?: number | undefined;
  /**
   * Memory the import may add to the process, in MB, past which the document whose running step
   * grew it most is failed (PAGE_TOO_COMPLEX): decoded streams and images live outside a thread's
   * heap, so the heap cap alone does not bound them. Default 350 + 200 × jobs (one step may
   * never add more than 384 MB).
   */
  readonly memoryBudgetMb?: number | undefined;
  readonly onProgress?: ((event: IngestProgress) => void) | undefined;
  /** Called as each file finishes, in completion order. */
  readonly onResult?: ((result: ImportResult) => void) | undefined;
  /** Reuse a caller's pool (tests); otherwise one is made and terminated here. */
  readonly ocrPool?: OcrPool | undefined;
  /**
   * A caller's pool started only when a page needs OCR and not terminated here (a long-running
   * server keeps it warm from import to import, see warm-ocr-pool.ts).
   */
  readonly getOcrPool?: (() => Promise<OcrPool>) | undefined;
  /** Once aborted, no further file is started; files already being read finish and are kept. */
  readonly signal?: AbortSignal | undefined;
  /** The real bytes of listed paths whose names are not UTF-8 (`listInputs(…).raw`). */
  readonly rawPaths?: ReadonlyMap<string, Buffer> | undefined;
  /**
   * Threads the caller started ahead (`startDocumentThreads`, with this import's `threadHeapMb`),
   * so that they load pdf.js and the extractors while the corpus is opened. The import reads and
   * extracts on them (starting more if it needs more), and terminates every one of them, used or
   * not, when it ends.
   */
  readonly threads?: StartedThreads | undefined;
  /**
   * How a document's write waits for another program's lock: by default the connection's busy
   * timeout (the CLI); under `serve`, on the event loop (store/busy-retry.ts) — each write is one
   * transaction, so a try that meets the lock has changed nothing.
   */
  readonly busyRetry?: BusyRetry | undefined;
}

/** Threads started ahead of an import (`startDocumentThreads`). */
export interface StartedThreads {
  /** The reading threads. */
  readonly threads: readonly DocumentThread[];
  /** The extraction thread (the import starts one when none is given). */
  readonly extraction?: ExtractionThread | undefined;
  /**
   * The process's resident size just before they started: the memory budget counts from there,
   * as when the import starts its own threads, so that their start-up is inside the budget.
   */
  readonly rssBefore: number;
  /** Stops them all (a caller that does not get to import). */
  terminate(): Promise<void>;
}

/**
 * Reading threads of an import with `jobs` threads: one fewer, and at least one, since the
 * extraction thread is the other. V8 shares no compiled code between threads: each thread
 * that reads loads, warms up and optimises pdf.js on its own, and on a 2-core machine one reading
 * thread beside one extraction thread imported text-layer documents with 1.11 × less CPU and
 * 1.2 × less wall time than two reading threads beside it (README, "What a second document thread
 * costs"). A document whose pages wait for OCR leaves its thread once they are all prepared, so
 * scans keep the OCR workers fed as well.
 */
export function readingThreads(jobs: number): number {
  return Math.max(1, jobs - 1);
}

/**
 * Documents under way at once in an import of `jobs`: one more than its threads, so that the
 * reading thread reads the next document while the one it read before waits for the extraction
 * thread (the text section's import took 1.09 × less wall time so, same CPU); with `jobs` 1, one
 * at a time, its two threads taking turns (one core's worth).
 */
export function documentsUnderWay(jobs: number): number {
  return jobs <= 1 ? 1 : jobs + 1;
}

/**
 * Starts the threads of an import with `count` jobs before the import proper — the
 * reading threads load and warm pdf.js, the extraction thread the extractors (about a second of
 * CPU in all) — while the caller opens the corpus, instead of after. Hand them to `importFiles`
 * (option `threads`), which terminates them; a caller that stops before importing terminates
 * them itself.
 */
export function startDocumentThreads(count: number, heapMb: number = DEFAULT_THREAD_HEAP_MB): StartedThreads {
  const rssBefore = process.memoryUsage.rss();
  const threads = Array.from({ length: count > 0 ? readingThreads(count) : 0 }, () => new DocumentThread(heapMb));
  const extraction = count > 0 ? new ExtractionThread(heapMb) : undefined;
  return { threads, extraction, rssBefore, terminate: async () => void (await Promise.all([...threads.map((thread) => thread.terminate()), extraction?.terminate()])) };
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
      readonly warnings: readonly DocumentWarning[];
    }
  | { readonly status: 'duplicate'; readonly file: string; readonly documentId: number; readonly existingFileName: string }
  | { readonly status: 'failed'; readonly file: string; readonly code: string; readonly message: string; readonly seconds: number };

function describeUnexpected(fileName: string, error: unknown): IngestError {
  if (error instanceof IngestError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new IngestError('CORRUPT_PDF', `${fileName}: could not be read (${message})`);
}

/** What one OCR worker adds to the process while it starts (measured: about 200 MB, 2 workers 400 MB). */
const OCR_WORKER_START_BYTES = 256 * 1024 * 1024;

/** A file of the batch read from disk (or the error reading it gave). */
interface Fetched {
  readonly path: string;
  readonly fetchMs: number;
  readonly file?: FileBytes | undefined;
  readonly error?: unknown;
}

/** What a thread made of a fetched file: a document to store, an earlier copy, or an error. */
interface Read {
  readonly fetched: Fetched;
  /** performance.now() when the file began to be read from disk. */
  readonly started: number;
  readonly document?: DocumentToStore | undefined;
  readonly duplicateOf?: DocumentRecord | undefined;
  readonly error?: unknown;
  /** Another document was read on another thread at some time during this one. */
  readonly overlapped?: boolean;
}

/** Stores a read document and its original in one go; the result to report. */
function saveRead(db: Db, knownNames: AcceptedNamesCache, path: string, bytes: Uint8Array, document: DocumentToStore, seconds: () => number): ImportResult {
  // One transaction with the original, so that a write that fails (a lock, a full disk) leaves
  // neither: tried again, the document is saved whole rather than found as a duplicate without it.
  const outcome = knownNames.ownWrite(() =>
    db.transaction(() => {
      const saving = saveImportedDocument(db, document);
      // The original goes into the corpus too, so its pages can be shown on any machine.
      if (saving.saved) storeOriginal(db, saving.document.id, bytes);
      return saving;
    }).immediate(), // the write lock taken at BEGIN, as every write here: a read snapshot never goes stale mid-transaction
  );
  if (!outcome.saved) return { status: 'duplicate', file: path, documentId: outcome.existing.id, existingFileName: outcome.existing.fileName };
  const ocrPages = document.pages.filter((page) => page.source === 'ocr').length;
  return {
    status: 'imported',
    file: path,
    documentId: outcome.document.id,
    pages: document.pages.length,
    textPages: document.pages.length - ocrPages,
    ocrPages,
    mentions: document.mentions.length,
    seconds: seconds(),
    warnings: document.warnings ?? [],
  };
}

/**
 * Documents handed on at once (HandedOn), and their files' bytes, held to be stored with each
 * document: a text-layer PDF of a few hundred pages is a few MB, and a file larger than what is
 * left keeps its lane, as every file did before. The extraction thread's first document took
 * 0.75 s while the reading thread read 18 five-page documents (3 s on a busy machine).
 */
const HANDED_ON_DOCUMENTS = 32;
const HANDED_ON_BYTES = 64 * 1024 * 1024;

/**
 * Documents whose lane went on to the next file while they wait for the extraction thread (their
 * pages read, none of them for OCR). A lane otherwise waits for its document's extraction, and
 * with every lane waiting so, the reading thread idled: at the start of a text-layer import, while
 * the extraction thread warms up and extracts its first documents (cold, several times slower
 * than the next ones), the reading thread read three documents and then waited 0.6 s, a fifth of
 * the run. Handed on at once: at most `maxCount` documents, whose files' bytes are at most
 * `maxBytes` in all.
 */
export class HandedOn {
  private count = 0;
  private bytes = 0;
  /** Documents waiting for a place, first come first served. */
  private readonly waiting: { readonly bytes: number; readonly grant: () => void }[] = [];

  constructor(
    private readonly maxCount: number,
    private readonly maxBytes: number,
  ) {}

  /**
   * Resolves true once a place is taken for a document of `bytes` bytes (release it once the
   * document is settled), or false if `done` (the document's whole read) comes first.
   */
  take(bytes: number, done: Promise<unknown>): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const waiter = { bytes, grant: () => resolve(true) };
      this.waiting.push(waiter);
      this.grant();
      void done.then(() => {
        const at = this.waiting.indexOf(waiter);
        if (at < 0) return;
        this.waiting.splice(at, 1);
        resolve(false);
        this.grant(); // it may have held up the ones behind it
      });
    });
  }

  release(bytes: number): void {
    this.count -= 1;
    this.bytes -= bytes;
    this.grant();
  }

  private grant(): void {
    for (let first = this.waiting[0]; first !== undefined && this.count < this.maxCount && this.bytes + first.bytes <= this.maxBytes; first = this.waiting[0]) {
      this.waiting.shift();
      this.count += 1;
      this.bytes += first.bytes;
      first.grant();
    }
  }
}

/** A document being read by a lane: `handedOn` is true once the lane may go on without it (handed on), false when the lane waits for it to be done. */
interface Reading {
  readonly read: Promise<Read>;
  readonly handedOn: Promise<boolean>;
  readonly bytes: number;
}

export async function importFiles(db: Db, files: readonly string[], options: ImportOptions): Promise<ImportResult[]> {
  let poolPromise: Promise<OcrPool> | undefined = options.ocrPool === undefined ? undefined : Promise.resolve(options.ocrPool);
  const ownsPool = options.ocrPool === undefined && options.getOcrPool === undefined;
  // Tesseract's WASM and models grow the process while it starts, under whatever page step is
  // running (seconds on a busy machine): that growth, up to what a pool takes, is not the page's.
  let poolStartRss: number | null = null;
  const getOcrPool = (): Promise<OcrPool> => {
    if (poolPromise === undefined) {
      poolStartRss = process.memoryUsage.rss();
      poolPromise = (options.getOcrPool?.() ?? createOcrPool({ size: options.jobs, recycleAfter: 50 })).finally(() => {
        poolStartRss = null;
        for (const thread of [...threads, extractor]) thread.rebaseStep();
      });
    }
    return poolPromise;
  };
  const rssOutsidePoolStart = (): number => {
    const rss = process.memoryUsage.rss();
    return poolStartRss === null ? rss : rss - Math.min(Math.max(0, rss - poolStartRss), OCR_WORKER_START_BYTES * options.jobs);
  };
  const limits: DocumentLimits = {
    pageTimeoutMs: options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
    documentTimeoutMs: options.documentTimeoutMs ?? DEFAULT_DOCUMENT_TIMEOUT_MS,
    heapMb: options.threadHeapMb ?? DEFAULT_THREAD_HEAP_MB,
  };
  const lanes = Math.max(1, Math.min(documentsUnderWay(options.jobs), files.length));
  const given = options.threads?.threads ?? [];
  const threads = Array.from({ length: readingThreads(Math.min(options.jobs, files.length)) }, (_, index) => given[index] ?? new DocumentThread(limits.heapMb));
  const extractor = options.threads?.extraction ?? new ExtractionThread(limits.heapMb);
  // More threads than files: the spare ones stop now rather than warm up for nothing.
  const spare = Promise.all(given.slice(threads.length).map((thread) => thread.terminate()));
  /** Reading threads not reading a document now, first the first (the solo pass reads on it). */
  const idle = [...threads];
  const waitingForThread: ((thread: DocumentThread) => void)[] = [];
  const takeThread = (): Promise<DocumentThread> => {
    const thread = idle.shift();
    return thread === undefined ? new Promise((resolve) => waitingForThread.push(resolve)) : Promise.resolve(thread);
  };
  const giveBack = (thread: DocumentThread): void => {
    const waiting = waitingForThread.shift();
    if (waiting === undefined) idle.push(thread);
    else waiting(thread);
  };
  /** The memory budget of an import running `jobs` documents at once (ImportOptions.memoryBudgetMb). */
  const budgetFor = (jobs: number): number => options.memoryBudgetMb ?? 350 + 200 * jobs;
  const budgetMb = budgetFor(options.jobs);
  const rssBefore = Math.min(process.memoryUsage.rss(), options.threads?.rssBefore ?? Number.POSITIVE_INFINITY);
  const stopWatchdog = watchMemory([...threads, extractor], budgetMb, rssBefore + budgetMb * 1024 * 1024, rssOutsidePoolStart);
  // Two pages ahead of the workers keeps them busy while a page is being prepared; more only
  // holds images in memory.
  const ocrSlots = createSemaphore(options.jobs + 2);
  // Names a person accepted anywhere in the corpus are proposed wherever they occur (issue 15):
  // read once, and again only after a decision (the query reads every mention of the corpus).
  const knownNames = acceptedNamesCache(db);
  const retry = options.busyRetry ?? callOnce;
  const results: ImportResult[] = [];
  const report = (result: ImportResult): void => {
    results.push(result);
    options.onResult?.(result);
  };

  const queue = [...files];
  /** The next file of the queue, read from disk and hashed; undefined when none is left (or the import was aborted). */
  const fetchNext = async (): Promise<Fetched | undefined> => {
    const path = options.signal?.aborted === true ? undefined : queue.shift();
    if (path === undefined) return undefined;
    const started = performance.now();
    try {
      const file = await readFileBytes(path, undefined, options.rawPaths?.get(path));
      return { path, fetchMs: performance.now() - started, file };
    } catch (error) {
      return { path, fetchMs: performance.now() - started, error };
    }
  };

  /** The documents being imported now: each learns whether another was imported beside it. */
  const beingRead = new Set<{ overlapped: boolean }>();
  /** Reads a fetched file on a reading thread (`take` gives it), then extracts it; never rejects (a failure is carried to `store`). */
  const readOn = async (take: () => Promise<DocumentThread>, fetched: Fetched, onProgress = options.onProgress, onExtractionOnly?: () => void): Promise<Read> => {
    const overlap = { overlapped: beingRead.size > 0 };
    for (const other of beingRead) other.overlapped = true;
    beingRead.add(overlap);
    try {
      return { ...(await readAlongside(take, fetched, onProgress, onExtractionOnly)), overlapped: overlap.overlapped };
    } finally {
      beingRead.delete(overlap);
    }
  };
  const readAlongside = async (take: () => Promise<DocumentThread>, fetched: Fetched, onProgress: ImportOptions['onProgress'], onExtractionOnly?: () => void): Promise<Read> => {
    const started = performance.now() - fetched.fetchMs;
    const file = fetched.file;
    if (file === undefined) return { fetched, started, error: fetched.error };
    try {
      const existing = await retry(() => findDocumentBySha(db, file.sha256));
      if (existing?.status === 'imported') return { fetched, started, duplicateOf: existing };
      // A scan needs the OCR workers: they load while its pages are read, not after the first one.
      const likelyScan = options.ocr === 'always' || (options.ocr === 'auto' && looksScanned(file.bytes));
      if (likelyScan) getOcrPool().catch(() => undefined);
      // The file's name may date a document whose text gives no date (extractors/fr/file-name-date.ts).
      const extraction = { knownNames: knownNames.names(), fileName: file.fileName };
      const thread = await take();
      let free = false;
      const onThreadFree = (): void => {
        if (free) return;
        free = true;
        giveBack(thread);
      };
      try {
        const document = await thread.read(file, { ocr: options.ocr, limits, getOcrPool, ocrSlots, onProgress, extraction, likelyScan, extractor, onThreadFree, onExtractionOnly });
        return { fetched, started, document };
      } finally {
        onThreadFree();
      }
    } catch (error) {
      return { fetched, started, error };
    }
  };

  /**
   * Set once a corpus fault (full, locked, read-only) has stopped the import. The documents other
   * lanes were reading then are abandoned: neither stored nor reported, above all not as failed
   * PDFs (their threads are stopped under them, which looked like a reader crashing); the
   * command's corpus error says the run stopped, and running it again imports them.
   */
  let stoppedBy: unknown;

  /** Stores what a thread read (or records its failure) and reports it; a corpus fault stops the import. */
  const store = async (read: Read): Promise<void> => {
    if (stoppedBy !== undefined) return;
    const { path, file } = read.fetched;
    const seconds = (): number => (performance.now() - read.started) / 1000;
    try {
      if (read.error !== undefined) throw read.error;
      if (read.duplicateOf !== undefined) {
        report({ status: 'duplicate', file: path, documentId: read.duplicateOf.id, existingFileName: read.duplicateOf.fileName });
        return;
      }
      if (read.document === undefined || file === undefined) throw new Error('nothing was read');
      const document = read.document;
      report(await retry(() => saveRead(db, knownNames, path, file.bytes, document, seconds)));
    } catch (error) {
      // A full, locked or read-only corpus is not this PDF's fault: stop the import (no further
      // file is started) and let the command report the corpus error.
      const fault = corpusErrorFrom(error, db.name);
      if (fault !== undefined || stoppedBy !== undefined) {
        stoppedBy ??= fault;
        queue.length = 0;
        throw stoppedBy;
      }
      const failure = describeUnexpected(basename(path), error);
      await retry(() => knownNames.ownWrite(() => recordFailedImport(db, {
        sha256: file?.sha256 ?? null,
        fileName: basename(path),
        filePath: path,
        fileSize: file?.bytes.length ?? 0,
        errorCode: failure.code,
        errorMessage: failure.message,
        importedAt: nowIso(),
      })));
      report({ status: 'failed', file: path, code: failure.code, message: failure.message, seconds: seconds() });
    }
  };

  // A lane per document imported at once: each takes a reading thread for its next file, hands it
  // back once the file's pages are read (while they are OCR'd and extracted, another lane reads
  // on it), and stores the document. The next file is read from disk while the current one is
  // imported, and handed on before the current one is stored (the store is on this thread, and
  // the reading thread would otherwise wait for it). Once the signal is aborted no further file is
  // started; files already being read finish.
  /**
   * Documents the memory watchdog failed: the growth may have been another document's read beside
   * them (memory-watch.ts), and the budget counts what earlier documents left held (tesseract's
   * heaps, which never shrink, grown by an earlier page). They are read again, one by one, once
   * every lane is done, with the import's OCR pool stopped and the budget counted from there; only
   * that failure is recorded.
   */
  const readAgainAlone: Read[] = [];
  /** Keeps a document for the solo pass, and says so now: its result comes after the others'. */
  const setAside = (read: Read, error: IngestError): void => {
    readAgainAlone.push(read);
    options.onProgress?.({ kind: 'read-again', fileName: read.fetched.file?.fileName ?? basename(read.fetched.path), reason: error.message, beside: read.overlapped === true });
  };
  /** The solo pass's progress: its documents were counted when they first began. */
  const again = (event: IngestProgress): void => options.onProgress?.(event.kind === 'document-start' ? { ...event, again: true } : event);
  /** A document read by a lane: the watchdog's failures are set aside for the solo pass, the rest stored. */
  const settle = async (read: Read): Promise<void> => {
    if (read.error instanceof IngestError && read.error.byMemoryWatch) setAside(read, read.error);
    else await store(read);
  };
  const handedOn = new HandedOn(HANDED_ON_DOCUMENTS, HANDED_ON_BYTES);
  /** Reads `fetched`, handing it on once it waits only for the extraction thread and `handedOn` has a place for it. */
  const readHandingOn = (fetched: Fetched): Reading => {
    const bytes = fetched.file?.bytes.length ?? 0;
    let answer: (onlyExtraction: boolean) => void = () => undefined;
    const answered = new Promise<boolean>((resolve) => {
      answer = resolve;
    });
    // Waits for a place until the lane has its answer (the read may end first: no place then).
    // With one job, one document at a time, as before: none is handed on.
    const onExtractionOnly = options.jobs <= 1 ? undefined : (): void => void handedOn.take(bytes, answered).then(answer);
    const read = readOn(takeThread, fetched, options.onProgress, onExtractionOnly);
    void read.then(() => answer(false)); // readOn never rejects; the first answer stands
    return { read, handedOn: answered, bytes };
  };
  /**
   * Files read from disk ahead of the lanes, in the queue's order, as many as there are lanes (as
   * when each lane read its own next file): a lane takes the first when it starts a document, so
   * that documents start in the queue's order even though lanes go on without their documents
   * (handed on), and text-layer documents are read, extracted and stored in that order, as
   * before. A lane that kept a file of its own while it waited for its document started it after
   * later files: the corpus's entities take their names from the first document stored that
   * names them, and the same files gave another corpus.
   */
  const ahead: Promise<Fetched | undefined>[] = [];
  let lastAhead: Promise<unknown> = Promise.resolve();
  const readAhead = (): void => {
    while (ahead.length < lanes && queue.length > 0 && options.signal?.aborted !== true) {
      // Read side by side, each ready no sooner than the file before it.
      const inTurn = Promise.all([fetchNext(), lastAhead]).then(([fetched]) => fetched);
      lastAhead = inTurn;
      ahead.push(inTurn);
    }
  };
  const takeFile = (): Promise<Fetched | undefined> => {
    readAhead();
    const first = ahead.shift();
    readAhead();
    return first ?? Promise.resolve(undefined);
  };
  const running = Array.from({ length: lanes }, async () => {
    /** This lane's documents handed on: each stored (or set aside) once extracted. */
    const waiting: Promise<void>[] = [];
    const start = (fetched: Fetched | undefined): Reading | undefined => (fetched === undefined ? undefined : readHandingOn(fetched));
    for (let reading = start(await takeFile()); reading !== undefined; ) {
      const onlyExtraction = await reading.handedOn;
      const read = onlyExtraction ? undefined : await reading.read;
      const current = reading;
      reading = stoppedBy === undefined ? start(await takeFile()) : undefined;
      if (read !== undefined) {
        await settle(read);
        continue;
      }
      const settled = current.read.then(settle).finally(() => handedOn.release(current.bytes));
      settled.catch(() => undefined); // awaited below, with the lane: a corpus fault stops the import there
      waiting.push(settled);
    }
    await Promise.all(waiting);
  });
  /**
   * Reads the documents the watchdog failed again, one at a time, on the first
   * thread. What the earlier documents left behind is given back first (the other threads and an
   * OCR pool of this import's own are stopped; the pool starts again if a page needs it), and
   * whatever the process still holds (an app's warm pool, tesseract heaps that never shrink) is
   * the solo watchdog's baseline: it judges each document on its own growth, with one job's budget.
   */
  const readEachAlone = async (reads: readonly Read[]): Promise<void> => {
    stopWatchdog();
    await Promise.all(threads.slice(1).map((thread) => thread.terminate()));
    if (ownsPool && poolPromise !== undefined) {
      const pool = await poolPromise.catch(() => undefined);
      poolPromise = undefined;
      await pool?.terminate();
    }
    const soloThread = threads[0] as DocumentThread;
    const soloBudgetMb = budgetFor(1);
    const stopSoloWatchdog = watchMemory([soloThread, extractor], soloBudgetMb, process.memoryUsage.rss() + soloBudgetMb * 1024 * 1024, rssOutsidePoolStart);
    try {
      for (const first of reads) {
        // A cancelled import records the first failure rather than start the document again.
        await store(options.signal?.aborted === true ? first : await readOn(async () => soloThread, first.fetched, again));
      }
    } finally {
      stopSoloWatchdog();
    }
  };
  try {
    await Promise.all(running);
    if (readAgainAlone.length > 0) await readEachAlone(readAgainAlone);
  } catch (error) {
    // A corpus fault: the other lanes' documents are abandoned (their threads stopped), and the
    // lanes waited for, so that nothing is stored or reported once the import has ended.
    await Promise.all([...threads.map((thread) => thread.terminate()), extractor.terminate()]);
    await Promise.allSettled(running);
    throw error;
  } finally {
    stopWatchdog();
    await Promise.all([...threads.map((thread) => thread.terminate()), extractor.terminate(), spare]);
    if (poolPromise !== undefined && ownsPool) await (await poolPromise.catch(() => undefined))?.terminate();
  }
  return results;
}
