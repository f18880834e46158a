/**
 * Text-layer passes in parallel: a pool of worker threads, each running pdf.js on one document at
 * a time, while the main thread extracts and writes. A thread that hangs past the time limit is
 * killed (in-process pdf.js could not be stopped) and replaced on the next document.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createPool, type PoolWorker } from '../util/pool.js';
import { IngestError, type IngestErrorCode } from './errors.js';
import { readTextLayer, type TextLayer } from './text-layer.js';
import { withTimeout } from './timeout.js';
import type { TextLayerReply, TextLayerRequest } from './text-layer-worker.js';

export interface TextLayerJob {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** Longest the whole pass may take before the thread is killed and the document failed. */
  readonly timeoutMs: number;
}

/** Reads text layers; `terminate` stops every thread once the running passes are done. */
export interface TextLayerReader {
  read(job: TextLayerJob): Promise<TextLayer>;
  terminate(): Promise<void>;
}

const WORKER_URL = new URL('./text-layer-worker.js', import.meta.url);

/**
 * True when the compiled worker exists next to this module: the built CLI has it; running from
 * the TypeScript sources (vitest, tsx) does not, and then passes run in-process instead.
 */
export function threadsAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

function rebuild(reply: Extract<TextLayerReply, { ok: false }>): Error {
  return reply.code === null ? new Error(reply.message) : new IngestError(reply.code as IngestErrorCode, reply.message);
}

function timeoutError(job: TextLayerJob): IngestError {
  return new IngestError('PAGE_TIMEOUT', `${job.fileName}: reading the text layer took longer than ${Math.round(job.timeoutMs / 1000)} s`);
}

/**
 * One thread, started at once (pdf.js loads in it while the importer opens the corpus and reads
 * the first file) and again on next use after it died or was killed.
 */
function threadWorker(): PoolWorker<TextLayerJob, TextLayer> {
  // A thread can also die between jobs (or while loading pdf.js): its 'error' must never go
  // unhandled, which would end the whole import, and a dead thread is replaced on next use.
  const start = (): Worker => {
    const started = new Worker(WORKER_URL);
    started.on('error', () => undefined).on('exit', () => {
      if (thread === started) thread = undefined;
    });
    return started;
  };
  let thread: Worker | undefined = start();
  return {
    run(job) {
      const current = (thread ??= start());
      return new Promise<TextLayer>((resolve, reject) => {
        const done = (): void => {
          clearTimeout(timer);
          current.off('message', onMessage).off('error', onError).off('exit', onExit);
        };
        const kill = (error: Error): void => {
          done();
          thread = undefined;
          void current.terminate();
          reject(error);
        };
        const onMessage = (reply: TextLayerReply): void => {
          done();
          if (reply.ok) resolve(reply.layer);
          else reject(rebuild(reply));
        };
        const onError = (error: Error): void => kill(error);
        const onExit = (code: number): void => kill(new Error(`the text-layer thread stopped (exit code ${code})`));
        const timer = setTimeout(() => kill(timeoutError(job)), job.timeoutMs);
        current.on('message', onMessage).on('error', onError).on('exit', onExit);
        // A copy is transferred: the caller keeps its bytes for hashing and for OCR.
        const bytes = job.bytes.slice();
        current.postMessage({ bytes, fileName: job.fileName } satisfies TextLayerRequest, [bytes.buffer]);
      });
    },
    async terminate() {
      await thread?.terminate();
      thread = undefined;
    },
  };
}

/**
 * Passes on the calling thread (no parallelism): used when the compiled worker is absent. The
 * time limit can only stop waiting here, not the parse itself (a thread is killed instead).
 */
export const inProcessTextLayerReader: TextLayerReader = {
  read: (job) => withTimeout(readTextLayer(job.bytes, job.fileName), job.timeoutMs, () => timeoutError(job)),
  terminate: async () => undefined,
};

function threadPoolReader(size: number): TextLayerReader {
  const pool = createPool(Array.from({ length: Math.max(1, size) }, () => threadWorker()));
  return { read: (job) => pool.addJob(job), terminate: pool.terminate };
}

/** A reader that can give up its threads once they no longer pay (see `createTextLayerReader`). */
export interface AdaptiveTextLayerReader extends TextLayerReader {
  /** From now on read in-process; the threads stop as soon as no pass is running on them. */
  stopThreads(): void;
}

/**
 * Text-layer passes on `size` threads (one per core by default); in-process without a build.
 * Each thread holds its own pdf.js (60–90 MB): worth it while the import is parsing text layers,
 * not once OCR keeps every core busy. So the importer calls `stopThreads()` when OCR starts.
 */
export function createTextLayerReader(size: number = availableParallelism()): AdaptiveTextLayerReader {
  let threads: TextLayerReader | null = threadsAvailable() ? threadPoolReader(size) : null;
  let running = 0;
  let stopping = false;
  let stopped: Promise<void> = Promise.resolve();
  const stopIfIdle = (): void => {
    if (!stopping || running > 0 || threads === null) return;
    stopped = threads.terminate();
    threads = null;
  };
  return {
    async read(job) {
      if (threads === null || stopping) return inProcessTextLayerReader.read(job);
      running += 1;
      try {
        return await threads.read(job);
      } finally {
        running -= 1;
        stopIfIdle();
      }
    },
    stopThreads() {
      stopping = true;
      stopIfIdle();
    },
    async terminate() {
      stopping = true;
      stopIfIdle();
      await stopped;
    },
  };
}
