/**
 * `13 mai 2025`, `le 1er juillet`, `Mardi 14 octobre`, `le 15 novembre dernier`: a day and a
 * month, with an optional weekday before, and a year or `dernier`/`prochain` after. With no year,
 * a past participle before (`inauguré le 14 septembre`) places the date in the past like `dernier`.
 * OCR may glue the day to the month (`13juin`): the space between them is optional.
 * A comma may part the month from its year as in a comment's or a post's timestamp (`3 mars, 2021
 * à 10:15`), but only when the year ends the phrase: in `le 3 mars, 2000 personnes` the number
 * after the comma is a count, and the date keeps no year. A street named by a date (`place du
 * 8 mai 1945`) is an address.
 */
import { alternation, bounded, compile } from '../../core/pattern.js';
import { DATE_NAMED_STREET_WORDS } from '../lexicon/street-words.js';
import type { Candidate, Parser } from '../../core/types.js';
import { tenseAround } from '../past-context.js';
import { DAY_PATTERN, GAP, MONTH_PATTERN, WEEKDAY_PATTERN, YEAR_PATTERN, daysInMonth, firstLettersAhead, isCutMonth, parseDay, parseMonth, parseWeekday } from '../patterns.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';

const PATTERN = firstLettersAhead([...Object.keys(WEEKDAYS), 'premier'], '\\d') + bounded(
  `(?:${WEEKDAY_PATTERN}\\.?,?${GAP})?${DAY_PATTERN}(?:${GAP})?${MONTH_PATTERN}(?:\\.?(?<comma>,)?${GAP}${YEAR_PATTERN})?(?:${GAP}(?<relative>derniers?|dernières?|prochaine?s?))?`,
);

/** What may follow a year parted from its month by a comma: the phrase ends, or a time. */
const AFTER_COMMA_YEAR = /^[ \t]*(?:$|\n|[,.;:)|–—-]|(?:à|a|at)[ \t]+\d)/u;

/**
 * `place du 8 mai 1945`, `rue du 4 Septembre`: a street named by a date, an address and no date
 * (`à la place du 3 mai`, instead of it, is one).
 */
const STREET_BEFORE = new RegExp(`(?<![\\p{L}])(?<!à[ \\t]+la[ \\t]+)${alternation(DATE_NAMED_STREET_WORDS)}\\.?[ \\t]+(?:du|des)[ \\t]+$`, 'iu');

/** End of the day and month alone when the year after a comma is not the date's, else undefined. */
function yearlessEnd(text: string, match: RegExpExecArray): number | undefined {
  const groups = match.groups ?? {};
  if (groups['comma'] === undefined || groups['relative'] !== undefined) return undefined;
  const end = match.index + match[0].length;
  if (AFTER_COMMA_YEAR.test(text.slice(end, end + 12))) return undefined;
  return match.index + match[0].lastIndexOf(',');
}

export const dateAbsoluteParser: Parser = {
  id: 'fr.date.absolute',
  pattern: () => compile(PATTERN, 'giu'),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    const month = parseMonth(groups['month']);
    const day = parseDay(groups['day']);
    if (month === undefined || day === undefined) return null;
    if (STREET_BEFORE.test(context.text.slice(Math.max(0, match.index - 24), match.index))) return null;
    const cut = yearlessEnd(context.text, match);
    const year = groups['year'] === undefined || cut !== undefined ? undefined : Number(groups['year']);
    if (day < 1 || day > daysInMonth(month, year)) return null;
    // `11 Oct`, `3 SEP`: an undotted cut month is a date's only with its year (`07 sep 2018`, a web page's stamp).
    if (year === undefined && isCutMonth(groups['month'] ?? '')) return null;
    const relativeWord = groups['relative']?.toLowerCase();
    const relative =
      relativeWord === undefined
        ? year === undefined ? tenseAround(context.text, match.index, cut ?? match.index + match[0].length) : undefined
        : relativeWord.startsWith('dern') ? 'past' : 'future';
    return {
      type: 'date', start: match.index, end: cut ?? match.index + match[0].length, value: '', confidence: 0.95,
      rule: this.id, inferred: [],
      date: { year, month, day, weekday: parseWeekday(groups['weekday']), relative },
    };
  },
};
