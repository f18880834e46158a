/**
 * Where each character of a stored page is drawn, so mentions (character spans of the page
 * text) can be drawn on their words. Pure: no DOM, no pdf.js; tested on its own.
 *
 * Coordinates are page points with a top-left origin (as the store keeps OCR word boxes).
 * A *run* is a stretch of page text drawn as one box (a pdf.js text item, or an OCR word);
 * characters inside a run are placed in proportion to their index.
 */

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly rect: Rect;
  /** OCR confidence of the word (0..100); null for text-layer runs. */
  readonly confidence: number | null;
  /**
   * Where each character boundary falls across the box, 0..1 (length = characters + 1), from
   * measured glyph widths; characters are spread evenly when absent.
   */
  readonly edges?: readonly number[] | undefined;
}

/** Fraction of a run's width before character `index` (0..length). */
function edgeAt(run: Run, index: number): number {
  const length = run.end - run.start;
  return run.edges?.[index] ?? index / length;
}

/** The part of a pdf.js text item this module reads. */
export interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly hasEOL: boolean;
  readonly fontName?: string;
}

/** [a, b, c, d, e, f]: PDF user space → top-left page points (pdf.js viewport.transform at scale 1). */
export type Matrix = readonly [number, number, number, number, number, number];

function apply(matrix: Matrix, x: number, y: number): [number, number] {
  const [a, b, c, d, e, f] = matrix;
  return [a * x + c * y + e, b * x + d * y + f];
}

/** How far an item's search may skip ahead in the stored text (tolerates small differences). */
const SEARCH_WINDOW = 200;

/**
 * Character edges from each character's width (e.g. canvas `measureText` of the character, kept
 * per font): running sums divided by the whole width, one pass over the text. (Measuring every
 * prefix instead cost a measurement per character of each prefix: quadratic in the item's
 * length, and over a second of the main thread for a page of long lines on a busy machine.)
 * Kerning between letters is left out: a fraction of a letter at most. Undefined when the text
 * measures nothing.
 */
export function edgesFromCharWidths(text: string, charWidth: (char: string) => number): number[] | undefined {
  const edges = [0];
  let total = 0;
  // Indexes are UTF-16 code units (spans index the stored text so): a surrogate pair is measured
  // whole, its width given to its first unit.
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
    total += Math.max(0, charWidth(pair ? text.slice(index, index + 2) : text.charAt(index)));
    edges.push(total);
    if (pair) {
      index += 1;
      edges.push(total);
    }
  }
  if (!(total > 0)) return undefined;
  return edges.map((edge) => Math.min(1, edge / total));
}

/**
 * Runs for a text-layer page. The stored text is pdf.js's items concatenated (a line break after
 * items marked end-of-line, see main/ingest/pdf-document.ts); each item is looked up from where
 * the previous one ended, so a stored text that differs slightly still maps where it agrees.
 */
export function runsFromTextItems(
  items: readonly TextItemLike[],
  storedText: string,
  matrix: Matrix,
  fontMetrics: (fontName: string | undefined) => { ascent: number; descent: number } = () => ({ ascent: 0.8, descent: -0.2 }),
  measure?: (text: string, fontName: string | undefined) => readonly number[] | undefined,
): Run[] {
  const runs: Run[] = [];
  let cursor = 0;
  for (const item of items) {
    if (item.str.length > 0 && item.str.trim() !== '') {
      const found = storedText.startsWith(item.str, cursor) ? cursor : storedText.indexOf(item.str, cursor);
      if (found >= 0 && found - cursor <= SEARCH_WINDOW) {
        const [, , c, d, e, f] = item.transform as unknown as Matrix;
        const height = Math.hypot(c ?? 0, d ?? 0);
        const { ascent, descent } = fontMetrics(item.fontName);
        const corners = [apply(matrix, e, f + descent * height), apply(matrix, e + item.width, f + ascent * height)];
        const xs = corners.map((point) => point[0]);
        const ys = corners.map((point) => point[1]);
        const rect = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
        runs.push({ start: found, end: found + item.str.length, rect, confidence: null, edges: measure?.(item.str, item.fontName) });
        cursor = found + item.str.length;
      }
    }
    if (item.hasEOL && storedText[cursor] === '\n') cursor += 1;
  }
  return runs;
}

