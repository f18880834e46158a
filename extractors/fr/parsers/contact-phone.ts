/**
 * French phone numbers: `06 80 59 63 40`, `07.68.66.67.85`, `0359610520`, `03 21203558`,
 * `+33 (0)3 21 20 35 58`. The value is the ten national digits.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';

/** Pairs are separated by a space, a dot or a hyphen; a line may wrap between two pairs. */
const SEP = '(?:[ .\\u00a0-]|[ \\t]*\\n[ \\t]*)?';
const PATTERN =
  `(?<![\\p{L}\\p{N}+])(?:(?:\\+|00)33${SEP}(?:\\(0\\))?${SEP}(?<intl>[1-9])|0(?<national>[1-9]))(?<rest>(?:${SEP}\\d){8})(?![\\p{N}])`;

/**
 * `06-11-2018 07:42`: a numeric date, day, month and a four-digit year parted by one mark, then a
 * time. Ten digits as a phone's, but a phone is written in pairs: a year is no pair.
 */
const NUMERIC_DATE_START = /^(?:0[1-9]|[12]\d|3[01])(?<mark>[-./])(?:0[1-9]|1[0-2])\k<mark>(?:19|20)\d{2}(?!\d)/u;

export const contactPhoneParser: Parser = {
  id: 'fr.contact.phone',
  pattern: () => compile(PATTERN, 'gu'),
  extract(_context, match): Candidate | null {
    if (NUMERIC_DATE_START.test(match[0])) return null;
    const groups = match.groups ?? {};
    const digits = `0${groups['intl'] ?? groups['national'] ?? ''}${(groups['rest'] ?? '').replace(/\D/gu, '')}`;
    if (digits.length !== 10) return null;
    return {
      type: 'phone', start: match.index, end: match.index + match[0].length, value: digits, confidence: 0.95,
      rule: this.id, inferred: [],
    };
  },
};
