import { describe, expect, it } from 'vitest';
import { SpanIndex, spanIndexOf, spansOverlap } from '../../../extractors/core/span-index.js';

interface Item {
  readonly start: number;
  readonly end: number;
  readonly id: number;
}

/** A seeded list of spans (short ones, some long, ties of start), shuffled or sorted by start. */
function spans(seed: number, count: number, sorted: boolean): Item[] {
  let state = seed;
  const next = (limit: number): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % limit;
  };
  const items = Array.from({ length: count }, (_, id) => {
    const start = next(400);
    return { start, end: start + (next(10) === 0 ? next(200) : next(12)), id };
  });
  return sorted ? [...items].sort((a, b) => a.start - b.start) : items;
}

describe('SpanIndex', () => {
  for (const sorted of [true, false]) {
    it(`answers as the list scans do, in the list's order (${sorted ? 'sorted' : 'unsorted'} list)`, () => {
      for (const [seed, count] of [[1, 120], [7, 300], [42, 20]] as const) {
        const items = spans(seed, count, sorted);
        const index = new SpanIndex(items);
        const even = (item: Item): boolean => item.id % 2 === 0;
        for (let from = -5; from < 420; from += 3) {
          const to = from + (from % 17);
          expect(index.findStartingIn(from, to, even)).toBe(items.find((item) => item.start >= from && item.start <= to && even(item)));
          expect(index.startingIn(from, to)).toEqual(items.filter((item) => item.start >= from && item.start <= to));
          expect([...index.startingFrom(from)]).toEqual(items.filter((item) => item.start >= from));
          expect(index.someOverlapping(from, to, even)).toBe(items.some((item) => item.start < to && from < item.end && even(item)));
          expect(index.someOverlapping(from, to)).toBe(items.some((item) => item.start < to && from < item.end));
        }
      }
    });
  }

  it('finds a long span that starts far before the range', () => {
    const items = [{ start: 0, end: 1_000 }, ...Array.from({ length: 90 }, (_, index) => ({ start: 10 + index * 10, end: 12 + index * 10 }))];
    expect(new SpanIndex(items).someOverlapping(995, 999)).toBe(true);
    expect(new SpanIndex(items).someOverlapping(1_000, 1_005)).toBe(false);
  });

  it('keeps one index per list while the list keeps its length', () => {
    const items = [{ start: 3, end: 5 }];
    const first = spanIndexOf(items);
    expect(spanIndexOf(items)).toBe(first);
    items.push({ start: 8, end: 9 });
    expect(spanIndexOf(items)).not.toBe(first);
    expect(spanIndexOf(items).findStartingIn(8, 8, () => true)).toBe(items[1]);
  });
});

describe('spansOverlap', () => {
  it('holds when two spans share a character, either way round', () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(spansOverlap({ start: 4, end: 9 }, { start: 0, end: 5 })).toBe(true);
    expect(spansOverlap({ start: 2, end: 3 }, { start: 0, end: 9 })).toBe(true);
  });
  it('does not hold for spans that only touch or lie apart', () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(spansOverlap({ start: 0, end: 2 }, { start: 6, end: 9 })).toBe(false);
  });
});
