/**
 * OCR with tesseract.js: a pool of workers (one per core by default), French model loaded from
 * the `@tesseract.js-data/fra` npm package (never a CDN), page segmentation mode 3 (automatic),
 * because the default reads straight across two-column pages and interleaves the columns.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type Tesseract from 'tesseract.js';
import type { WordBox } from '../store/document-writer.js';
import { createPool, type Pool, type PoolWorker } from '../util/pool.js';

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
  /** An encoded image of the page (PNG, or PGM for embedded scans). */
  readonly image: Buffer;
  /** Its resolution, so tesseract need not guess it (the guess drives its size filters). */
  readonly dpi?: number | undefined;
}

export interface OcrPool {
  recognize(image: Buffer, dpi?: number): Promise<OcrResult>;
  queueLength(): number;
  size(): number;
  terminate(): Promise<void>;
}

export interface OcrPoolOptions {
  readonly size?: number | undefined;
  /** Recycle a worker after this many pages so WASM memory does not creep. */
  readonly recycleAfter?: number | undefined;
}

/** Folder holding `fra.traineddata.gz`, resolved from the installed npm package. */
export function frenchLangPath(): string {
  const data = require('@tesseract.js-data/fra') as { langPath: string };
  return data.langPath;
}

async function createOcrWorker(): Promise<PoolWorker<OcrJob, OcrResult>> {
  const tesseract = (await import('tesseract.js')).default;
  const worker = await tesseract.createWorker('fra', tesseract.OEM.LSTM_ONLY, {
    langPath: frenchLangPath(),
    cacheMethod: 'none',
    gzip: true,
  });
  // The resolution is known; saying so spares tesseract its guess (and its stderr chatter).
  await worker.setParameters({ tessedit_pageseg_mode: tesseract.PSM.AUTO, preserve_interword_spaces: '0', user_defined_dpi: '300' });
  return {
    async run(job) {
      // tesseract.js passes unknown recognize options through to tesseract for this call only.
      const perPage = job.dpi === undefined ? {} : { user_defined_dpi: String(Math.round(job.dpi)) };
      const { data } = await worker.recognize(job.image, perPage as Partial<Tesseract.RecognizeOptions>, { text: true, blocks: true });
      return toOcrResult(data);
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

function toOcrResult(page: Tesseract.Page): OcrResult {
  const words: OcrWord[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          words.push({ text: word.text, confidence: word.confidence, ...word.bbox });
        }
      }
    }
  }
  const confidence = words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  return { text: page.text, confidence, words };
}

/** Resolves once every worker has loaded the model. */
export async function createOcrPool(options: OcrPoolOptions = {}): Promise<OcrPool> {
  const size = Math.max(1, options.size ?? availableParallelism());
  const workers = await Promise.all(Array.from({ length: size }, () => createOcrWorker()));
  const pool: Pool<OcrJob, OcrResult> = createPool(workers, {
    recycleAfter: options.recycleAfter,
    createWorker: createOcrWorker,
  });
  return {
    recognize: (image, dpi) => pool.addJob({ image, dpi }),
    queueLength: pool.queueLength,
    size: pool.size,
    terminate: pool.terminate,
  };
}
