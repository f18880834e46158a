/**
 * `(1817-1888)`, `(1902 – 1978)`: the two years of a life or of an era in brackets, both dates,
 * including years before 1900 that the year rule does not read on their own (a bare `1850` is
 * more often a count than a year).
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';

const YEAR = '1[5-9]\\d{2}|20\\d{2}';
const PATTERN = `\\((?<from>${YEAR})[ \\t]*[-–—][ \\t]*(?<to>${YEAR})\\)`;

export const dateLifeSpanParser: Parser = {
  id: 'fr.date.life-span',
  pattern: () => compile(PATTERN, 'dgu'),
  extract(_context, match): Candidate[] | null {
    const from = Number(match.groups?.['from']);
    const to = Number(match.groups?.['to']);
    const spans = match.indices?.groups;
    if (!(from < to) || to - from > 120 || spans?.['from'] === undefined || spans['to'] === undefined) return null;
    return [
      { type: 'date', start: spans['from'][0], end: spans['from'][1], value: '', confidence: 0.85, rule: this.id, inferred: [], date: { year: from } },
      { type: 'date', start: spans['to'][0], end: spans['to'][1], value: '', confidence: 0.85, rule: this.id, inferred: [], date: { year: to } },
    ];
  },
};
