import { describe, expect, it } from 'vitest';
import { HandedOn, InOrder } from '../../../main/ingest/import-files.js';

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

describe('documents stored in the order their files were taken', () => {
  it('gives the first file its turn at once, and each next one once the one before is settled', async () => {
    const inOrder = new InOrder();
    const stored: number[] = [];
    const settle = async (index: number): Promise<void> => {
      await inOrder.turn(index);
      stored.push(index);
      inOrder.done(index);
    };
    await Promise.all([settle(2), settle(0), settle(3), settle(1)]);
    expect(stored).toEqual([0, 1, 2, 3]);
  });

  it('holds a later document while an earlier one is not settled', async () => {
    const inOrder = new InOrder();
    await inOrder.turn(0);
    const second = inOrder.turn(1);
    expect(await stateOf(second)).toBe('waiting');
    inOrder.done(0);
    expect(await stateOf(second)).toBeUndefined();
  });

  it('lets every waiting document go once the import is stopped (nothing is stored then)', async () => {
    const inOrder = new InOrder();
    const later = inOrder.turn(5);
    expect(await stateOf(later)).toBe('waiting');
    inOrder.stop();
    expect(await stateOf(later)).toBeUndefined();
    expect(await stateOf(inOrder.turn(9))).toBeUndefined();
  });

  it('does not move the turn on for a document settled out of its turn', async () => {
    const inOrder = new InOrder();
    inOrder.done(3);
    expect(await stateOf(inOrder.turn(1))).toBe('waiting');
  });
});
