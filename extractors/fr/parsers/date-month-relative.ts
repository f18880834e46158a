/**
 * `en novembre dernier`, `depuis mars dernier`, `en juin prochain`: a month placed before or
 * after the document date, resolved to a year by `fr.date.resolve-year`. Like `hier` and `vendredi
 * dernier`, it is told against the document's time only: with no document date (no year anywhere
 * in the text) there is nothing to place it against, and no mention (a month with no year names
 * no time of its own here, unlike a day the text writes out: `le 4 mars dernier`). Nor against a document date
 * only guessed from the years the body recounts (`documentDateGuessed`), as for `l'an dernier` (fr.date.relative-period):
 * that guess is the year of the story told, often not the year the text is written in.
 */
import { bounded, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { GAP, MONTH_AHEAD, MONTH_PATTERN, parseMonth } from '../patterns.js';

const PATTERN = MONTH_AHEAD + bounded(`${MONTH_PATTERN}${GAP}(?<relative>dernier|prochain)`);

export const dateMonthRelativeParser: Parser = {
  id: 'fr.date.month-relative',
  pattern: () => compile(PATTERN, 'giu'),
  requires: /dernier|prochain/iu, // skip pages without the relative word
  extract(context, match): Candidate | null {
    // A document date guessed from the years the body recounts is no time to tell a month against (as for `l'an dernier`).
    if ((context.document.documentDate ?? '') === '' || context.document.documentDateGuessed === true) return null;
    const month = parseMonth(match.groups?.['month']);
    if (month === undefined) return null;
    const relative = (match.groups?.['relative'] ?? '').toLowerCase() === 'dernier' ? 'past' : 'future';
    return {
      type: 'date', start: match.index, end: match.index + match[0].length, value: '', confidence: 0.85,
      rule: this.id, inferred: [], date: { month, relative },
    };
  },
};
