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

/**
 * Applies `edits` (sorted by start, non-overlapping; an edit starting inside the previous one is
 * skipped) to `source`. The map is written straight into one typed array sized in a first pass:
 * this runs on every page, several times.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): MappedText {
  let length = source.length;
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    length += edit.text.length - (edit.end - edit.start);
    cursor = edit.end;
  }
  const map = new Int32Array(length + 1);
  const parts: string[] = [];
  let out = 0;
  cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    parts.push(source.slice(cursor, edit.start), edit.text);
    for (let i = cursor; i < edit.start; i += 1) map[out++] = i;
    const width = edit.end - edit.start;
    for (let k = 0; k < edit.text.length; k += 1) map[out++] = edit.start + (width > 0 ? Math.min(k, width - 1) : 0);
    cursor = edit.end;
  }
  parts.push(source.slice(cursor));
  for (let i = cursor; i < source.length; i += 1) map[out++] = i;
  map[out] = source.length;
  return { text: parts.join(''), map };
}

/** Composes two maps: `outer` indexes `inner`'s result, `inner` indexes the original. */
export function composeMaps(inner: Int32Array, outer: Int32Array): Int32Array {
  const result = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i += 1) result[i] = inner[outer[i] ?? 0] ?? 0;
  return result;
}

/**
 * Whether `edits` leave every offset where it was (each writes as many characters as it
 * replaces: `’` → `'`, `Pole` → `Pôle`): the map of such a pass is the identity, so the caller
 * may rewrite the text with `replaceInPlace` and keep its map, skipping a page-long map and its
 * composition.
 */
export function keepsOffsets(edits: readonly TextEdit[]): boolean {
  return edits.every((edit) => edit.text.length === edit.end - edit.start);
}

/** `applyEdits(source, edits).text` for edits that keep offsets (`keepsOffsets`), without the map. */
export function replaceInPlace(source: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    parts.push(source.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(source.slice(cursor));
  return parts.join('');
}
