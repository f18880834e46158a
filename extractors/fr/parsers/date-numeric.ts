/**
 * `13/05/2025`, `13.05.2025`, `2025-05-13`: numeric dates with a four-digit year, `15/03/24` (two
 * digits each, slashes only: `1.2.24` is a version); `2023-03`, an
 * ISO year and month (a page's date stamp). A second part that is the next year's last two digits
 * (`2011-12`, a school year) is a range, and a number after `n°` (`délibération n°2023-04`) a reference.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { daysInMonth } from '../patterns.js';

const PATTERN =
  '(?<![\\p{L}\\p{N}./-])(?:(?<day>3[01]|[12]\\d|0?[1-9])(?<sep>[/.])(?<month>1[0-2]|0?[1-9])\\k<sep>(?<year>(?:19|20)\\d{2})|(?<shortDay>3[01]|[12]\\d|0[1-9])\\/(?<shortMonth>1[0-2]|0[1-9])\\/(?<shortYear>\\d{2})|(?<isoYear>(?:19|20)\\d{2})-(?<isoMonth>1[0-2]|0[1-9])(?:-(?<isoDay>3[01]|[12]\\d|0[1-9]))?)(?![\\p{L}\\p{N}]|[./-]\\d)';
/** `n°2023-04`, `N° 2021-12`: a reference number, not a date. */
const REFERENCE_BEFORE = /(?<!\p{L})[nN][°o]\.?[ \t]*$/u;

export const dateNumericParser: Parser = {
  id: 'fr.date.numeric',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    const short = groups['shortYear'];
    // `15/03/24`: a two-digit year is of this century (documents about PTCEs are recent).
    const year = short === undefined ? Number(groups['year'] ?? groups['isoYear']) : 2000 + Number(short);
    const month = Number(groups['month'] ?? groups['isoMonth'] ?? groups['shortMonth']);
    if (groups['isoYear'] !== undefined && groups['isoDay'] === undefined) {
      if (month === (year + 1) % 100 || REFERENCE_BEFORE.test(context.text.slice(Math.max(0, match.index - 4), match.index))) return null;
      return { type: 'date', start: match.index, end: match.index + match[0].length, value: '', confidence: 0.8, rule: this.id, inferred: [], date: { year, month } };
    }
    const day = Number(groups['day'] ?? groups['isoDay'] ?? groups['shortDay']);
    if (day > daysInMonth(month, year)) return null;
    return {
      type: 'date', start: match.index, end: match.index + match[0].length, value: '', confidence: 0.9,
      rule: this.id, inferred: [], date: { year, month, day },
    };
  },
};
