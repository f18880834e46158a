/**
 * `Année 2011/2012`, `saison 2023/2024`, `exercice 2019/2020`, `programmation 2021/2027`: two
 * years joined by a slash name a school, fiscal or programme period; both are dates (as both
 * ends of `2013-2014` are). The year rule leaves a year touching a slash alone (`/2015/06/` is a
 * web address, `12/2011` a numeric date), so the pair is read here: the second year comes after
 * the first by at most `MAX_SPAN` years, and no digit or slash touches either end. A season, a
 * school or a fiscal year may write its second year with two digits (`saison 2023-24`, `année
 * scolaire 2022/23`): read only when it is the very next year, so a code (`n° 2019-45`) stays
 * out, and not when it could be a month (`2011-12`, a year and its month).
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';

/** Longest period two slashed years name (a European programme runs seven years). */
const MAX_SPAN = 10;
const YEAR = '(?:19|20)\\d{2}';
const PATTERN = `(?=[12])(?<![\\p{L}\\p{N}/.,-])(?<from>${YEAR})(?:/(?<to>${YEAR})|[-–/](?<short>\\d{2}))(?![\\p{L}\\p{N}]|/|[.,-]\\d)`;

/** The second year of the pair: written whole, or two digits standing for the year after `from`. */
function secondYear(from: number, to: string | undefined, short: string | undefined): number | undefined {
  if (to !== undefined) return Number(to);
  if (short === undefined) return undefined;
  const next = from + 1;
  // `2011-12` is December 2011 as much as a season (fr.date.numeric reads it so): a month stays one.
  return Number(short) === next % 100 && Number(short) > 12 ? next : undefined;
}

export const dateYearPairParser: Parser = {
  id: 'fr.date.year-pair',
  pattern: () => compile(PATTERN, 'gu'),
  requires: /\d[/–-]\d/u, // two years joined by a slash or a dash: skip pages without one
  extract(_context, match): Candidate[] | null {
    const from = Number(match.groups?.['from']);
    const to = secondYear(from, match.groups?.['to'], match.groups?.['short']);
    if (to === undefined || !(from < to) || to - from > MAX_SPAN) return null;
    const start = match.index;
    const slash = start + 4;
    return [
      { type: 'date', start, end: slash, value: '', confidence: 0.8, rule: this.id, inferred: [], date: { year: from } },
      { type: 'date', start: slash + 1, end: start + match[0].length, value: '', confidence: 0.8, rule: this.id, inferred: [], date: { year: to } },
    ];
  },
};
