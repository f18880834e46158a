/**
 * `en novembre dernier`, `depuis mars dernier`, `en juin prochain`: a month placed before or
 * after the document date, resolved to a year by `fr.date.resolve-year`.
 */
import { bounded, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { GAP, MONTH_AHEAD, MONTH_PATTERN, parseMonth } from '../patterns.js';

const PATTERN = MONTH_AHEAD + bounded(`${MONTH_PATTERN}${GAP}(?<relative>dernier|prochain)`);

export const dateMonthRelativeParser: Parser = {
  id: 'fr.date.month-relative',
  pattern: () => compile(PATTERN, 'giu'),
  requires: /dernier|prochain/iu, // skip pages without the relative word
  extract(_context, match): Candidate | null {
    const month = parseMonth(match.groups?.['month']);
    if (month === undefined) return null;
    const relative = (match.groups?.['relative'] ?? '').toLowerCase() === 'dernier' ? 'past' : 'future';
    return {
      type: 'date', start: match.index, end: match.index + match[0].length, value: '', confidence: 0.85,
      rule: this.id, inferred: [], date: { month, relative },
    };
  },
};
