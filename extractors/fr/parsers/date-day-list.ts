/**
 * `les 25, 26 et 27 juin`, `les 4, 11, 18 et 25 mars 2025`: three or more days listed before one
 * month. Each day is a date; the month and year, written once after the last day, are copied to
 * the others and marked inferred (two days, `les 2 et 3 juin`, are a range: date-range.ts).
 * Three or more days joined by hyphens (`12-13-14 juin`, a festival's poster) are listed the same way
 * when each is the day after the one before; two (`13-14 juin`) are a range.
 */
import { bounded, compile } from '../../core/pattern.js';
import type { Candidate, DateComponent, Parser } from '../../core/types.js';
import { GAP, MONTH_PATTERN, YEAR_PATTERN, daysInMonth, parseMonth } from '../patterns.js';

const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:er)?';
/** `12-13-14`: consecutive days joined by hyphens, no digit, dash or slash before the first (a phone, a code). */
const DASHED_DAYS = '(?<![\\p{N}/.-])(?<dashed>(?:3[01]|[12]\\d|0?[1-9])(?:-(?:3[01]|[12]\\d|0?[1-9])){2,6})';
const PATTERN = `(?=[lL\\d])${bounded(`(?:les${GAP}(?<days>${DAY}(?:[ \\t]*,[ \\t]*${DAY}){1,8}[ \\t]*,?${GAP}et${GAP}${DAY})|${DASHED_DAYS})${GAP}${MONTH_PATTERN}(?:${GAP}${YEAR_PATTERN})?`)}`;
const DAY_IN_LIST = /\d+/gu;

export const dateDayListParser: Parser = {
  id: 'fr.date.day-list',
  pattern: () => compile(PATTERN, 'dgiu'),
  requires: /,[ \t]*\d|\d-\d+-\d/u, // the days are listed with commas or hyphens: skip pages with neither
  extract(_context, match): Candidate[] | null {
    const groups = match.groups ?? {};
    const month = parseMonth(groups['month']);
    const daysSpan = match.indices?.groups?.['days'] ?? match.indices?.groups?.['dashed'];
    if (month === undefined || daysSpan === undefined) return null;
    const year = groups['year'] === undefined ? undefined : Number(groups['year']);
    const days = [...(groups['days'] ?? groups['dashed'] ?? '').matchAll(DAY_IN_LIST)];
    if (days.some((day) => Number(day[0]) < 1 || Number(day[0]) > daysInMonth(month, year))) return null;
    if (groups['dashed'] !== undefined && !days.every((day, index) => index === 0 || Number(day[0]) === Number(days[index - 1]?.[0]) + 1)) return null;
    const end = match.index + match[0].length;
    return days.map((day, index): Candidate => {
      const start = daysSpan[0] + (day.index ?? 0);
      const last = index === days.length - 1;
      const inferred: DateComponent[] = last ? [] : year === undefined ? ['month'] : ['month', 'year'];
      return {
        type: 'date', start, end: last ? end : start + day[0].length, value: '', confidence: 0.9, rule: this.id, inferred,
        date: { year, month, day: Number(day[0]) },
      };
    });
  },
};
