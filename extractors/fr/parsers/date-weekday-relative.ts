/**
 * `vendredi dernier`, `mardi prochain`: a weekday placed just before or after the document date.
 * Resolved here from the document date (never from another year in the text); with no document
 * date known to the day there is nothing to resolve, and no mention. Every part is inferred.
 */
import { alternation, bounded, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { WEEKDAYS } from '../lexicon/weekdays.js';
import { GAP, WEEKDAY_AHEAD, parseWeekday } from '../patterns.js';

/** Full weekday names only: `mar` and `mer` are also words. */
const NAMES = Object.keys(WEEKDAYS).filter((name) => name.length >= 5);
const PATTERN = WEEKDAY_AHEAD + bounded(`(?<weekday>${alternation(NAMES)})${GAP}(?<relative>dernier|prochain)`);

/** The day `weekday` strictly before (`past`) or after the ISO date `reference`, as ISO. */
export function weekdayFrom(reference: string, weekday: number, past: boolean): string | null {
  const parts = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/u.exec(reference)?.groups;
  if (parts === undefined) return null;
  const day = new Date(Date.UTC(Number(parts['y']), Number(parts['m']) - 1, Number(parts['d'])));
  const shift = past ? -(((day.getUTCDay() - weekday + 7) % 7) || 7) : ((weekday - day.getUTCDay() + 7) % 7) || 7;
  day.setUTCDate(day.getUTCDate() + shift);
  return day.toISOString().slice(0, 10);
}

export const dateWeekdayRelativeParser: Parser = {
  id: 'fr.date.weekday-relative',
  pattern: () => compile(PATTERN, 'giu'),
  requires: /dernier|prochain/iu, // skip pages without the relative word
  extract(context, match): Candidate | null {
    const weekday = parseWeekday(match.groups?.['weekday']);
    const reference = context.document.documentDate;
    if (weekday === undefined || reference === undefined) return null;
    const value = weekdayFrom(reference, weekday, (match.groups?.['relative'] ?? '').toLowerCase() === 'dernier');
    if (value === null) return null;
    return {
      type: 'date', start: match.index, end: match.index + match[0].length, value, confidence: 0.8,
      rule: this.id, inferred: ['day', 'month', 'year'],
    };
  },
};
