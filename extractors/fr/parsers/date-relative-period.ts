/**
 * `l'an dernier`, `l'année prochaine`, `le mois dernier`: a year or month counted from the
 * document date (never from another year that happens to be in the text, nor from a document date
 * only guessed from such years; with no document date at that precision there is no mention). `l'année précédente` / `suivante` count from the year
 * the text just spoke of (the last written year within its reach before), as a reader would.
 * Every part is inferred.
 */
import { bounded, compile } from '../../core/pattern.js';
import type { Candidate, DateComponent, Parser } from '../../core/types.js';
import { GAP, firstLettersAhead } from '../patterns.js';

const DOCUMENT_YEAR = `l'(?:an|année)${GAP}(?<docYear>dernière|dernier|passée|passé|prochaine|prochain)`;
const DOCUMENT_MONTH = `le${GAP}mois${GAP}(?<docMonth>dernier|passé|prochain)`;
const TEXT_YEAR = `l'année${GAP}(?<textYear>précédente|suivante)`;
const PATTERN = firstLettersAhead(['l', 'le']) + bounded(`${DOCUMENT_YEAR}|${DOCUMENT_MONTH}|${TEXT_YEAR}`);
/** How far back `l'année précédente` looks for the year it counts from. */
const ANCHOR_REACH = 300;
const LAST_YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d{2})(?![\p{L}\p{N}])(?![^]*(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}]))/u;

const step = (word: string): number => (/^(?:derni|pass|précéd)/iu.test(word) ? -1 : 1);
const pad = (value: number): string => String(value).padStart(2, '0');

/** The ISO value and the inferred parts of one match, or null when there is no reference. */
function resolve(groups: Record<string, string | undefined>, documentDate: string | undefined, before: string): { value: string; inferred: DateComponent[] } | null {
  const reference = /^(?<year>\d{4})(?:-(?<month>\d{2}))?/u.exec(documentDate ?? '')?.groups;
  const { docYear, docMonth, textYear } = groups;
  if (docYear !== undefined) return reference === undefined ? null : { value: String(Number(reference['year']) + step(docYear)), inferred: ['year'] };
  if (docMonth !== undefined) {
    if (reference?.['month'] === undefined) return null;
    const index = Number(reference['year']) * 12 + Number(reference['month']) - 1 + step(docMonth);
    return { value: `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`, inferred: ['month', 'year'] };
  }
  const anchor = LAST_YEAR.exec(before)?.[1];
  return anchor === undefined || textYear === undefined ? null : { value: String(Number(anchor) + step(textYear)), inferred: ['year'] };
}

export const dateRelativePeriodParser: Parser = {
  id: 'fr.date.relative-period',
  pattern: () => compile(PATTERN, 'giu'),
  requires: /l'an|mois/iu, // `l'an`, `l'année` or `le mois`: skip pages without
  extract(context, match): Candidate | null {
    const before = context.text.slice(Math.max(0, match.index - ANCHOR_REACH), match.index);
    // A document date guessed from the years the body recounts is one of those years, not the date
    // the text was written: `l'an dernier` cannot count from it (`l'année précédente` counts from the text anyway).
    const documentDate = context.document.documentDateGuessed === true ? undefined : context.document.documentDate;
    const resolved = resolve(match.groups ?? {}, documentDate, before);
    if (resolved === null) return null;
    return {
      type: 'date', start: match.index, end: match.index + match[0].length, value: resolved.value, confidence: 0.75,
      rule: this.id, inferred: resolved.inferred,
    };
  },
};
