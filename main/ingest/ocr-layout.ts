/**
 * Reads a table on an OCR'd page cell by cell. Tesseract's text reads a table line by line straight
 * across its columns: a cell's first line is glued to the next cell's first line, and the lines of a
 * cell spread over several rows of the page. Its TSV gives each word's box and its block/paragraph/
 * line numbers, so the page text can be laid out again where a table shows: a run of tesseract
 * blocks whose lines have wide gaps between words (a cell break), with empty vertical bands (the
 * column gutters) that every line of the run leaves free. Each column's lines are gathered into
 * cells (lines close enough to be one paragraph), the cells into rows (cells of a row overlap
 * vertically, as a table's cells centred or aligned in their row do), and the run is written row by
 * row, each cell's lines together, cells and lines ending with a line break: the order a PDF's own
 * text layer gives a table. Everything else of the page is tesseract's text as it was, and a page
 * with no such run is returned untouched. The words are returned in the order of the new text
 * (the review screen finds each stored word in the page text in order).
 * Pure: no I/O.
 */
import type { WordBox } from '../store/document-writer.js';

/** One TSV word with the numbers of its block, paragraph and line. */
export interface LaidWord extends WordBox {
  readonly block: number;
  readonly paragraph: number;
  readonly line: number;
}

/** A gap between two words of a line at least this many times the line's word height is a cell break. */
const WIDE_GAP = 2;
/** A gutter (a band no word of the run enters) is at least this many times the run's word height wide. */
const GUTTER = 0.3;
/** A gutter must have words on both sides in at least this many lines, one of them across a wide gap. */
const GUTTER_LINES = 3;
/** Two lines of a column are one cell when the vertical gap between them is at most this many word heights. */
const CELL_GAP = 0.75;

/** A word that carries text (two letters or digits), not a mark: a table rule read as `|`, a bullet read as `e`. */
const CONTENT = /[\p{L}\p{N}].*[\p{L}\p{N}]/u;

const isContent = (word: LaidWord): boolean => CONTENT.test(word.text);

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const heightOf = (words: readonly LaidWord[]): number => median(words.filter(isContent).map((word) => word.y1 - word.y0));

/** Words of tesseract's TSV (level 5) with their boxes and block/paragraph/line numbers, in its order. */
export function laidWordsFromTsv(tsv: string): LaidWord[] {
  const words: LaidWord[] = [];
  for (const row of tsv.split('\n')) {
    const fields = row.split('\t');
    if (fields[0] !== '5' || fields.length < 12) continue;
    const text = fields.slice(11).join('\t');
    if (text.trim() === '') continue;
    const [block, paragraph, line] = fields.slice(2, 5).map(Number);
    const [x0, y0, width, height, confidence] = fields.slice(6, 11).map(Number);
    if ([block, paragraph, line, x0, y0, width, height, confidence].some((value) => value === undefined || Number.isNaN(value))) continue;
    words.push({ text, confidence: Math.trunc(confidence as number), x0: x0 as number, y0: y0 as number, x1: (x0 as number) + (width as number), y1: (y0 as number) + (height as number), block: block as number, paragraph: paragraph as number, line: line as number });
  }
  return words;
}

/** Consecutive words of one tesseract line. */
function linesOf(words: readonly LaidWord[]): LaidWord[][] {
  const lines: LaidWord[][] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    const first = last?.[0];
    if (last !== undefined && first !== undefined && first.block === word.block && first.paragraph === word.paragraph && first.line === word.line) last.push(word);
    else lines.push([word]);
  }
  return lines;
}

/** The gaps [left, right] between two content words of a line wide enough to be a cell break. */
function wideGaps(line: readonly LaidWord[]): [number, number][] {
  const content = line.filter(isContent);
  const height = heightOf(content);
  return content.slice(1).flatMap((word, index) => {
    const left = (content[index] as LaidWord).x1;
    return word.x0 - left >= WIDE_GAP * height ? [[left, word.x0] as [number, number]] : [];
  });
}

const hasWideGap = (line: readonly LaidWord[]): boolean => wideGaps(line).length > 0;

