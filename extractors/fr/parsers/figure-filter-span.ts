/**
 * `fr.figure.filter.time-span`: a number of years, months, weeks or days that places an event in
 * time (`depuis deux ans`, `il y a trois ans`, `dix ans plus tard`, `à 3 ans`) is no
 * indicator: nothing the structure did or has is counted. The words are data
 * (lexicon/time-spans.ts); a span that measures a thing (`des missions de 18 mois`) is kept.
 */
import { alternation, WRAP_GAP } from '../../core/pattern.js';
import { TIME_SPAN_AFTER, TIME_SPAN_BEFORE, TIME_SPAN_NOUNS, TIME_SPAN_QUALIFIERS } from '../lexicon/time-spans.js';
import type { FigureFilter } from './figure-filter.js';
import type { FigureProposal } from './figure-proposal.js';
import { singularUnit } from '../units.js';

/** A phrase of the lexicon, any apostrophe, its spaces read as `WRAP_GAP` (core/pattern.ts). */
const phrases = (words: readonly string[]): string => alternation(words).replace(/'/gu, "['’]").replaceAll(' ', WRAP_GAP);

/** The placing word, then at most one qualifier, right before the number. */
const SPAN_BEFORE = new RegExp(`(?:^|[^\\p{L}])${phrases(TIME_SPAN_BEFORE)}(?:${WRAP_GAP}${phrases(TIME_SPAN_QUALIFIERS)})?${WRAP_GAP}$`, 'iu');
/** The dating words right after the noun. */
const SPAN_AFTER = new RegExp(`^${WRAP_GAP}${phrases(TIME_SPAN_AFTER)}(?![\\p{L}])`, 'iu');
/** `de 6 à 18 mois` (`de 6 a 18 mois` once OCR dropped the accent): `à` after a number closes a range of lengths, it places nothing in time. */
const RANGE_BEFORE = /\d[ \t]*\n?[ \t]*[àa][ \t\n]+$/u;
/** How far before the number the placing words are looked for (`au bout de plus de ` is 19 characters). */
const REACH = 32;

/** The noun after `de` of an approximate count (`une quinzaine d'années`). */
const NOUN_AFTER_DE = /^[ \t]*\n?[ \t]*d(?:e[ \t]*\n?[ \t]*|['’])(\p{L}+)/u;

/** The time-span noun the number counts and where it ends, or undefined when it counts something else. */
function spanNoun(p: FigureProposal): number | undefined {
  if (p.kind === 'noun') return TIME_SPAN_NOUNS.has(p.singular) ? p.unitEnd : undefined;
  if (!p.approximate) return undefined;
  const found = NOUN_AFTER_DE.exec(p.text.slice(p.numberEnd, p.numberEnd + 24));
  return found !== null && TIME_SPAN_NOUNS.has(singularUnit(found[1] ?? '')) ? p.numberEnd + found[0].length : undefined;
}

/** Whether the words around the span (its noun ending at `end`) place it in time. */
function placedInTime(p: FigureProposal, end: number): boolean {
  const before = p.text.slice(Math.max(0, p.start - REACH), p.start);
  return (SPAN_BEFORE.test(before) && !RANGE_BEFORE.test(before)) || SPAN_AFTER.test(p.text.slice(end, end + 16));
}

export const timeSpanFilter: FigureFilter = {
  id: 'fr.figure.filter.time-span',
  reason: 'a span of time that places an event in time (`depuis deux ans`, `trois mois plus tard`, `il y a une centaine d\'années`)',
  rejects: (p) => {
    const end = spanNoun(p);
    return end !== undefined && placedInTime(p, end);
  },
};
