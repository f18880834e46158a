/**
 * Shared French pattern pieces (as strings, with named groups) and the small helpers that read
 * them. Parsers put these pieces together; group names get a prefix when a piece is used twice.
 */
import { WRAP_GAP, alternation } from '../core/pattern.js';
import { MONTHS } from './lexicon/months.js';
import { BODY_VERBS } from './lexicon/territory-words.js';
import { WEEKDAYS } from './lexicon/weekdays.js';
import { COUNTED_NOUNS } from './lexicon/units.js';

/**
 * A lookahead on the first letters of `words` (both cases) and on `extra` characters. Put first
 * in a pattern: V8 then skips, with one cheap class test, every position where no match can start,
 * instead of running the pattern's leading look-behind there.
 */
export function firstLettersAhead(words: Iterable<string>, extra = ''): string {
  const letters = new Set<string>();
  for (const word of words) {
    const first = word.charAt(0);
    if (first === '') continue;
    letters.add(first.toLowerCase());
    letters.add(first.toUpperCase());
  }
  const escaped = [...letters].sort().join('').replace(/[\]\\^-]/gu, '\\$&');
  return `(?=[${escaped}${extra}])`;
}

/** Starts a pattern that opens on a month name. */
export const MONTH_AHEAD = firstLettersAhead(Object.keys(MONTHS));
/** Starts a pattern that opens on a weekday name. */
export const WEEKDAY_AHEAD = firstLettersAhead(Object.keys(WEEKDAYS));

/**
 * What a body does, read right after its name (`la Région finance`, `le Département n'a pas`): spaces,
 * maybe a negation or a pronoun, then a verb of lexicon BODY_VERBS. A territory's name is followed by
 * none of them, so the refiner telling places from bodies and the tagger's flags both read it.
 */
export const BODY_VERB_AFTER = `[ \\t]+(?:ne[ \\t]+|n'|y[ \\t]+|en[ \\t]+)?${alternation(BODY_VERBS)}(?![\\p{L}\\p{N}])`;

/** A month name or abbreviation, captured as `month`. */
export const MONTH_PATTERN = `(?<month>${alternation(Object.keys(MONTHS))})`;
/** A weekday name, captured as `weekday`. */
export const WEEKDAY_PATTERN = `(?<weekday>${alternation(Object.keys(WEEKDAYS))})`;
/** A day of the month, `1er` and `premier` included, captured as `day`; OCR may split the ordinal (`1 er mars`). */
export const DAY_PATTERN = '(?<day>premier|(?:3[01]|[12]\\d|0?[1-9])(?:er|(?<=(?<!\\d)1)[ ]er(?=[ \\t]))?)';
/**
 * A counted noun, singular or plural (`personnes`, `repas`, `adhérents`), after a number: what the number counts.
 */
const COUNTED_AFTER = `[ \\t]+${alternation(COUNTED_NOUNS)}[sx]?(?![\\p{L}\\p{N}])`;
/**
 * A four-digit year from 1800 to 2099, captured as `year`: after a day or a month a year of the nineteenth
 * century is a date too (`fondée le 25 mai 1871`, a body's founding). Not before a counted noun: a report's
 * count after a day written with no comma (`au 31 décembre 1850 adhérents`) is far likelier than a date then.
 */
export const YEAR_PATTERN = `(?<year>18\\d{2}(?![\\p{N}]|${COUNTED_AFTER})|(?:19|20)\\d{2}(?![\\p{N}]))`;
/** The list marks that are no dash (bullet, arrow, check mark, square): unlike a dash, one may stand inside a line. */
const NON_DASH_MARKS = '•*·▪►♦◆■□➢➤✓✔◦○';
/** A list item's mark (dash, bullet, arrow, check mark, square), one character, no group. */
export const BULLET_MARK = `[-–${NON_DASH_MARKS}]`;
/** A list item's mark that is no dash, one character, no group: a bullet run into a paragraph (a dash is also a sentence's). */
export const INLINE_BULLET_MARK = `[${NON_DASH_MARKS}]`;
/**
 * A sentence's or a line's start right before a word: the text's start, a sentence's or a list's mark (a bullet, a
 * dash), or a line break, then blanks. Tested on the text before the word.
 */
export const SENTENCE_START_BEFORE = /(?:^|[.!?:;…•*–-][ \t]*|\n[ \t]*)$/u;
/** A French postcode, its department's two digits maybe spaced from the rest (`56000`, `18 570`); each reader sets its own bounds. */
export const POSTCODE = '\\d{2}[ \\t]?\\d{3}';

