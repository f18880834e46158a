/**
 * OCR with tesseract.js: a pool of workers (one per core by default), French model loaded from
 * the `@tesseract.js-data/fra` npm package (never a CDN), page segmentation mode 3 (automatic),
 * because the default reads straight across two-column pages and interleaves the columns.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type Tesseract from 'tesseract.js';
import type { WordBox } from '../store/document-writer.js';
import { createPool, type Pool, type PoolWorker } from '../util/pool.js';
import { laidWordsFromTsv, layOutOcrPage } from './ocr-layout.js';
import { lstmWorkerUrl, SHARED_IMAGE_OPTION, type SharedImage } from './tesseract-worker.js';

const require = createRequire(import.meta.url);

/** One recognised word with its box in image pixels and its confidence (0..100). */
export type OcrWord = WordBox;

export interface OcrResult {
  readonly text: string;
  /** Mean word confidence, 0..100. */
  readonly confidence: number;
  readonly words: readonly OcrWord[];
}

export interface OcrJob {
  /** An encoded image of the page (PNG, or PGM for gray page images). */
  readonly image: Buffer;
  /** Its resolution, so tesseract need not guess it (the guess drives its size filters). */
  readonly dpi?: number | undefined;
  /** Only this part of the image (a sample, when looking for the page's orientation). */
  readonly rectangle?: { readonly left: number; readonly top: number; readonly width: number; readonly height: number } | undefined;
  /**
   * Longest the recognition itself may take, counted from when a worker starts it (time waiting
   * in the queue behind other documents' pages is not charged). Past it the worker is stopped
   * and replaced, and the job rejects with OcrTimeoutError.
   */
  readonly timeoutMs?: number | undefined;
}

/** What tesseract.js is given as the image when the real one is shared (it must be non-empty). */
const SHARED_PLACEHOLDER = Buffer.from([0]);

/** An image larger than this (encoded gray bytes ≈ pixels) costs its worker a fresh start afterwards. */
export const RECYCLE_AFTER_IMAGE_BYTES = 20_000_000;

/** A recognition that ran past its job's `timeoutMs`. */
export class OcrTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`OCR took longer than ${Math.round(timeoutMs / 1000)} s`);
    this.name = 'OcrTimeoutError';
  }
}

/** What a job resolved to, with the seconds a worker spent on it (for the document's budget). */
export interface TimedOcrResult extends OcrResult {
  readonly seconds: number;
}

export interface OcrPool {
  recognize(image: Buffer, dpi?: number): Promise<OcrResult>;
  /** A job with its options (a sample rectangle, a running-time limit). */
  run(job: OcrJob): Promise<TimedOcrResult>;
  queueLength(): number;
  size(): number;
  terminate(): Promise<void>;
}

export interface OcrPoolOptions {
  readonly size?: number | undefined;
  /** Recycle a worker after this many pages so WASM memory does not creep. */
  readonly recycleAfter?: number | undefined;
  readonly model?: FrenchModel | undefined;
  /**
   * A folder holding another `fra.traineddata.gz` to use instead of `model` (the OCR models bench
   * compares Debian's tessdata_fast model this way; the app never sets it).
   */
  readonly langPath?: string | undefined;
}

/**
 * Which French model of `@tesseract.js-data/fra`: `standard` (the package's default, 4.0.0:
 * tessdata's integer LSTM plus the legacy engine's data, 6 MB) or `best_int` (tessdata_best
 * integerised, LSTM only, 0.7 MB). Glaneur uses `best_int`: with the LSTM engine only, both read
 * the dev scans alike (CER 2.36 % each, native tesseract 2.42 %, `npm run bench:ocr-models`), and
 * the smaller file loads in about half the time and memory, which a one-document import waits for.
 */
export type FrenchModel = 'standard' | 'best_int';

/** Folder holding `fra.traineddata.gz`, resolved from the installed npm package. */
export function frenchLangPath(model: FrenchModel = 'best_int'): string {
  const data = require('@tesseract.js-data/fra') as { langPath: string };
  return model === 'standard' ? data.langPath : join(dirname(data.langPath), '4.0.0_best_int');
}

