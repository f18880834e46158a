/**
 * `hier`, `avant-hier`: the day before (or two days before) the document date, as a dated
 * newsletter or a press brief says `annoncés hier`. Resolved from the document date only; with no
 * document date known to the day there is nothing to resolve, and no mention. `hier` set against
 * `aujourd'hui` or `demain` (`hier comme aujourd'hui`, `d'hier et de demain`) speaks of times, not
 * of a day, and is left out. `aujourd'hui` and `demain` themselves are not read: far more often
 * `nowadays` and `the future` than a day. Every part is inferred.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { firstLettersAhead } from '../patterns.js';

const PATTERN = `${firstLettersAhead(['hier', 'avant'])}(?<![\\p{L}\\p{N}-])(?<before>avant-)?hier(?![\\p{L}\\p{N}-])`;
/** How far around `hier` a contrasted `aujourd'hui` or `demain` is looked for. */
const CONTRAST_REACH = 30;
const CONTRAST = /aujourd['’]hui|demain/iu;

/** The ISO day `days` before the ISO date `reference`, or null when `reference` is not a day. */
export function daysBefore(reference: string | undefined, days: number): string | null {
  const parts = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/u.exec(reference ?? '')?.groups;
  if (parts === undefined) return null;
  const day = new Date(Date.UTC(Number(parts['y']), Number(parts['m']) - 1, Number(parts['d']) - days));
  return day.toISOString().slice(0, 10);
}

export const dateDayRelativeParser: Parser = {
  id: 'fr.date.day-relative',
  pattern: () => compile(PATTERN, 'giu'),
  requires: /hier/iu, // skip pages without the word
  extract(context, match): Candidate | null {
    const end = match.index + match[0].length;
    const around = context.text.slice(Math.max(0, match.index - CONTRAST_REACH), end + CONTRAST_REACH);
    if (CONTRAST.test(around)) return null;
    const value = daysBefore(context.document.documentDate, match.groups?.['before'] === undefined ? 1 : 2);
    if (value === null) return null;
    return { type: 'date', start: match.index, end, value, confidence: 0.75, rule: this.id, inferred: ['day', 'month', 'year'] };
  },
};
