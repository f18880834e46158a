/**
 * `13 mai 2025`, `le 1er juillet`, `Mardi 14 octobre`, `le 15 novembre dernier`: a day and a
 * month, with an optional weekday before, and a year or `dernier`/`prochain` after. With no year,
 * a past participle before (`inauguré le 14 septembre`) places the date in the past like `dernier`.
 * OCR may glue the day to the month (`13juin`): the space between them is optional.
 */
import { bounded, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isPastBefore } from '../past-context.js';
import { DAY_PATTERN, GAP, MONTH_PATTERN, WEEKDAY_PATTERN, YEAR_PATTERN, daysInMonth, firstLettersAhead, parseDay, parseMonth, parseWeekday } from '../patterns.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';

const PATTERN = firstLettersAhead([...Object.keys(WEEKDAYS), 'premier'], '\\d') + bounded(
  `(?:${WEEKDAY_PATTERN}\\.?,?${GAP})?${DAY_PATTERN}(?:${GAP})?${MONTH_PATTERN}(?:\\.?${GAP}${YEAR_PATTERN})?(?:${GAP}(?<relative>derniers?|dernières?|prochaine?s?))?`,
);

export const dateAbsoluteParser: Parser = {
  id: 'fr.date.absolute',
  pattern: () => compile(PATTERN, 'giu'),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    const month = parseMonth(groups['month']);
    const day = parseDay(groups['day']);
    if (month === undefined || day === undefined) return null;
    const year = groups['year'] === undefined ? undefined : Number(groups['year']);
    if (day < 1 || day > daysInMonth(month, year)) return null;
    const relativeWord = groups['relative']?.toLowerCase();
    const relative =
      relativeWord === undefined
        ? year === undefined && isPastBefore(context.text, match.index) ? 'past' : undefined
        : relativeWord.startsWith('dern') ? 'past' : 'future';
    return {
      type: 'date', start: match.index, end: match.index + match[0].length, value: '', confidence: 0.95,
      rule: this.id, inferred: [],
      date: { year, month, day, weekday: parseWeekday(groups['weekday']), relative },
    };
  },
};
