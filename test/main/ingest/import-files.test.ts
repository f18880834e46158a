import { describe, expect, it } from 'vitest';
import { HandedOn } from '../../../main/ingest/import-files.js';

/** A promise and its resolver (a document's read, still going on). */
function pending(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** What a promise has settled to by now, or 'waiting'. */
async function stateOf<T>(promise: Promise<T>): Promise<T | 'waiting'> {
  return Promise.race([promise, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 0))]);
}

describe('documents handed on while they wait for the extraction thread', () => {
  it('takes a place at once while there are places and bytes left', async () => {
    const handedOn = new HandedOn(2, 100);
    expect(await handedOn.take(40, pending().promise)).toBe(true);
    expect(await handedOn.take(60, pending().promise)).toBe(true);
  });

  it('makes the next document wait for a place, and gives it the first one released', async () => {
    const handedOn = new HandedOn(1, 100);
    expect(await handedOn.take(10, pending().promise)).toBe(true);
    const second = handedOn.take(10, pending().promise);
    expect(await stateOf(second)).toBe('waiting');
    handedOn.release(10);
    expect(await second).toBe(true);
  });

  it('counts the bytes held: a file that does not fit waits for what the others release', async () => {
    const handedOn = new HandedOn(8, 100);
    expect(await handedOn.take(70, pending().promise)).toBe(true);
    const big = handedOn.take(50, pending().promise);
    expect(await stateOf(big)).toBe('waiting');
    handedOn.release(70);
    expect(await big).toBe(true);
  });

  it('gives no place to a document whose read ends first (its lane stores it), nor holds up the ones behind it', async () => {
    const handedOn = new HandedOn(8, 100);
    expect(await handedOn.take(90, pending().promise)).toBe(true);
    const read = pending();
    const tooBig = handedOn.take(60, read.promise);
    const small = handedOn.take(5, pending().promise);
    expect(await stateOf(small)).toBe('waiting'); // first come, first served
    read.resolve();
    expect(await tooBig).toBe(false);
    expect(await small).toBe(true);
  });

  it('never hands on a file larger than all the bytes allowed', async () => {
    const handedOn = new HandedOn(8, 100);
    const read = pending();
    const huge = handedOn.take(101, read.promise);
    expect(await stateOf(huge)).toBe('waiting');
    read.resolve();
    expect(await huge).toBe(false);
  });
});
