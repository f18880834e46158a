/**
 * Indicator tables laid out with spaces or tabs instead of pipes (`Structures membres   18   23`,
 * one value column per year): columns are runs of two or more spaces or a tab, so a single space
 * inside a number (`3 400`) stays a thousands separator. Every value counts the label's head noun;
 * a header row of years (`Indicateur   2021   2022`) has no counted label and yields nothing.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { labelHeadNoun } from '../figure-label.js';
import { formatNumber, parseNumber } from '../units.js';
import { NUMBER_PATTERN } from '../patterns.js';

const NUMBER = NUMBER_PATTERN;
const GAP = '(?: {2,}|[ ]*\\t[ \\t]*)';
// The lookahead skips, in one linear pass, every line with no column gap before a digit.
const PATTERN = `^(?=[^\\n]*(?: {2,}|\\t)\\d)(?<label>[^\\n\\t|]*?\\p{L}[^\\n\\t|\\d]*?)(?<cells>(?:${GAP}(?:${NUMBER}))+)[ \\t]*$`;
const CELL = new RegExp(`${GAP}(?<number>${NUMBER})`, 'gu');

export const figureSpacedRowParser: Parser = {
  id: 'fr.figure.spaced-row',
  pattern: () => compile(PATTERN, 'gmu'),
  requires: / {2}\d|\t[ \t]*\d/u, // a cell is a gap (two spaces or a tab) then a number: skip pages without
  extract(_context, match): Candidate[] | null {
    const label = match.groups?.['label'] ?? '';
    const cells = match.groups?.['cells'] ?? '';
    // A label with a run of spaces inside is a text column, not a counted label.
    if (/ {2,}|\t/u.test(label.trim())) return null;
    const unit = labelHeadNoun(label);
    if (unit === undefined) return null;
    const cellsStart = match.index + label.length;
    const found: Candidate[] = [];
    for (const cell of cells.matchAll(CELL)) {
      const digits = cell.groups?.['number'] ?? '';
      if (/^0\d/u.test(digits) || /^(?:19|20)\d{2}$/u.test(digits)) continue;
      const start = cellsStart + cell.index + cell[0].length - digits.length;
      found.push({
        type: 'figure', start, end: start + digits.length, value: formatNumber(parseNumber(digits)), unit,
        confidence: 0.8, rule: this.id, inferred: [],
      });
    }
    return found;
  },
};