/** Runs for an OCR page: each stored word found in the page text, in order. */
export function runsFromWords(words: readonly (Rect & { readonly text: string; readonly confidence: number })[], storedText: string): Run[] {
  const runs: Run[] = [];
  let cursor = 0;
  for (const word of words) {
    if (word.text === '') continue;
    const found = storedText.indexOf(word.text, cursor);
    if (found < 0) continue;
    runs.push({ start: found, end: found + word.text.length, rect: { x0: word.x0, y0: word.y0, x1: word.x1, y1: word.y1 }, confidence: word.confidence });
    cursor = found + word.text.length;
  }
  return runs;
}

function sameLine(a: Rect, b: Rect): boolean {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  const height = Math.min(a.y1 - a.y0, b.y1 - b.y0);
  // On one line when the boxes share most of their height and nothing much lies between them.
  return height > 0 && overlap >= height * 0.5 && Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1) <= Math.max(a.y1 - a.y0, b.y1 - b.y0) * 2;
}

function union(a: Rect, b: Rect): Rect {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/**
 * The rectangles of the characters [start, end): one per line or column the span crosses (a
 * name broken across two lines is one mention with two rectangles).
 */
export function rectsForSpan(runs: readonly Run[], start: number, end: number): Rect[] {
  const pieces: Rect[] = [];
  for (const run of runs) {
    if (run.end <= start || run.start >= end) continue;
    const from = edgeAt(run, Math.max(start, run.start) - run.start);
    const to = edgeAt(run, Math.min(end, run.end) - run.start);
    const width = run.rect.x1 - run.rect.x0;
    pieces.push({ x0: run.rect.x0 + width * from, y0: run.rect.y0, x1: run.rect.x0 + width * to, y1: run.rect.y1 });
  }
  const merged: Rect[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && sameLine(last, piece)) merged[merged.length - 1] = union(last, piece);
    else merged.push(piece);
  }
  return merged;
}

/** Intersection over union of two rectangles (0 when apart). */
export function iou(a: Rect, b: Rect): number {
  const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (width <= 0 || height <= 0) return 0;
  const inter = width * height;
  const area = (rect: Rect): number => (rect.x1 - rect.x0) * (rect.y1 - rect.y0);
  return inter / (area(a) + area(b) - inter);
}

/** The page-text offset under a point, for "click on the page selects the mention there". */
export function offsetAt(runs: readonly Run[], x: number, y: number): number | undefined {
  for (const run of runs) {
    const { x0, y0, x1, y1 } = run.rect;
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) {
      const fraction = x1 > x0 ? (x - x0) / (x1 - x0) : 0;
      let index = 0;
      while (index < run.end - run.start - 1 && edgeAt(run, index + 1) <= fraction) index += 1;
      return run.start + index;
    }
  }
  return undefined;
}

/** Token boundaries of a page text: the spans of maximal non-space stretches. */
export function tokenSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/\S+/gu)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/**
 * A span moved by one token on one side: `extend` takes in the next token outside, `shrink`
 * gives back the last token inside (never below one token). Undefined when it cannot move.
 */
export function moveSpanByToken(text: string, span: { start: number; end: number }, side: 'left' | 'right', how: 'extend' | 'shrink'): { start: number; end: number } | undefined {
  const tokens = tokenSpans(text);
  if (side === 'left' && how === 'extend') {
    const inside = tokens.find((token) => token.start < span.start && token.end > span.start);
    if (inside !== undefined) return { start: inside.start, end: span.end };
    const before = tokens.filter((token) => token.end <= span.start).at(-1);
    return before === undefined ? undefined : { start: before.start, end: span.end };
  }
  if (side === 'right' && how === 'extend') {
    const inside = tokens.find((token) => token.start < span.end && token.end > span.end);
    if (inside !== undefined) return { start: span.start, end: inside.end };
    const after = tokens.find((token) => token.start >= span.end);
    return after === undefined ? undefined : { start: span.start, end: after.end };
  }
  const within = tokens.filter((token) => token.end > span.start && token.start < span.end);
  if (within.length < 2) return undefined;
  if (side === 'left') {
    const second = within[1];
    return second === undefined ? undefined : { start: second.start, end: span.end };
  }
  const penultimate = within.at(-2);
  return penultimate === undefined ? undefined : { start: span.start, end: Math.min(span.end, penultimate.end) };
}