/** Index ranges [start, end) of `words` forming runs of consecutive blocks that each have a wide gap. */
function tableRuns(words: readonly LaidWord[]): [number, number][] {
  const runs: [number, number][] = [];
  let index = 0;
  while (index < words.length) {
    const block = (words[index] as LaidWord).block;
    let end = index;
    while (end < words.length && (words[end] as LaidWord).block === block) end += 1;
    const tabular = linesOf(words.slice(index, end)).some(hasWideGap);
    const last = runs[runs.length - 1];
    if (tabular && last !== undefined && last[1] === index) last[1] = end;
    else if (tabular) runs.push([index, end]);
    index = end;
  }
  return runs;
}

/** The x of each column gutter of a run (the middle of a band no content word enters), left to right. */
function gutters(lines: readonly LaidWord[][]): number[] {
  const content = lines.flat().filter(isContent);
  const minimum = GUTTER * heightOf(content);
  const spans = content.map((word) => [word.x0, word.x1] as const).sort((a, b) => a[0] - b[0]);
  const bands: [number, number][] = [];
  let reach = spans[0]?.[1] ?? 0;
  for (const [x0, x1] of spans) {
    if (x0 - reach >= minimum) bands.push([reach, x0]);
    reach = Math.max(reach, x1);
  }
  const wide = lines.flatMap(wideGaps);
  const across = (left: number, right: number) => (line: readonly LaidWord[]) => line.some((word) => isContent(word) && word.x1 <= left) && line.some((word) => isContent(word) && word.x0 >= right);
  return bands
    .filter(([left, right]) => wide.some(([from, to]) => from <= left && to >= right) && lines.filter(across(left, right)).length >= GUTTER_LINES)
    .map(([left, right]) => (left + right) / 2);
}

const columnOf = (cuts: readonly number[], word: LaidWord): number => cuts.filter((cut) => (word.x0 + word.x1) / 2 > cut).length;

/**
 * Whether a line (or a line of marks only) has words in every column: a table whose rows are each
 * one line reads right as tesseract wrote it, one row a line, as a text layer writes it too.
 */
const fillsEveryColumn = (cuts: readonly number[]) => (line: readonly LaidWord[]): boolean => {
  const columns = new Set(line.filter(isContent).map((word) => columnOf(cuts, word)));
  return columns.size === 0 || columns.size === cuts.length + 1;
};

interface Cell {
  readonly column: number;
  readonly lines: LaidWord[][];
  y0: number;
  y1: number;
}

/** The vertical extent of some lines' content words (of their marks when they hold nothing else). */
function extent(lines: readonly LaidWord[][]): { y0: number; y1: number } {
  const words = lines.flat();
  // Marks (a rule read as `|`, often as tall as several lines) neither place nor size a cell.
  const sized = words.some(isContent) ? words.filter(isContent) : words;
  return { y0: Math.min(...sized.map((word) => word.y0)), y1: Math.max(...sized.map((word) => word.y1)) };
}

/** Each line cut at the gutters; the pieces of each column gathered into cells. */
function cellsOf(lines: readonly LaidWord[][], cuts: readonly number[]): Cell[] {
  const height = heightOf(lines.flat());
  const open = new Map<number, Cell>();
  const cells: Cell[] = [];
  for (const line of lines) {
    const pieces = new Map<number, LaidWord[]>();
    for (const word of line) {
      const column = columnOf(cuts, word);
      pieces.set(column, [...(pieces.get(column) ?? []), word]);
    }
    for (const [column, piece] of pieces) {
      const { y0, y1 } = extent([piece]);
      const cell = open.get(column);
      // A piece of marks only (a rule read as `|`) follows the cell above it.
      if (cell !== undefined && (!piece.some(isContent) || y0 - cell.y1 <= CELL_GAP * height)) {
        cell.lines.push(piece);
        if (piece.some(isContent)) Object.assign(cell, extent(cell.lines));
        continue;
      }
      const fresh: Cell = { column, lines: [piece], y0, y1 };
      open.set(column, fresh);
      cells.push(fresh);
    }
  }
  return cells;
}

/**
 * Where a cell's lines are split by a row boundary the other columns show: between two of its
 * lines, every cell of another column beside it lies wholly above or wholly below, with some on
 * each side (a table header over a first row whose cell of the same column begins close under it).
 */
