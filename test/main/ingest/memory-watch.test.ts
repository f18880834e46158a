import { describe, expect, it } from 'vitest';
import { MAX_STEP_GROWTH, MIN_CULPRIT_GROWTH, pickCulprit, type WatchedThread } from '../../../main/ingest/memory-watch.js';

const MB = 1024 * 1024;
const thread = (name: string, stepRss: number | null): WatchedThread & { name: string } => ({
  name,
  currentStep: () => (stepRss === null ? null : { at: 0, rss: stepRss }),
  abortForMemory: () => undefined,
});

describe('which document the memory watchdog fails', () => {
  it('the step that grew the process past the per-step ceiling, even under budget', () => {
    const threads = [thread('quiet', 300 * MB), thread('bomb', 200 * MB), thread('idle', null)];
    expect(pickCulprit(threads, 200 * MB + MAX_STEP_GROWTH + MB, 4000 * MB)?.name).toBe('bomb');
  });

  it('over budget, the step that grew it most, if it grew it enough', () => {
    const threads = [thread('a', 700 * MB), thread('b', 800 * MB)];
    expect(pickCulprit(threads, 700 * MB + MIN_CULPRIT_GROWTH + MB, 750 * MB)?.name).toBe('a');
  });

  it('nobody, when memory is high but no running step made it so (tesseract heaps, a hosting app)', () => {
    const threads = [thread('a', 1500 * MB), thread('b', 1480 * MB), thread('idle', null)];
    expect(pickCulprit(threads, 1520 * MB, 900 * MB)).toBeNull();
    expect(pickCulprit([thread('idle', null)], 5000 * MB, 900 * MB)).toBeNull();
  });
});
