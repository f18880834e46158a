/** `juillet 2021`, `depuis mars 2024`, `(juin 2021)`: a month and a year. */
import { bounded, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { cueWords } from '../../core/cue-words.js';
import { MONTHS } from '../lexicon/months.js';
import { GAP, MONTH_AHEAD, MONTH_PATTERN, YEAR_PATTERN, parseMonth } from '../patterns.js';

const PATTERN = MONTH_AHEAD + bounded(`${MONTH_PATTERN}\\.?${GAP}${YEAR_PATTERN}`);

export const dateMonthYearParser: Parser = {
  id: 'fr.date.month-year',
  pattern: () => compile(PATTERN, 'giu'),
  // Tried only at words opening on a month (core/cue-words.ts): every match starts on one.
  cues: cueWords(Object.keys(MONTHS)),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    const month = parseMonth(groups['month']);
    if (month === undefined) return null;
    // `51 juillet 2014`: an impossible day (an OCR error) before the month makes the whole date doubtful.
    if (/\d[ \t]*$/u.test(context.text.slice(Math.max(0, match.index - 3), match.index))) return null;
    return {
      type: 'date', start: match.index, end: match.index + match[0].length, value: '', confidence: 0.9,
      rule: this.id, inferred: [], date: { year: Number(groups['year']), month },
    };
  },
};
