/**
 * An OCR pool kept loaded between imports in a long-running process (`glaneur serve`): a person
 * importing one scan after another then pays for loading the French model once, not per import.
 * It is started by the first page that needs OCR (a text-only import never starts it) and stopped
 * after `idleMs` without an import, so an idle server gives the workers' memory back.
 */
import { createOcrPool, type OcrPool } from './ocr-pool.js';

export interface WarmOcrPool {
  /** The pool, started on first use; asking for it cancels a pending idle stop. */
  get(): Promise<OcrPool>;
  /** An import finished: the pool is stopped unless another import asks for it within `idleMs`. */
  idle(): void;
  /** Stops the pool now (shutdown). */
  terminate(): Promise<void>;
}

export interface WarmOcrPoolOptions {
  readonly size: number;
  readonly idleMs: number;
  /** How a pool is made (tests pass a fake). */
  readonly create?: ((size: number) => Promise<OcrPool>) | undefined;
}

/** Pages a worker reads before it is replaced, as for an import's own pool (WASM memory creeps). */
const RECYCLE_AFTER = 50;

export function createWarmOcrPool(options: WarmOcrPoolOptions): WarmOcrPool {
  const create = options.create ?? ((size: number) => createOcrPool({ size, recycleAfter: RECYCLE_AFTER }));
  let pool: Promise<OcrPool> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const stop = async (): Promise<void> => {
    clearTimeout(timer);
    const stopping = pool;
    pool = undefined;
    await (await stopping?.catch(() => undefined))?.terminate();
  };
  return {
    get() {
      clearTimeout(timer);
      if (pool === undefined) {
        const starting = create(options.size);
        // A pool that failed to start is not kept: the next import tries again.
        starting.catch(() => {
          if (pool === starting) pool = undefined;
        });
        pool = starting;
      }
      return pool;
    },
    idle() {
      clearTimeout(timer);
      if (pool === undefined) return;
      timer = setTimeout(() => void stop(), options.idleMs);
      timer.unref();
    },
    terminate: stop,
  };
}
