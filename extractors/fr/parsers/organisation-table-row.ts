/**
 * Directory tables of PTCEs and structures: each name cell of a row is an organisation
 * (`Emergence Beauvaisis BEAUVAIS (60)`; a structure and its project wrapped over several lines,
 * see `table-rows.ts`). A row counts only inside a table: it follows a header or another row,
 * or, on one line, has a row of the same shape next to it.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { rowCells, rowEnd, tableRowEndingAt } from '../organisation/table-rows.js';
import { lineEndOf, lineStartOf } from '../patterns.js';

/** Any line that ends with a commune in capitals and its department code. */
const ROW_LINE = "^[^\\n]*\\p{Lu}[ \\t]*\\(\\d{2,3}\\)[ \\t]*$";

function neighbourIsRow(text: string, lineStart: number, lineEnd: number): boolean {
  const previousStart = lineStartOf(text, Math.max(0, lineStart - 1));
  const previous = lineStart > 0 ? text.slice(previousStart, lineStart - 1) : '';
  const next = lineEnd < text.length ? text.slice(lineEnd + 1, lineEndOf(text, lineEnd + 1)) : '';
  return rowEnd(previous) !== null || rowEnd(next) !== null;
}

/**
 * A name cell's span and value. `Auton'Homme - Savoir-être…` is named by the part before the
 * dash; the span keeps the whole cell so that no other rule takes its tail for a name.
 */
function cellName(text: string, start: number, end: number): { end: number; value: string } | null {
  const whole = text.slice(start, end).replace(/[\s,;:-]+$/u, '');
  const dash = /\s[-–]\s/u.exec(whole);
  const raw = dash === null ? whole : whole.slice(0, dash.index);
  const value = raw.replace(/-\s+/gu, '-').replace(/\s+/gu, ' ');
  const words = value.split(' ');
  if (words.length > 10 || value.length < 3 || !/^(?:[\p{Lu}\p{N}"«]|\p{Ll}+\p{Lu})/u.test(value)) return null;
  return { end: start + whole.length, value };
}

export const organisationTableRowParser: Parser = {
  id: 'fr.organisation.table-row',
  pattern: () => compile(ROW_LINE, 'gmu'),
  // Every row ends with a department code in brackets: pages without one are skipped (the pattern
  // reads each line to its end, then back, at every line start).
  requires: /\(\d{2,3}\)/u,
  extract(context, match): Candidate[] | null {
    const lineEnd = match.index + match[0].length;
    const row = tableRowEndingAt(context.text, match.index, lineEnd);
    if (row === null || row.lines.length === 0) return null;
    const oneLine = row.lines.length === 1 && row.lines[0]?.start !== undefined && row.lines[0].start >= match.index;
    if (!(row.anchored || (oneLine && neighbourIsRow(context.text, match.index, lineEnd)))) return null;
    const candidates: Candidate[] = [];
    for (const cell of rowCells(context.text, row)) {
      const name = cellName(context.text, cell.start, cell.end);
      if (name === null) continue;
      candidates.push({
        type: 'organisation', start: cell.start, end: name.end, value: name.value,
        confidence: 0.55, rule: this.id, inferred: [],
      });
    }
    return candidates;
  },
};