/** A French department's number (`01`–`95`, `2A`, `2B`, overseas `971`–`976`), no group, no boundary. */
export const DEPARTMENT_NUMBER = '(?:0[1-9]|[1-8]\\d|9[0-5]|2[AB]|97[1-6])';
/** Spaces that group thousands inside one line (`1 500`, no-break and narrow no-break included). */
const THOUSANDS_SPACE = '[ \\u00a0\\u202f]';
/** The same, or a line break: a PDF line wrapped inside an amount (`40⏎000 €`). */
const THOUSANDS_WRAP = '(?:[ \\u00a0\\u202f]|[ \\t]*\\n[ \\t]*)';

/**
 * A French number from its thousands separator: groups of exactly three digits after a space
 * (`1 500`, `12 000,5`; an English decimal dot of cents after them too, `125 000.00`) or after a dot (`2.115`, `5.000`), else plain digits with a decimal comma
 * or dot (`19,7`, `4.5`). No named group: callers name it.
 */
function frenchNumber(space: string): string {
  return `\\d{1,3}(?:${space}\\d{3})+(?:,\\d+|\\.\\d{1,2}(?!\\d))?|\\d{1,3}(?:\\.\\d{3})+(?![,.]?\\d)|\\d+(?:[,.]\\d+)?`;
}

/** The French number every figure rule shares, inside one line (table cells, label lines). */
export const NUMBER_PATTERN = frenchNumber(THOUSANDS_SPACE);
/**
 * The same number in running text, where the PDF may wrap a line between thousands groups
 * (`40⏎000 €`). Only a group of exactly three digits continues a number, so `en 2023⏎500` does
 * not merge.
 */
export const WRAPPED_NUMBER_PATTERN = frenchNumber(THOUSANDS_WRAP);

/** Spaces inside a phrase, at most one line break (core's `WRAP_GAP`). */
export const GAP = WRAP_GAP;

/** Month number (1-12) of a month word, or undefined. */
export function parseMonth(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const key = word.toLowerCase() as keyof typeof MONTHS;
  return MONTHS[key];
}

/**
 * A month cut to three letters with no dot (`oct`, `SEP`; `mai` is a whole name): too ambiguous to be a date's month
 * without a year (a slide's label, an acronym), so `fr.date.absolute` and `fr.date.month-bare` read it only with one.
 */
export function isCutMonth(written: string): boolean {
  return written.length <= 3 && written.toLowerCase() !== 'mai';
}

/** Weekday number (0 = Sunday) of a weekday word, or undefined. */
export function parseWeekday(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const key = word.toLowerCase().replace(/\.$/, '') as keyof typeof WEEKDAYS;
  return WEEKDAYS[key];
}

/** Day number of `1er`, `premier`, `08`. */
export function parseDay(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (word.toLowerCase() === 'premier') return 1;
  const day = Number.parseInt(word, 10);
  return Number.isFinite(day) ? day : undefined;
}

/** Number of days in a month (February has 29 when the year is unknown). */
export function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * How far line-anchored rules look on each side of an offset. A "line" of prose can be a whole
 * page long (a text layer with no line breaks); reading it whole for every match made extraction
 * quadratic in the page length. Beyond this reach a line is cut, which no layout rule needs.
 */
export const LINE_REACH = 300;

/** Start of the line holding `offset`, or `offset - LINE_REACH` when the line starts further back. */
export function lineStartOf(text: string, offset: number): number {
  const floor = Math.max(0, offset - LINE_REACH);
  const found = text.slice(floor, offset).lastIndexOf('\n');
  return found === -1 ? floor : floor + found + 1;
}

/** End of the line holding `offset` (its line break), or `offset + LINE_REACH` when further on. */
export function lineEndOf(text: string, offset: number): number {
  const ceiling = Math.min(text.length, offset + LINE_REACH);
  const found = text.slice(offset, ceiling).indexOf('\n');
  return found === -1 ? ceiling : offset + found;
}

/** The line of `text` around `offset` (without its line break), cut at `LINE_REACH` each side. */
export function lineAround(text: string, offset: number): { start: number; end: number; line: string } {
  const start = lineStartOf(text, offset);
  const end = lineEndOf(text, offset);
  return { start, end, line: text.slice(start, end) };
}
