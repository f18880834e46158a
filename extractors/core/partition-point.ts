/**
 * The one binary search of the extractors: sorted arrays of positions (sentence starts, token ends,
 * span starts) are searched for where a monotone test flips.
 */

/**
 * The first index of [0, `length`) at which `isBefore` is false, where `isBefore` holds on a prefix
 * of the range and fails on the rest (a sorted array split by a threshold); `length` when it holds
 * everywhere. Calls `isBefore` about log2(`length`) times.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
