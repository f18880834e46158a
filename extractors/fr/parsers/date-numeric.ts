/**
 * `13/05/2025`, `13.05.2025`, `13-05-2025`, `2025-05-13`: numeric dates with a four-digit year (a phone
 * number in pairs, `04-12-03-2024`, is no date: no digit or dash may come before the day), `15/03/24` (two
 * digits each, slashes only: `1.2.24` is a version); `2023-03`, an
 * ISO year and month (a page's date stamp). A second part that is the next year's last two digits
 * (`2011-12`, a school year) is a range, and a number after `n°` (`délibération n°2023-04`) a reference.
 * `09/2019` (two-digit month, four-digit year) is a month, also with a space on each side of the slash
 * (`09 / 2019`, a date line under a title). `12/03` with no year is a day only after
 * a word that introduces a date (`le 12/03`, `du 12/03 au 14/03/2020`, `jeudi 12/03`): elsewhere it
 * is as often a score or a ratio; it borrows the year of a full numeric date right after it
 * (`du 12/03 au 14/03/2020`), or of the list of days it opens or goes on (`les 12/03, 19/04 et 05/10/19`, `17/02
 * et 03/03 2022`: such a list is of dates, with no word before it), else the year is resolved like any day's.
 * A page's date line (`fr.date.numeric.date-line`): a line holding nothing but a day and a month of two
 * digits each and a year, parted by spaces or spaced slashes (`14 03 2021`, `14 / 03 / 2021`), the
 * year maybe alone on the next line (`14 / 03⏎2021`), is that day; so is one that opens its line and a
 * mark parts it from the rest (`14 / 03 2021 > Thèmes`). In running text such numbers are counts.
 */
import { alternation, compile } from '../../core/pattern.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';
import type { Candidate, Parser } from '../../core/types.js';
import { daysInMonth } from '../patterns.js';

const PATTERN =
  '(?<![\\p{L}\\p{N}./-])(?:(?<day>3[01]|[12]\\d|0?[1-9])(?<sep>[/.-])(?<month>1[0-2]|0?[1-9])\\k<sep>(?<year>(?:19|20)\\d{2})|(?<shortDay>3[01]|[12]\\d|0[1-9])\\/(?<shortMonth>1[0-2]|0[1-9])\\/(?<shortYear>\\d{2})|(?<isoYear>(?:19|20)\\d{2})-(?<isoMonth>1[0-2]|0[1-9])(?:-(?<isoDay>3[01]|[12]\\d|0[1-9]))?|(?<mmMonth>1[0-2]|0[1-9])(?:\\/| \\/ )(?<mmYear>(?:19|20)\\d{2})|(?<dmDay>3[01]|[12]\\d|0?[1-9])\\/(?<dmMonth>1[0-2]|0[1-9])|(?<lineDay>3[01]|[12]\\d|0[1-9])(?<lineSep>[ \\t]+(?:\\/[ \\t]+)?)(?<lineMonth>1[0-2]|0[1-9])(?:\\k<lineSep>|[ \\t]+|[ \\t]*\\n[ \\t]*)(?<lineYear>(?:19|20)\\d{2}))(?![\\p{L}\\p{N}]|[./-]\\d)';
/** `n°2023-04`, `N° 2021-12`: a reference number, not a date. */
const REFERENCE_BEFORE = /(?<!\p{L})[nN][°o]\.?[ \t]*$/u;

/** Words after which a bare `12/03` is a day: `le`, `du`, `au`, `dès`, a weekday. */
const DAY_CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:le|du|au|et|dès|depuis|jusqu'au|${alternation(Object.keys(WEEKDAYS))})[ \\t]+$`, 'iu');
/** A full numeric date right after a bare day (`12/03 au 14/03/2020`): its year is the day's. */
const YEAR_AFTER = /^[ \t]*(?:au|et|-|–)[ \t]*\d{1,2}\/\d{2}\/(?<year>(?:19|20)\d{2})(?!\d)/u;

