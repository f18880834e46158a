import { describe, expect, it } from 'vitest';
import { busyRetry, callOnce, isBusyError } from '../../../main/store/busy-retry.js';

const busy = (): Error => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('busyRetry', () => {
  it('tries a call again while it meets the lock, and answers its result', async () => {
    let tries = 0;
    const value = await busyRetry(1_000)(() => {
      tries += 1;
      if (tries < 4) throw busy();
      return 'fait';
    });
    expect(value).toBe('fait');
    expect(tries).toBe(4);
  });

  it('gives the lock error back once the deadline has passed', async () => {
    let tries = 0;
    const started = performance.now();
    await expect(busyRetry(120)(() => {
      tries += 1;
      throw busy();
    })).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    expect(tries).toBeGreaterThan(2);
  });

  it('never tries again an error that is not the lock', async () => {
    let tries = 0;
    await expect(busyRetry(1_000)(() => {
      tries += 1;
      throw Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' });
    })).rejects.toThrow('disk full');
    expect(tries).toBe(1);
  });

  it('waits on the event loop: other work runs between tries', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    let tries = 0;
    await busyRetry(1_000)(() => {
      tries += 1;
      if (tries < 7) throw busy();
    });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
  });

  it('tells the lock codes apart, and callOnce calls once', async () => {
    expect(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY'].map((code) => isBusyError({ code }))).toEqual([true, true, true]);
    expect(['SQLITE_LOCKED', 'SQLITE_FULL', undefined].map((code) => isBusyError({ code }))).toEqual([false, false, false]);
    expect(isBusyError(null)).toBe(false);
    let tries = 0;
    await expect(callOnce(() => {
      tries += 1;
      throw busy();
    })).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    expect(tries).toBe(1);
  });
});
