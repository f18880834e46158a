import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OcrPool } from '../../../main/ingest/ocr-pool.js';
import { createWarmOcrPool } from '../../../main/ingest/warm-ocr-pool.js';

function fakePools(): { create: (size: number) => Promise<OcrPool>; made: { size: number; terminated: boolean }[] } {
  const made: { size: number; terminated: boolean }[] = [];
  const create = (size: number): Promise<OcrPool> => {
    const record = { size, terminated: false };
    made.push(record);
    const pool = {
      terminate: () => {
        record.terminated = true;
        return Promise.resolve();
      },
    };
    return Promise.resolve(pool as unknown as OcrPool);
  };
  return { create, made };
}

describe('createWarmOcrPool', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts no pool until a page needs one, then keeps the same pool from import to import', async () => {
    const { create, made } = fakePools();
    const warm = createWarmOcrPool({ size: 2, idleMs: 60_000, create });
    warm.idle(); // a text-only import
    expect(made).toEqual([]);
    const first = await warm.get();
    warm.idle();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await warm.get()).toBe(first); // the next import within the idle time reuses it
    warm.idle();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(made).toEqual([{ size: 2, terminated: false }]);
  });

  it('stops the pool after the idle time, and starts a new one for a later import', async () => {
    const { create, made } = fakePools();
    const warm = createWarmOcrPool({ size: 2, idleMs: 60_000, create });
    const first = await warm.get();
    warm.idle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(made[0]?.terminated).toBe(true);
    expect(await warm.get()).not.toBe(first);
    expect(made).toHaveLength(2);
    await warm.terminate();
    expect(made[1]?.terminated).toBe(true);
  });

  it('does not keep a pool that failed to start', async () => {
    let calls = 0;
    const warm = createWarmOcrPool({
      size: 1,
      idleMs: 1000,
      create: () => {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('model missing')) : fakePools().create(1);
      },
    });
    await expect(warm.get()).rejects.toThrow('model missing');
    await expect(warm.get()).resolves.toBeDefined();
    expect(calls).toBe(2);
  });
});