const BARE_DAY = '(?:3[01]|[12]\\d|0?[1-9])\\/(?:1[0-2]|0[1-9])';
/**
 * A list of bare days closed by one that writes its year (`12/03, 19/04, 07/06 et 05/10/19`, `17/02 et 03/03 2022`),
 * or a bare day with its year after a space (`04/02 2023`): the list's days are dates of that year, not scores.
 * `own` is the day's own year, `year` (four digits) or `short` (two) the closing member's.
 */
const LIST_YEAR_AFTER = new RegExp(
  `^(?:[ \\t]*(?:,|et)\\s*${BARE_DAY}(?![/\\d]))*(?:[ \\t]*(?:,|et)\\s*${BARE_DAY}(?:\\/(?<short>\\d{2})|\\/(?<year>(?:19|20)\\d{2})|[ \\t]+(?<spaced>(?:19|20)\\d{2}))|[ \\t]+(?<own>(?:19|20)\\d{2}))(?![\\p{N}/])`,
  'u',
);

/** The year a bare day takes from the list it opens or goes on (LIST_YEAR_AFTER), and whether it is its own. */
function listYear(after: string): { year: number; own: boolean } | undefined {
  const groups = LIST_YEAR_AFTER.exec(after)?.groups;
  if (groups === undefined) return undefined;
  // The day's own year, or the last member's (`17/02 et 03/03 2022`: the list's members come before it).
  if (groups['own'] !== undefined) return { year: Number(groups['own']), own: /^[ \t]+\d/u.test(after) };
  const year = groups['year'] ?? groups['spaced'];
  return { year: year === undefined ? 2000 + Number(groups['short']) : Number(year), own: false };
}

/** `12/03` after a date word, or in a list of days that writes its year, with the year of the full date after it when there is one. */
function bareDay(text: string, match: RegExpExecArray, day: number, month: number): Candidate | null {
  const end = match.index + match[0].length;
  const listed = listYear(text.slice(end, end + 80));
  if ((listed === undefined && !DAY_CUE_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) || day > daysInMonth(month, undefined)) return null;
  const after = YEAR_AFTER.exec(text.slice(end, end + 20))?.groups?.['year'];
  const year = after === undefined ? listed?.year : Number(after);
  return {
    type: 'date', start: match.index, end, value: '', confidence: 0.75, rule: 'fr.date.numeric',
    inferred: year === undefined || listed?.own === true ? [] : ['year'], date: { year, month, day },
  };
}

const DATE_LINE_RULE = 'fr.date.numeric.date-line';
/** Only spaces between the line's start (or the page's) and the date line. */
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/u;
/** After the date line: the line's end, or a mark parting it from the page's next item (`14 / 03 2021 > Thèmes`). */
const LINE_END_AFTER = /^[ \t]*(?:\n|$|[>|•·–—-][ \t])/u;

/** `14 03 2021`, `14 / 03⏎2021`: a line holding only the date, else nothing. */
function dateLine(text: string, match: RegExpExecArray, groups: Record<string, string | undefined>): Candidate | null {
  const end = match.index + match[0].length;
  if (!LINE_START_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index)) || !LINE_END_AFTER.test(text.slice(end, end + 12))) return null;
  const year = Number(groups['lineYear']);
  const month = Number(groups['lineMonth']);
  const day = Number(groups['lineDay']);
  if (day > daysInMonth(month, year)) return null;
  return { type: 'date', start: match.index, end, value: '', confidence: 0.85, rule: DATE_LINE_RULE, inferred: [], date: { year, month, day } };
}

export const dateNumericParser: Parser = {
  id: 'fr.date.numeric',
  pattern: () => compile(PATTERN, 'gu'),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    if (groups['lineDay'] !== undefined) return dateLine(context.text, match, groups);
    if (groups['dmDay'] !== undefined) return bareDay(context.text, match, Number(groups['dmDay']), Number(groups['dmMonth']));
    if (groups['mmMonth'] !== undefined) {
      return { type: 'date', start: match.index, end: match.index + match[0].length, value: '', confidence: 0.8, rule: this.id, inferred: [], date: { year: Number(groups['mmYear']), month: Number(groups['mmMonth']) } };
    }
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
