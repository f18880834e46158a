import { describe, expect, it } from 'vitest';
import { createSemaphore } from '../../../main/util/semaphore.js';

describe('createSemaphore', () => {
  it('lets `permits` holders in and serves waiters in order', async () => {
    const semaphore = createSemaphore(2);
    const first = await semaphore.acquire();
    await semaphore.acquire();
    const order: string[] = [];
    const third = semaphore.acquire().then((release) => (order.push('third'), release));
    const fourth = semaphore.acquire().then((release) => (order.push('fourth'), release));
    expect(semaphore.held()).toBe(2);
    first();
    first(); // a second call is ignored
    const releaseThird = await third;
    expect(order).toEqual(['third']);
    releaseThird();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
    expect(semaphore.held()).toBe(2);
  });
});