async function createOcrWorker(langPath: string): Promise<PoolWorker<OcrJob, TimedOcrResult>> {
  const tesseract = (await import('tesseract.js')).default;
  const worker = await tesseract.createWorker('fra', tesseract.OEM.LSTM_ONLY, {
    langPath,
    cacheMethod: 'none',
    gzip: true,
    // The LSTM-only WASM build (tesseract-worker.ts): tesseract.js would load the larger one.
    workerPath: lstmWorkerUrl() as unknown as string,
  });
  // The resolution is known; saying so spares tesseract its guess (and its stderr chatter).
  await worker.setParameters({ tessedit_pageseg_mode: tesseract.PSM.AUTO, preserve_interword_spaces: '0', user_defined_dpi: '300' });
  let broken = false;
  return {
    async run(job) {
      const started = performance.now();
      // tesseract's WASM heap grows to fit the largest page it has read and never shrinks: after
      // a very large one the worker is replaced, so that memory goes back to the system.
      if (job.image.length > RECYCLE_AFTER_IMAGE_BYTES) broken = true;
      // tesseract.js passes unknown recognize options through to tesseract for this call only.
      const perPage = { ...(job.dpi === undefined ? {} : { user_defined_dpi: String(Math.round(job.dpi)) }), ...(job.rectangle === undefined ? {} : { rectangle: job.rectangle }) };
      // An image in shared memory goes to the worker as a reference (tesseract-worker.ts).
      const { buffer, byteOffset, byteLength } = job.image;
      const shared = buffer instanceof SharedArrayBuffer ? { [SHARED_IMAGE_OPTION]: { buffer, offset: byteOffset, length: byteLength } satisfies SharedImage } : null;
      const image = shared === null ? job.image : SHARED_PLACEHOLDER;
      const recognition = worker.recognize(image, { ...perPage, ...shared } as Partial<Tesseract.RecognizeOptions>, { text: true, tsv: true });
      if (job.timeoutMs === undefined) return { ...toOcrResult((await recognition).data), seconds: (performance.now() - started) / 1000 };
      let timer: NodeJS.Timeout | undefined;
      const limit = job.timeoutMs;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // tesseract cannot be interrupted mid-page: its thread is stopped and the pool makes a new one.
          broken = true;
          void worker.terminate().catch(() => undefined);
          reject(new OcrTimeoutError(limit));
        }, limit);
      });
      recognition.catch(() => undefined);
      try {
        const { data } = await Promise.race([recognition, timeout]);
        return { ...toOcrResult(data), seconds: (performance.now() - started) / 1000 };
      } finally {
        clearTimeout(timer);
      }
    },
    isBroken: () => broken,
    async terminate() {
      await worker.terminate().catch(() => undefined); // already stopped when a time limit hit
    },
  };
}

/**
 * Words from tesseract's TSV output: the same words, boxes and confidences as its JSON blocks,
 * made natively in one string instead of a tree of every symbol built in JS and copied between
 * threads (about 0.1 s of CPU per page less).
 */
export function wordsFromTsv(tsv: string): OcrWord[] {
  return laidWordsFromTsv(tsv).map(toWordBox);
}

// Whole points, as tesseract's JSON gives them (and as stored before).
const toWordBox = ({ text, confidence, x0, y0, x1, y1 }: OcrWord): OcrWord => ({ text, confidence, x0, y0, x1, y1 });

/** The page's text and words, a table read cell by cell (ocr-layout.ts). */
export function toOcrResult(page: Pick<Tesseract.Page, 'text' | 'tsv'>): OcrResult {
  const laid = layOutOcrPage(page.text, laidWordsFromTsv(page.tsv ?? ''));
  const words = laid.words.map(toWordBox);
  const confidence = words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  return { text: laid.text, confidence, words };
}

/**
 * A worker slot whose tesseract worker is still loading its model: a job given to it waits for
 * the load (it could not run sooner anyway: every loaded worker is busy when the pool picks this
 * slot, since the pool fills its slots in order).
 */
function loadingWorker(loading: Promise<PoolWorker<OcrJob, TimedOcrResult>>): PoolWorker<OcrJob, TimedOcrResult> {
  let loaded: PoolWorker<OcrJob, TimedOcrResult> | undefined;
  let failed = false;
  loading.then((worker) => void (loaded = worker), () => void (failed = true));
  return {
    run: async (job) => (await loading).run(job),
    // A worker that could not load is replaced by the pool at its slot's next job.
    isBroken: () => failed || loaded?.isBroken?.() === true,
    terminate: async () => {
      await (await loading.catch(() => undefined))?.terminate();
    },
  };
}

/**
 * Resolves as soon as the first worker has loaded the model, so OCR of a document's first page
 * starts then; the other workers load one after another behind it (on a 2-core machine, loading
 * them all at once would delay the first by as much as the others take, while the document's
 * pages are being read on the same cores). A failure to load the first rejects.
 */
export async function createOcrPool(options: OcrPoolOptions = {}): Promise<OcrPool> {
  const size = Math.max(1, options.size ?? availableParallelism());
  const langPath = options.langPath ?? frenchLangPath(options.model ?? 'best_int');
  const first = await createOcrWorker(langPath);
  let previous: Promise<unknown> = Promise.resolve();
  const others = Array.from({ length: size - 1 }, () => {
    const loading = previous.then(() => createOcrWorker(langPath));
    previous = loading.catch(() => undefined);
    return loadingWorker(loading);
  });
  const pool: Pool<OcrJob, TimedOcrResult> = createPool([first, ...others], {
    recycleAfter: options.recycleAfter,
    createWorker: () => createOcrWorker(langPath),
  });
  return {
    recognize: (image, dpi) => pool.addJob({ image, dpi }),
    run: (job) => pool.addJob(job),
    queueLength: pool.queueLength,
    size: pool.size,
    terminate: pool.terminate,
  };
}
