/**
 * `entre janvier et juillet 2025`, `du 12 décembre 2024 au 27 février 2025`, `du 3 au 5 mars`,
 * `les 2 et 3 juin`, `les 5 & 6 juin`, `mars-avril 2024`, `du lundi 3 au vendredi 7 mars`, `20-21 novembre 2025`,
 * `les 17/18 juin`, `lundi 3 et mardi 4 juin` (two weekdays with their days need no `du`/`les`), `le 3 et le 4 juin`,
 * `le 31 mai et le 1er juin 2025` (the article repeated before each day), `12 au 14 juin : forum` (an agenda line):
 * two dates. Parts missing from the first end are copied from the second and marked inferred,
 * as chrono does for its implied components. With no year, the tense of the verb before
 * (`a eu lieu du…`, `se tiendra du…`) places both ends before or after the document date. Two months joined by
 * words with no day nor year (`entre mai et octobre`) are a season, no dates (`isBareMonthSpan`).
 */
import { bounded, compile, prefixGroups } from '../../core/pattern.js';
import type { Candidate, DateComponent, DateParts, Parser } from '../../core/types.js';
import { DAY_PATTERN, GAP, MONTH_PATTERN, WEEKDAY_PATTERN, YEAR_PATTERN, daysInMonth, firstLettersAhead, parseDay, parseMonth, parseWeekday } from '../patterns.js';
import { MONTHS } from '../lexicon/months.js';
import { tenseAround } from '../past-context.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';

const FROM = `(?:(?:${prefixGroups(WEEKDAY_PATTERN, 'from')}\\.?${GAP})?${prefixGroups(DAY_PATTERN, 'from')}(?:${GAP}${prefixGroups(MONTH_PATTERN, 'from')}(?:${GAP}${prefixGroups(YEAR_PATTERN, 'from')})?)?|${prefixGroups(MONTH_PATTERN, 'fromm')}(?:${GAP}${prefixGroups(YEAR_PATTERN, 'fromm')})?)`;
const TO = `(?:(?:${prefixGroups(WEEKDAY_PATTERN, 'to')}\\.?${GAP})?${prefixGroups(DAY_PATTERN, 'to')}${GAP})?${prefixGroups(MONTH_PATTERN, 'to')}(?:${GAP}${prefixGroups(YEAR_PATTERN, 'to')})?`;
// `20-21 novembre 2025`: a hyphen between two days needs no leading `du`/`les`. OCR glues the
// lead to the day (`Du2 au 4 juin`) and reads `à` as `a` (`de février a mars`).
const PATTERN = firstLettersAhead([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), 'du', 'entre', 'des', 'de', 'les', 'le', 'premier'], '\\d') + bounded(`(?:(?<lead>du|entre(?:${GAP}le)?|des|de|les|le)(?:${GAP}|(?=\\d)))?${FROM}(?:${GAP}(?<link>au|et(?:${GAP}le)?|&|à|a|jusqu'au)${GAP}|(?<dash>[-–/]))${TO}`);

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

type Groups = Record<string, string | undefined>;

const yearOf = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));

/** `18/17 juin`: a slash joins two days only when the second is later (`17/18 juin`, a weekend; `mars/avril 2024`). */
function backwardSlash(groups: Groups): boolean {
  const from = groups['from_day'];
  return groups['dash'] === '/' && from !== undefined && !(Number.parseInt(groups['to_day'] ?? '', 10) > Number.parseInt(from, 10));
}

/**
 * `du 3 au 5 mars`, `entre janvier et juillet`, `20-21 novembre` and `mars-avril 2024` (a dash
 * joins two days, or two months with no day).
 */
function isRange(groups: Groups): boolean {
  if (backwardSlash(groups)) return false;
  // `le 3 et le 4 juin`, `le 31 mai et le 1er juin 2025`, `le 12 et 13 juin`: `le` and `et` list two days.
  // With a month on each day, only a year written once for both makes them one list (`le 9 décembre et le 16 janvier` stay two dates of their own).
  if (groups['lead']?.toLowerCase() === 'le') {
    return /^et(?:\s+le)?$/iu.test(groups['link'] ?? '') && groups['from_day'] !== undefined && (groups['from_month'] === undefined || (groups['to_year'] !== undefined && groups['from_year'] === undefined));
  }
  if (groups['dash'] !== undefined && groups['fromm_month'] !== undefined && groups['fromm_year'] === undefined && groups['to_day'] === undefined) return true;
  // `lundi 3 et mardi 4 juin`, `jeudi 5 au samedi 7 mars`: two weekdays with their days need no lead.
  if (groups['dash'] === undefined && groups['from_weekday'] !== undefined && groups['to_weekday'] !== undefined && groups['from_day'] !== undefined && groups['to_day'] !== undefined) return true;
  if (groups['lead'] === undefined && (groups['dash'] === undefined || groups['from_month'] !== undefined || groups['from_day'] === undefined)) return false;
  return groups['dash'] === undefined || groups['to_day'] !== undefined;
}

