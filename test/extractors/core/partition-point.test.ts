/** `partitionPoint` (extractors/core/partition-point.ts): where a monotone test over a sorted range flips. */
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../extractors/core/partition-point.js';

describe('partitionPoint', () => {
  const values = [2, 5, 5, 9, 14];
  it('finds the first index where the test fails', () => {
    expect(partitionPoint(values.length, (index) => values[index]! < 5)).toBe(1);
    expect(partitionPoint(values.length, (index) => values[index]! <= 5)).toBe(3);
    expect(partitionPoint(values.length, (index) => values[index]! < 10)).toBe(4);
  });
  it('gives 0 when the test fails at once and the length when it always holds', () => {
    expect(partitionPoint(values.length, () => false)).toBe(0);
    expect(partitionPoint(values.length, () => true)).toBe(values.length);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
  it('agrees with a linear scan on every threshold', () => {
    const sorted = Array.from({ length: 200 }, (_, index) => Math.floor(index / 3));
    for (let limit = -1; limit <= 70; limit += 1) {
      expect(partitionPoint(sorted.length, (index) => sorted[index]! < limit)).toBe(sorted.findIndex((value) => value >= limit) === -1 ? sorted.length : sorted.findIndex((value) => value >= limit));
    }
  });
  it('asks about log2(length) questions', () => {
    let calls = 0;
    partitionPoint(1 << 20, (index) => {
      calls += 1;
      return index < 12345;
    });
    expect(calls).toBeLessThanOrEqual(21);
  });
});
