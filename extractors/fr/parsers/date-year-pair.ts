/**
 * `Année 2011/2012`, `saison 2023/2024`, `exercice 2019/2020`, `programmation 2021/2027`: two
 * years joined by a slash name a school, fiscal or programme period; both are dates (as both
 * ends of `2013-2014` are). The year rule leaves a year touching a slash alone (`/2015/06/` is a
 * web address, `12/2011` a numeric date), so the pair is read here: the second year comes after
 * the first by at most `MAX_SPAN` years, and no digit or slash touches either end.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';

/** Longest period two slashed years name (a European programme runs seven years). */
const MAX_SPAN = 10;
const YEAR = '(?:19|20)\\d{2}';
const PATTERN = `(?=[12])(?<![\\p{L}\\p{N}/.,-])(?<from>${YEAR})/(?<to>${YEAR})(?![\\p{L}\\p{N}]|/|[.,-]\\d)`;

export const dateYearPairParser: Parser = {
  id: 'fr.date.year-pair',
  pattern: () => compile(PATTERN, 'gu'),
  requires: /\d\/\d/u, // two years joined by a slash: skip pages without one
  extract(_context, match): Candidate[] | null {
    const from = Number(match.groups?.['from']);
    const to = Number(match.groups?.['to']);
    if (!(from < to) || to - from > MAX_SPAN) return null;
    const start = match.index;
    const slash = start + 4;
    return [
      { type: 'date', start, end: slash, value: '', confidence: 0.8, rule: this.id, inferred: [], date: { year: from } },
      { type: 'date', start: slash + 1, end: slash + 5, value: '', confidence: 0.8, rule: this.id, inferred: [], date: { year: to } },
    ];
  },
};