/**
 * An agenda line or a label opening on two days and one month (`12 au 14 juin : forum`, `Dates : 13 et 14
 * octobre`): at a line start, after a list mark, or after a colon or a dash, the pair needs no `du`/`les`.
 * Mid-sentence a bare `12 au 14` is as often a count's range (`de 12 au 14`… has its `de`; `passé 12 et 14 juin` not).
 */
const OPENS_LABEL = /(?:^|\n)[ \t]*(?:[-–—•*·►>][ \t]*)?$|[:|–—][ \t]*$/u;

function labelDayPair(text: string, start: number, groups: Groups): boolean {
  if (groups['lead'] !== undefined || groups['dash'] !== undefined || groups['from_day'] === undefined || groups['from_month'] !== undefined) return false;
  if (groups['from_weekday'] !== undefined || !/^(?:au|et|&)$/iu.test(groups['link'] ?? '')) return false;
  return OPENS_LABEL.test(text.slice(Math.max(0, start - 12), start));
}

/** A number glued to a dash or slash just before the range's first day (`7-3-12 juin`; not `N°4 - JANVIER-AVRIL`). */
const NUMBER_JOINED_BEFORE = /\d[-–/]$/u;

/**
 * `7-3-12 juin`, `04-12-13-14 juin`: three numbers or more joined by dashes are a code, a score or a
 * reference, not a range of two days; the dashed pair at its end names no days.
 */
function inNumberChain(text: string, start: number, groups: Groups): boolean {
  if (groups['dash'] === undefined || groups['lead'] !== undefined || groups['from_day'] === undefined) return false;
  return NUMBER_JOINED_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/** The first end, with the month and year it borrows from the second listed in `inferred`. */
function firstEnd(groups: Groups, to: DateParts): { from: DateParts; inferred: DateComponent[] } | null {
  const from: DateParts = {
    day: parseDay(groups['from_day']),
    weekday: parseWeekday(groups['from_weekday']),
    month: parseMonth(groups['from_month'] ?? groups['fromm_month']),
    year: yearOf(groups['from_year'] ?? groups['fromm_year']),
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
  return { from, inferred };
}

/** Both ends name a month, a day fits its month, and a second day implies a first one. */
function validEnds(from: DateParts, to: DateParts): boolean {
  if (from.day === undefined && to.day !== undefined) return false;
  return [from, to].every((parts) => parts.month !== undefined && (parts.day === undefined || parts.day <= daysInMonth(parts.month, parts.year)));
}

/**
 * Two months joined by words with no day nor year on either end (`entre mai et octobre`, `les mois de mars et avril`,
 * `de juin à septembre`): a season or a span told of any year (`logent des saisonniers entre mai et octobre`), no
 * date. Months joined by a dash (`prévu en octobre-novembre`) are a plan's months, and stay.
 */
function isBareMonthSpan(groups: Groups, from: DateParts, to: DateParts): boolean {
  return groups['dash'] === undefined && [from, to].every((parts) => parts.day === undefined && parts.year === undefined);
}

export const dateRangeParser: Parser = {
  id: 'fr.date.range',
  pattern: () => compile(PATTERN, 'dgiu'),
  extract(context, match): Candidate[] | null {
    const groups: Groups = match.groups ?? {};
    if (!isRange(groups) && !labelDayPair(context.text, match.index, groups)) return null;
    if (inNumberChain(context.text, match.index, groups)) return null;
    const indices = (match.indices?.groups ?? {}) as Indices;
    const to: DateParts = {
      day: parseDay(groups['to_day']),
      weekday: parseWeekday(groups['to_weekday']),
      month: parseMonth(groups['to_month']),
      year: yearOf(groups['to_year']),
    };
    const first = firstEnd(groups, to);
    if (first === null || !validEnds(first.from, to)) return null;
    if (isBareMonthSpan(groups, first.from, to)) return null;
    const fromSpan = spanOf(indices, ['from_weekday', 'from_day', 'from_month', 'from_year', 'fromm_month', 'fromm_year']);
    const toSpan = spanOf(indices, ['to_weekday', 'to_day', 'to_month', 'to_year']);
    if (fromSpan === null || toSpan === null) return null;
    // With no year, a verb before places both ends (`se tiendra du 3 au 5 février`).
    const relative = to.year === undefined ? tenseAround(context.text, match.index, match.index + match[0].length) : undefined;
    if (relative !== undefined) {
      first.from.relative = relative;
      to.relative = relative;
    }
    return [
      { type: 'date', ...fromSpan, value: '', confidence: 0.9, rule: this.id, inferred: first.inferred, date: first.from },
      { type: 'date', ...toSpan, value: '', confidence: 0.9, rule: this.id, inferred: [], date: to },
    ];
  },
};
