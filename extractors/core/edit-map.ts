/**
 * Rewrites a text with non-overlapping edits while keeping, for every offset of the result,
 * the offset of the source text it came from.
 */

/** One replacement of `source.slice(start, end)` by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A rewritten text and, for each of its offsets (and its length), the source offset. */
export interface MappedText {
  readonly text: string;
  /** `map[i]` is the source offset of result offset `i`; `map[text.length]` is the source length. */
  readonly map: Int32Array;
}

/** Applies `edits` (sorted by start, non-overlapping) to `source`. */
export function applyEdits(source: string, edits: readonly TextEdit[]): MappedText {
  const parts: string[] = [];
  const offsets: number[] = [];
  let cursor = 0;
  const copy = (from: number, to: number): void => {
    parts.push(source.slice(from, to));
    for (let i = from; i < to; i += 1) offsets.push(i);
  };
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    copy(cursor, edit.start);
    parts.push(edit.text);
    const width = edit.end - edit.start;
    for (let k = 0; k < edit.text.length; k += 1) offsets.push(edit.start + (width > 0 ? Math.min(k, width - 1) : 0));
    cursor = edit.end;
  }
  copy(cursor, source.length);
  offsets.push(source.length);
  return { text: parts.join(''), map: Int32Array.from(offsets) };
}

/** Composes two maps: `outer` indexes `inner`'s result, `inner` indexes the original. */
export function composeMaps(inner: Int32Array, outer: Int32Array): Int32Array {
  const result = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i += 1) result[i] = inner[outer[i] ?? 0] ?? 0;
  return result;
}
