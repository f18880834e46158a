/**
 * Pipe tables whose rows were joined into one paragraph (pandoc joins the lines of a paragraph,
 * so `Label | 12 | 15` rows written one per line come out as `… | 2024 Bénévoles actifs |
 * 12 | 15 dont jeunes | 4 | 6 Ateliers …`): the last cell of a row runs into the next row's
 * label. Each cell counts its row label's head noun; the header row (years) has no counted label.
 * Tables kept one row per line are `fr.figure.table-row`'s.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { labelHeadNoun } from '../figure-label.js';
import { NUMBER_PATTERN } from '../patterns.js';
import { formatNumber, parseNumber } from '../units.js';
import { HOLDS_LETTER } from '../../core/word-shape.js';

/** A run of at least three `|` from a line start; each cell at most 200 characters. */
const PATTERN = '^[^|\\n]{1,200}(?:\\|[^|]{1,200}){3,}';
/** A cell: its number, then what follows (the next row's label when the rows were joined). */
const CELL = new RegExp(`^(?<lead>[ \\t\\n]*)(?<number>${NUMBER_PATTERN})(?![\\p{N}])(?<rest>[^]*)$`, 'u');

interface Row {
  label: string;
  cells: { digits: string; start: number }[];
}

/** Splits the run into rows: a cell holding letters after its number ends its row. */
function rowsOf(run: string, runStart: number): { rows: Row[]; joined: boolean } {
  const segments = run.split('|');
  const rows: Row[] = [];
  let row: Row = { label: segments[0] ?? '', cells: [] };
  let offset = runStart + (segments[0] ?? '').length + 1;
  let joined = false;
  for (const segment of segments.slice(1)) {
    const cell = CELL.exec(segment);
    if (cell === null) break;
    const digits = cell.groups?.['number'] ?? '';
    row.cells.push({ digits, start: offset + (cell.groups?.['lead'] ?? '').length });
    const rest = cell.groups?.['rest'] ?? '';
    if (HOLDS_LETTER.test(rest)) {
      if (/^[ \t]*[^\n]*\p{L}/u.test(rest)) joined = true;
      rows.push(row);
      row = { label: rest, cells: [] };
    }
    offset += segment.length + 1;
  }
  if (row.cells.length > 0) rows.push(row);
  return { rows, joined };
}

export const figureJoinedTableParser: Parser = {
  id: 'fr.figure.joined-table',
  pattern: () => compile(PATTERN, 'gmu'),
  requires: /\|/u, // the cells are split by `|`: skip pages without one
  extract(_context, match): Candidate[] | null {
    const { rows, joined } = rowsOf(match[0], match.index);
    // A table with one row per line and no label run into a cell is table-row's.
    if (!joined || rows.length < 2) return null;
    const found: Candidate[] = [];
    for (const row of rows) {
      const unit = labelHeadNoun(row.label.replace(/\s+/gu, ' ').trim());
      if (unit === undefined) continue;
      for (const cell of row.cells) {
        if (/^0\d/u.test(cell.digits)) continue;
        found.push({
          type: 'figure', start: cell.start, end: cell.start + cell.digits.length, value: formatNumber(parseNumber(cell.digits)), unit,
          confidence: 0.8, rule: this.id, inferred: [],
        });
      }
    }
    return found;
  },
};
