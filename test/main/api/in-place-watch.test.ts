/**
 * The in-place overwrite check of the corpus watch (main/api/corpus-identity.ts `inPlaceWatchOf`),
 * over a simulated corpus file: what it reads (the file's stamp, the wal-index's checkpoint mark,
 * a sample of its bytes) comes from a world the test changes between two reads.
 */
import { describe, expect, it } from 'vitest';
import { inPlaceWatchOf, type CorpusReadings } from '../../../main/api/corpus-identity.js';

interface World {
  stamp: string;
  mark: { key: string; settled: boolean };
  sample: string;
}

/** Readers over `world`; `between` runs once, right after the `at`-th read (counting from 1, after the watch's first look). */
function readers(world: World, at: number, between: () => void): CorpusReadings & { arm(): void } {
  let reads = 0;
  let armed = false;
  const read = <T>(value: () => T): (() => T) => () => {
    const result = value();
    if (armed) {
      reads += 1;
      if (reads === at) between();
    }
    return result;
  };
  return {
    stamp: read(() => world.stamp),
    mark: read(() => world.mark),
    sample: read(() => world.sample),
    arm: () => {
      armed = true;
    },
  };
}

/** Another process's checkpoint: raises the index's counters, then writes into the file. */
const checkpoint = (world: World): void => {
  world.mark = { key: 'salt:5:5', settled: true };
  world.stamp = 'size2:time2';
  world.sample = 'bytes2';
};

/** A corpus as the watch first sees it. */
const freshWorld = (): World => ({ stamp: 'size1:time1', mark: { key: 'salt:3:3', settled: true }, sample: 'bytes1' });

/** The check over `world`, armed after its first look; `between` runs right after the `at`-th read. */
function watchOver(world: World, at = 0, between: () => void = () => undefined): () => boolean {
  const read = readers(world, at, between);
  const overwritten = inPlaceWatchOf(read);
  read.arm();
  return overwritten;
}

describe('the in-place overwrite check', () => {
  it('never takes a checkpoint landing between two of its reads for an overwrite', () => {
    for (const at of [1, 2]) {
      const world = freshWorld();
      const overwritten = watchOver(world, at, () => checkpoint(world));
      expect(overwritten()).toBe(false);
      expect(overwritten()).toBe(false);
      expect(overwritten()).toBe(false);
    }
  });
  it('sees bytes written into the file with no checkpoint (a backup copied over it)', () => {
    const world = freshWorld();
    const overwritten = watchOver(world);
    expect(overwritten()).toBe(false);
    world.stamp = 'size9:time9';
    world.sample = 'backup';
    expect(overwritten()).toBe(true);
  });
  it('takes a touch (time changed, bytes the same) for no overwrite', () => {
    const world = freshWorld();
    const overwritten = watchOver(world);
    world.stamp = 'size1:time2';
    expect(overwritten()).toBe(false);
  });
});
