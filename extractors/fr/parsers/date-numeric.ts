/** `13/05/2025`, `13.05.2025`, `2025-05-13`: numeric dates with a four-digit year. */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { daysInMonth } from '../patterns.js';

const PATTERN =
  '(?<![\\p{L}\\p{N}./-])(?:(?<day>3[01]|[12]\\d|0?[1-9])(?<sep>[/.])(?<month>1[0-2]|0?[1-9])\\k<sep>(?<year>(?:19|20)\\d{2})|(?<isoYear>(?:19|20)\\d{2})-(?<isoMonth>1[0-2]|0[1-9])-(?<isoDay>3[01]|[12]\\d|0[1-9]))(?![\\p{L}\\p{N}]|[./-]\\d)';

export const dateNumericParser: Parser = {
  id: 'fr.date.numeric',
  pattern: () => compile(PATTERN, 'gu'),
  extract(_context, match): Candidate | null {
    const groups = match.groups ?? {};
    const year = Number(groups['year'] ?? groups['isoYear']);
    const month = Number(groups['month'] ?? groups['isoMonth']);
    const day = Number(groups['day'] ?? groups['isoDay']);
    if (day > daysInMonth(month, year)) return null;
    return {
      type: 'date', start: match.index, end: match.index + match[0].length, value: '', confidence: 0.9,
      rule: this.id, inferred: [], date: { year, month, day },
    };
  },
};
