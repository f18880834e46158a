/**
 * Indicator tables laid out as `Label | 41 | 53` (one value column per year or period): every
 * value cell counts the label's head noun (`Structures adhérentes | 41 | 53` → 41 structure,
 * 53 structure). A header row of years has no counted label and yields nothing.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { labelHeadNoun } from '../figure-label.js';
import { formatNumber, parseNumber } from '../units.js';
import { NUMBER_PATTERN } from '../patterns.js';

// The lookahead skips every line with no `|` before the label's backtracking starts.
const PATTERN = '^(?=[^|\\n]*\\|)(?<label>[^|\\n]*\\p{L}[^|\\n]*?)[ \\t]*(?<cells>(?:\\|[^|\\n]*)+)$';
const NUMBER_CELL = new RegExp(`^(?<lead>[ \\t]*)(?<number>${NUMBER_PATTERN})[ \\t]*$`, 'u');

export const figureTableRowParser: Parser = {
  id: 'fr.figure.table-row',
  pattern: () => compile(PATTERN, 'gmu'),
  requires: /\|/u, // the cells are split by `|`: skip pages without one
  extract(_context, match): Candidate[] | null {
    const label = match.groups?.['label'] ?? '';
    const cells = match.groups?.['cells'] ?? '';
    const unit = labelHeadNoun(label);
    if (unit === undefined) return null;
    const cellsStart = match.index + match[0].length - cells.length;
    const found: Candidate[] = [];
    let offset = cellsStart;
    for (const cell of cells.split('|').slice(1)) {
      offset += 1;
      const number = NUMBER_CELL.exec(cell);
      const digits = number?.groups?.['number'];
      if (digits !== undefined && !/^0\d/u.test(digits)) {
        const start = offset + (number?.groups?.['lead'] ?? '').length;
        found.push({
          type: 'figure', start, end: start + digits.length, value: formatNumber(parseNumber(digits)), unit,
          confidence: 0.8, rule: this.id, inferred: [],
        });
      }
      offset += cell.length;
    }
    return found;
  },
};
