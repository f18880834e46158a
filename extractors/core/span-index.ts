/**
 * Spans looked up by position. Refiners ask, for every proposal of a page, which spans start
 * near an offset or overlap a range; a scan of the whole list for each question costs the square
 * of the page's length on a long dense page (issue 13). The index sorts the spans by start once,
 * then answers with a binary search and a walk over the few spans near the position. Answers are
 * the ones a scan of the list gives, in the list's order.
 */
import { partitionPoint } from './partition-point.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether two spans share at least one character (touching ends do not). */
export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Below this many spans a scan of the list costs less than sorting it: the index answers by
 * scanning (most pages hold a few dozen candidates; the long dense ones, thousands).
 */
const SCANNED = 48;
const NO_RANKS = new Int32Array(0);
const NO_VALUES = new Float64Array(0);

/** Spans of one list, sorted by start (ties in list order), with the largest end up to each one. */
export class SpanIndex<T extends Span> {
  private readonly items: readonly T[];
  /** List positions, by start then list position (empty for a list short enough to scan). */
  private readonly order: Int32Array;
  private readonly starts: Float64Array;
  /** The largest end among `order[0..i]`: a walk down from a position stops once it is ≤ the range's start. */
  private readonly maxEnds: Float64Array;
  /** Whether the list is already sorted by start: then the first match by start is the first in the list. */
  private readonly sorted: boolean;
  private readonly scanned: boolean;

  constructor(items: readonly T[]) {
    this.items = items;
    this.scanned = items.length <= SCANNED;
    let sorted = true;
    if (this.scanned) {
      // Nothing to sort nor allocate: the answers are scans of the list.
      this.sorted = true;
      this.order = NO_RANKS;
      this.starts = NO_VALUES;
      this.maxEnds = NO_VALUES;
      return;
    }
    for (let index = 1; index < items.length && sorted; index += 1) if ((items[index] as T).start < (items[index - 1] as T).start) sorted = false;
    this.sorted = sorted;
    const order = Array.from(items.keys());
    if (!sorted) order.sort((a, b) => (items[a] as T).start - (items[b] as T).start || a - b);
    this.order = Int32Array.from(order);
    this.starts = Float64Array.from(order, (index) => (items[index] as T).start);
    this.maxEnds = new Float64Array(order.length);
    let maxEnd = Number.NEGATIVE_INFINITY;
    for (let rank = 0; rank < order.length; rank += 1) {
      maxEnd = Math.max(maxEnd, (items[order[rank] as number] as T).end);
      this.maxEnds[rank] = maxEnd;
    }
  }

  /** The first rank whose start is ≥ `position`. */
  private lowerBound(position: number): number {
    return partitionPoint(this.starts.length, (rank) => (this.starts[rank] as number) < position);
  }

  /** What `items.find((item) => item.start >= from && item.start <= to && test(item))` gives. */
  findStartingIn(from: number, to: number, test: (item: T) => boolean): T | undefined {
    if (this.scanned) return this.items.find((item) => item.start >= from && item.start <= to && test(item));
    let best = -1;
    for (let rank = this.lowerBound(from); rank < this.starts.length && (this.starts[rank] as number) <= to; rank += 1) {
      const position = this.order[rank] as number;
      if (best >= 0 && position > best) continue;
      if (!test(this.items[position] as T)) continue;
      best = position;
      if (this.sorted) break;
    }
    return best < 0 ? undefined : this.items[best];
  }

  /** The items starting in `[from, to]`, in the list's order. */
  startingIn(from: number, to: number): T[] {
    if (this.scanned) return this.items.filter((item) => item.start >= from && item.start <= to);
    const positions: number[] = [];
    for (let rank = this.lowerBound(from); rank < this.starts.length && (this.starts[rank] as number) <= to; rank += 1) positions.push(this.order[rank] as number);
    if (!this.sorted) positions.sort((a, b) => a - b);
    return positions.map((position) => this.items[position] as T);
  }

  /** What `items.filter((item) => item.start >= from)` gives, read lazily (a caller that stops early pays for what it read). */
  *startingFrom(from: number): Generator<T> {
    if (this.scanned || !this.sorted) {
      for (const item of this.items) if (item.start >= from) yield item;
      return;
    }
    for (let rank = this.lowerBound(from); rank < this.starts.length; rank += 1) yield this.items[this.order[rank] as number] as T;
  }

  /** What `items.some((item) => item.start < end && start < item.end && test(item))` gives. */
  someOverlapping(start: number, end: number, test: (item: T) => boolean = () => true): boolean {
    if (this.scanned) return this.items.some((item) => item.start < end && start < item.end && test(item));
    for (let rank = this.lowerBound(end) - 1; rank >= 0 && (this.maxEnds[rank] as number) > start; rank -= 1) {
      const item = this.items[this.order[rank] as number] as T;
      if (item.start < end && start < item.end && test(item)) return true;
    }
    return false;
  }
}

const indexes = new WeakMap<readonly Span[], { readonly length: number; readonly index: SpanIndex<Span> }>();

/**
 * The index of `items`, kept while the list lives and keeps its length: the role rules ask about
 * the same page's lists from several places. A list changed in place at the same length is not
 * noticed: pass only lists no one changes.
 */
export function spanIndexOf<T extends Span>(items: readonly T[]): SpanIndex<T> {
  const kept = indexes.get(items);
  if (kept !== undefined && kept.length === items.length) return kept.index as SpanIndex<T>;
  const index = new SpanIndex<T>(items);
  indexes.set(items, { length: items.length, index: index as unknown as SpanIndex<Span> });
  return index;
}