function rowBreak(cell: Cell, others: readonly Cell[]): number {
  for (let index = 1; index < cell.lines.length; index += 1) {
    if (!(cell.lines[index] as LaidWord[]).some(isContent)) continue;
    const top = extent(cell.lines.slice(0, index)).y1;
    const bottom = extent(cell.lines.slice(index)).y0;
    const beside = others.filter((other) => other.column !== cell.column && other.y0 < cell.y1 && other.y1 > cell.y0);
    const above = beside.filter((other) => other.y1 <= bottom);
    const below = beside.filter((other) => other.y0 >= top);
    if (above.length > 0 && below.length > 0 && above.length + below.length === beside.length && !above.some((other) => below.includes(other))) return index;
  }
  return 0;
}

/** Cells split at the row boundaries the other columns show. */
function splitAtRows(cells: readonly Cell[]): Cell[] {
  const result: Cell[] = [];
  for (const cell of cells) {
    let rest = cell;
    for (let split = rowBreak(rest, cells); split > 0; split = rowBreak(rest, cells)) {
      const head = rest.lines.slice(0, split);
      result.push({ column: rest.column, lines: head, ...extent(head) });
      const tail = rest.lines.slice(split);
      rest = { column: rest.column, lines: tail, ...extent(tail) };
    }
    result.push(rest);
  }
  return result;
}

/** Cells in reading order: rows of vertically overlapping cells top to bottom, each row left to right. */
function readingOrder(cells: readonly Cell[]): Cell[] {
  const byTop = [...cells].sort((a, b) => a.y0 - b.y0);
  const rows: Cell[][] = [];
  let bottom = -Infinity;
  for (const cell of byTop) {
    const row = rows[rows.length - 1];
    if (row !== undefined && cell.y0 < bottom) {
      row.push(cell);
      bottom = Math.max(bottom, cell.y1);
    } else {
      rows.push([cell]);
      bottom = cell.y1;
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => a.column - b.column || a.y0 - b.y0));
}

/** Where each word's text starts in `text`, found in order; null when one is missing. */
function offsetsIn(text: string, words: readonly LaidWord[]): number[] | null {
  const offsets: number[] = [];
  let cursor = 0;
  for (const word of words) {
    const found = text.indexOf(word.text, cursor);
    if (found < 0) return null;
    offsets.push(found);
    cursor = found + word.text.length;
  }
  return offsets;
}

/** The run's words laid out cell by cell, or null when it shows no gutter. */
function layOutRun(run: readonly LaidWord[]): { text: string; words: LaidWord[] } | null {
  const lines = linesOf(run);
  const cuts = gutters(lines);
  if (cuts.length === 0 || lines.every(fillsEveryColumn(cuts))) return null;
  const ordered = readingOrder(splitAtRows(cellsOf(lines, cuts))).flatMap((cell) => cell.lines);
  return { text: ordered.map((piece) => piece.map((word) => word.text).join(' ')).join('\n'), words: ordered.flat() };
}

/**
 * The page text with each table run read cell by cell, and the words in the order of that text.
 * `text` is tesseract's text and `words` its TSV words in its order; both come back unchanged when
 * the page shows no table, or when a word cannot be found in the text.
 */
export function layOutOcrPage(text: string, words: readonly LaidWord[]): { text: string; words: readonly LaidWord[] } {
  const runs = tableRuns(words);
  if (runs.length === 0) return { text, words };
  const offsets = offsetsIn(text, words);
  if (offsets === null) return { text, words };
  let out = '';
  let cursor = 0;
  const outWords: LaidWord[] = [];
  let taken = 0;
  for (const [start, end] of runs) {
    const laid = layOutRun(words.slice(start, end));
    if (laid === null) continue;
    const from = offsets[start] as number;
    const last = words[end - 1] as LaidWord;
    out += text.slice(cursor, from) + laid.text;
    cursor = (offsets[end - 1] as number) + last.text.length;
    outWords.push(...words.slice(taken, start), ...laid.words);
    taken = end;
  }
  if (taken === 0) return { text, words };
  outWords.push(...words.slice(taken));
  return { text: out + text.slice(cursor), words: outWords };
}
