/**
 * Indicator lines `Label : 12` and `Label : 14 → 19` (a before/after pair), or such items
 * between bullets (`• Salariés : 14 → 19 •`): the value or values end the line or item and
 * count the label's head noun (`Salariés : 14 → 19` → 14 salarié, 19 salarié).
 * A value followed by its own noun (`Territoire : 3 communes`) is `fr.figure.count`'s.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { labelHeadNoun } from '../figure-label.js';
import { formatNumber, parseNumber } from '../units.js';
import { NUMBER_PATTERN } from '../patterns.js';
import { isZero } from './figure-filter-codes.js';

const NUMBER = NUMBER_PATTERN;
// A line, or a bullet item of a line of items (`• Salariés : 14 → 19 •`; OCR reads the bullet as
// `*`, `«` or `»`, and the arrow as a dash). The lookahead skips every line with no `: digit`
// before the label's backtracking starts.
const BULLET = '[•*«»]';
const PATTERN =
  `(?:^(?=[^:\\n]*:[ \\t]*\\d)|(?<=${BULLET}[ \\t]*))(?<label>[^:\\n•*«»]*\\p{L}[^:\\n•*«»]*?)[ \\t]*:[ \\t]*(?<first>${NUMBER})` +
  `(?:[ \\t]*(?:→|->|=>|⇒|>|à|—|–)[ \\t]*(?<second>${NUMBER}))?[ \\t]*[.;]?[ \\t]*(?:$|(?=${BULLET}))`;

export const figureLabelledParser: Parser = {
  id: 'fr.figure.labelled',
  pattern: () => compile(PATTERN, 'dgmu'),
  requires: /:[ \t]*\d/u, // every match has a colon then a number: skip pages without
  anchor: { lines: 0 }, // tried only on the lines with one: a label and its values are on one line
  extract(_context, match): Candidate[] | null {
    const unit = labelHeadNoun(match.groups?.['label'] ?? '');
    if (unit === undefined) return null;
    const found: Candidate[] = [];
    for (const name of ['first', 'second']) {
      const digits = match.groups?.[name];
      const span = match.indices?.groups?.[name];
      // A code (`03`), or a zero: a counter at rest (`Commentaires : 0`), as for `fr.figure.filter.zero`.
      if (digits === undefined || span === undefined || /^0\d/u.test(digits) || isZero(digits)) continue;
      found.push({
        type: 'figure', start: span[0], end: span[1], value: formatNumber(parseNumber(digits)), unit,
        confidence: 0.8, rule: this.id, inferred: [],
      });
    }
    return found;
  },
};
