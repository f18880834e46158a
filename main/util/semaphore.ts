/**
 * A counting semaphore: at most `permits` holders at once, waiters served first come, first
 * served. Used to bound work prepared ahead across concurrent tasks (e.g. page images queued
 * for OCR across every document being imported).
 */

export interface Semaphore {
  /** Resolves with a release function once a permit is free; call it exactly once. */
  acquire(): Promise<() => void>;
  /** Permits currently held. */
  held(): number;
}

/** Creates a semaphore with `permits` (at least 1) permits. */
export function createSemaphore(permits: number): Semaphore {
  const limit = Math.max(1, Math.floor(permits));
  const waiting: (() => void)[] = [];
  let held = 0;
  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) held -= 1;
    else next(); // the permit passes straight to the next waiter
  };
  const once = (): (() => void) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
  return {
    acquire() {
      if (held < limit) {
        held += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => waiting.push(() => resolve(once())));
    },
    held: () => held,
  };
}
