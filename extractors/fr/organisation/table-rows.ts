/**
 * Directory tables as pdf.js gives them. A row whose cells are short is one line
 * (`Emergence Beauvaisis BEAUVAIS (60)`); a wrapped cell puts each of its lines on a line of its
 * own, column after column, and only the last line carries the commune and its department code.
 * A row therefore runs from the line after the previous row (or after the header) to the line
 * that ends with `COMMUNE (dd)`, and its name cells are found again from how lines continue.
 */
import { fold } from '../../core/pattern.js';
import { TABLE_HEADER_WORDS } from '../lexicon/table-headers.js';
import { HEAD_WORDS } from './name-words.js';
import { lineStartOf } from '../patterns.js';

const PLACE = "\\p{Lu}[\\p{Lu}']*(?:[ -]\\p{Lu}[\\p{Lu}']*)*";
/** The last line of a row: the text of its last cells (shortest), then the commune and its code. */
const ROW_END = new RegExp(`^[ \\t]*(?:(?<cells>[^\\n()|]*?[\\p{L}\\p{N}."»])[ \\t]+)?[“”"‘'|_]?(?<place>${PLACE})[ \\t]*\\(\\d{2,3}\\)[ \\t]*$`, 'u');
/** A wrapped cell is short; a longer line is prose, a caption or a title. */
const CELL_LINE = 40;
const MAX_ROW_LINES = 10;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TableRow {
  /** The row's lines of cell text (the last one without the commune), in reading order. */
  readonly lines: readonly Span[];
  /** Whether the row starts right after another row or a header: its first line is known. */
  readonly anchored: boolean;
}

/** The cell text of a row's last line, or null when the line does not end a row. */
export function rowEnd(line: string): { readonly cells: string; readonly offset: number } | null {
  const match = ROW_END.exec(line);
  if (match === null) return null;
  const cells = match.groups?.['cells'] ?? '';
  return { cells, offset: cells === '' ? 0 : line.indexOf(cells) };
}

/** A header row: only words such as `Structure`, `Nom du projet`, `Territoire`. */
export function isHeaderLine(line: string): boolean {
  const words = fold(line).split(/[^\p{L}\p{N}°]+/u).filter((word) => word.length > 0);
  // Two words at least: a lone `PTCE` or `Structure` may be a wrapped cell.
  return words.length >= 2 && words.every((word) => TABLE_HEADER_WORDS.has(word));
}

/** The row ending on the line `[lineStart, lineEnd)`, or null when that line ends no row. */
export function tableRowEndingAt(text: string, lineStart: number, lineEnd: number): TableRow | null {
  const end = rowEnd(text.slice(lineStart, lineEnd));
  if (end === null) return null;
  const lines: Span[] = [];
  let anchored = false;
  let cursor = lineStart;
  while (cursor > 0 && lines.length < MAX_ROW_LINES) {
    const start = lineStartOf(text, cursor - 1);
    const line = text.slice(start, cursor - 1);
    if (rowEnd(line) !== null || isHeaderLine(line)) {
      anchored = true;
      break;
    }
    if (line.trim() === '' || line.length > CELL_LINE || /[.!?:;]\s*$/u.test(line)) break;
    lines.unshift({ start, end: cursor - 1 });
    cursor = start;
  }
  if (end.cells !== '') lines.push({ start: lineStart + end.offset, end: lineStart + end.offset + end.cells.length });
  return { lines, anchored };
}

/** A line ending this way continues on the next one (`Ateliers de la`, `Ressources -`, `PHARE : Pôle`). */
function continues(line: string): boolean {
  if (/(?:^|[^\p{L}])(?:de|du|des|la|le|les|et|en|à|au|aux|sur|pour|[dl]')\s*$|[-–,:&'(]\s*$/iu.test(line)) return true;
  const last = /(?<word>[\p{L}'-]+)\s*$/u.exec(line)?.groups?.['word'] ?? '';
  return HEAD_WORDS.has(fold(last));
}

/** A line starting with a lower-case word, a dash or `de` goes on with the cell before it. */
const startsContinuation = (line: string): boolean => /^\s*(?:\p{Ll}+(?![\p{Lu}])|[-–(&,])/u.test(line);
/** A line starting with a PTCE's own name (`PTCE Anima`, `Pôle Territorial…`) starts the project cell. */
const startsPtce = (line: string): boolean => /^\s*(?:PTCE|P[ôo]le\s+[Tt]erritorial)(?![\p{L}])/u.test(line);
/** `ADDS Émergence…`: an acronym then a capitalised word, two cells on one line. */
const LEADING_ACRONYM = /^\s*(?<acronym>\p{Lu}{2,8}\d*)[ \t]+(?=\p{Lu}\p{Ll})/u;
/** A token that names on its own: an acronym or a brand with inner capitals (`coHose`). */
const STANDALONE = /^(?:\p{Lu}{3,8}|\p{Ll}+\p{Lu}[\p{L}]*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)$/u;

/**
 * Splits a row's lines into name cells: at most two (a structure and its project), cut where a
 * line starts a new capitalised cell after a line that ends complete.
 */
export function rowCells(text: string, row: TableRow): Span[] {
  const { lines } = row;
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === undefined || last === undefined) return [];
  const whole: Span = { start: first.start, end: last.end };
  const lineText = (index: number): string => {
    const line = lines[index];
    return line === undefined ? '' : text.slice(line.start, line.end);
  };
  const boundaries: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    if (!continues(lineText(index - 1)) && !startsContinuation(lineText(index))) boundaries.push(index);
  }
  const ptce = boundaries.find((index) => startsPtce(lineText(index)));
  const acronym = LEADING_ACRONYM.exec(lineText(0));
  let cut: number | undefined;
  if (ptce !== undefined) cut = ptce;
  else if (acronym !== null && !HEAD_WORDS.has(fold(acronym.groups?.['acronym'] ?? ''))) {
    const start = first.start + (lineText(0).length - lineText(0).trimStart().length);
    return [
      { start, end: start + (acronym.groups?.['acronym'] ?? '').length },
      { start: first.start + acronym[0].length, end: whole.end },
    ];
  } else cut = boundaries[0];
  if (cut === undefined) {
    const tokens = [...text.slice(whole.start, whole.end).matchAll(/\S+/gu)];
    const [a, b] = tokens;
    if (tokens.length === 2 && a !== undefined && b !== undefined && STANDALONE.test(a[0]) && STANDALONE.test(b[0])) {
      return [
        { start: whole.start + a.index, end: whole.start + a.index + a[0].length },
        { start: whole.start + b.index, end: whole.start + b.index + b[0].length },
      ];
    }
    return [whole];
  }
  const before = lines[cut - 1];
  const after = lines[cut];
  if (before === undefined || after === undefined) return [whole];
  return [{ start: whole.start, end: before.end }, { start: after.start, end: whole.end }];
}
