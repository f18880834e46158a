/**
 * `entre janvier et juillet 2025`, `du 12 décembre 2024 au 27 février 2025`, `du 3 au 5 mars`,
 * `les 2 et 3 juin`, `du lundi 3 au vendredi 7 mars`, `20-21 novembre 2025`:
 * two dates. Parts missing from the first end are copied from the second and marked inferred,
 * as chrono does for its implied components.
 */
import { bounded, compile, prefixGroups } from '../../core/pattern.js';
import type { Candidate, DateComponent, DateParts, Parser } from '../../core/types.js';
import { DAY_PATTERN, GAP, MONTH_PATTERN, WEEKDAY_PATTERN, YEAR_PATTERN, daysInMonth, parseDay, parseMonth, parseWeekday } from '../patterns.js';

const FROM = `(?:(?:${prefixGroups(WEEKDAY_PATTERN, 'from')}\\.?${GAP})?${prefixGroups(DAY_PATTERN, 'from')}(?:${GAP}${prefixGroups(MONTH_PATTERN, 'from')}(?:${GAP}${prefixGroups(YEAR_PATTERN, 'from')})?)?|${prefixGroups(MONTH_PATTERN, 'fromm')}(?:${GAP}${prefixGroups(YEAR_PATTERN, 'fromm')})?)`;
const TO = `(?:(?:${prefixGroups(WEEKDAY_PATTERN, 'to')}\\.?${GAP})?${prefixGroups(DAY_PATTERN, 'to')}${GAP})?${prefixGroups(MONTH_PATTERN, 'to')}(?:${GAP}${prefixGroups(YEAR_PATTERN, 'to')})?`;
// `20-21 novembre 2025`: a hyphen between two days needs no leading `du`/`les`.
const PATTERN = bounded(`(?:(?<lead>du|entre(?:${GAP}le)?|des|de|les)${GAP})?${FROM}(?:${GAP}(?:au|et(?:${GAP}le)?|à|jusqu'au)${GAP}|(?<dash>[-–]))${TO}`);

type Indices = Record<string, [number, number] | undefined>;

function spanOf(indices: Indices, names: readonly string[]): { start: number; end: number } | null {
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  for (const name of names) {
    const range = indices[name];
    if (range === undefined) continue;
    start = Math.min(start, range[0]);
    end = Math.max(end, range[1]);
  }
  return end < 0 ? null : { start, end };
}

export const dateRangeParser: Parser = {
  id: 'fr.date.range',
  pattern: () => compile(PATTERN, 'dgiu'),
  extract(_context, match): Candidate[] | null {
    const groups = match.groups ?? {};
    if (groups['lead'] === undefined && (groups['dash'] === undefined || groups['from_month'] !== undefined || groups['from_day'] === undefined)) return null;
    if (groups['dash'] !== undefined && groups['to_day'] === undefined) return null;
    const indices = (match.indices?.groups ?? {}) as Indices;
    const to: DateParts = {
      day: parseDay(groups['to_day']),
      weekday: parseWeekday(groups['to_weekday']),
      month: parseMonth(groups['to_month']),
      year: groups['to_year'] === undefined ? undefined : Number(groups['to_year']),
    };
    const fromYearText = groups['from_year'] ?? groups['fromm_year'];
    const from: DateParts = {
      day: parseDay(groups['from_day']),
      weekday: parseWeekday(groups['from_weekday']),
      month: parseMonth(groups['from_month'] ?? groups['fromm_month']),
      year: fromYearText === undefined ? undefined : Number(fromYearText),
    };
    const inferred: DateComponent[] = [];
    if (from.month === undefined) {
      if (from.day === undefined) return null;
      from.month = to.month;
      inferred.push('month');
    }
    if (from.year === undefined && to.year !== undefined) {
      from.year = to.year;
      inferred.push('year');
    }
    if ((from.day === undefined) !== (to.day === undefined) && from.day === undefined) return null;
    for (const parts of [from, to]) {
      if (parts.month === undefined) return null;
      if (parts.day !== undefined && parts.day > daysInMonth(parts.month, parts.year)) return null;
    }
    const fromSpan = spanOf(indices, ['from_weekday', 'from_day', 'from_month', 'from_year', 'fromm_month', 'fromm_year']);
    const toSpan = spanOf(indices, ['to_weekday', 'to_day', 'to_month', 'to_year']);
    if (fromSpan === null || toSpan === null) return null;
    return [
      { type: 'date', ...fromSpan, value: '', confidence: 0.9, rule: this.id, inferred, date: from },
      { type: 'date', ...toSpan, value: '', confidence: 0.9, rule: this.id, inferred: [], date: to },
    ];
  },
};
