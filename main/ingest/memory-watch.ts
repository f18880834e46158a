/**
 * The import's memory watchdog. Decoded streams and images live outside a document thread's
 * heap (ArrayBuffers), so the heap cap alone cannot bound them: the process's resident size is
 * sampled, and a document whose running step made it grow too much is failed (its thread is
 * stopped, which gives the memory back). Growth, not the total, names the culprit: memory held
 * elsewhere (tesseract's WASM heaps, which never shrink; the app hosting the import) must never
 * fail an innocent document. Growth cannot be told apart by thread, though: with two documents
 * read side by side, the step that began first has seen the most growth, the other's included
 * (its huge image decoded, its page OCR'd while this step waited for the pool). So a verdict of
 * the watchdog is final only for a document read alone; import-files.ts reads any other one
 * again alone before it records the failure.
 */

/** How often the resident size is sampled. */
const WATCH_EVERY_MS = 100;
/** After failing a document, time for its thread's memory to be given back before judging again. */
const WATCH_GRACE_MS = 1_000;
/** No one step of one page may grow the process by more than this, whatever the budget. */
export const MAX_STEP_GROWTH = 384 * 1024 * 1024;
/** Over budget, a step that grew the process by less than this is not the cause. */
export const MIN_CULPRIT_GROWTH = 160 * 1024 * 1024;

/** What the watchdog needs from a document thread. */
export interface WatchedThread {
  /** When its running step began and the process's resident size then; null when idle. */
  currentStep(): { at: number; rss: number } | null;
  abortForMemory(budgetMb: number): void;
}

/**
 * The thread to fail now, or null: the one whose running step grew the process most, when that
 * growth alone passes MAX_STEP_GROWTH, or when the process is over `budgetBytes` and the growth
 * passes MIN_CULPRIT_GROWTH.
 */
export function pickCulprit<T extends WatchedThread>(threads: readonly T[], rss: number, budgetBytes: number): T | null {
  let culprit: T | null = null;
  let growth = 0;
  for (const thread of threads) {
    const step = thread.currentStep();
    if (step !== null && rss - step.rss > growth) [culprit, growth] = [thread, rss - step.rss];
  }
  if (culprit === null) return null;
  return growth > MAX_STEP_GROWTH || (rss > budgetBytes && growth > MIN_CULPRIT_GROWTH) ? culprit : null;
}

/** Starts sampling; returns the function that stops it. */
export function watchMemory(threads: readonly WatchedThread[], budgetMb: number, budgetBytes: number, rss: () => number = () => process.memoryUsage.rss()): () => void {
  let quietUntil = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    if (now < quietUntil) return;
    const culprit = pickCulprit(threads, rss(), budgetBytes);
    if (culprit === null) return;
    culprit.abortForMemory(budgetMb);
    quietUntil = now + WATCH_GRACE_MS;
  }, WATCH_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
