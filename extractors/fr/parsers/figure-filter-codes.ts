/**
 * Filters of `fr.figure.filter` for numbers that identify rather than count: references
 * (`page 3`, `slide 12`, `article 9`), phone numbers, codes with a leading zero, department codes
 * in brackets, postcodes and bare years.
 */
import { endsWithWord } from '../../core/pattern.js';
import { CODE_HEADS } from '../lexicon/code-heads.js';
import { TIME_SPAN_NOUNS } from '../lexicon/time-spans.js';
import { COUNTED_NOUNS } from '../lexicon/units.js';
import type { FigureFilter } from './figure-filter.js';
import type { FigureProposal } from './figure-proposal.js';
import { OPENS_UPPER } from '../../core/word-shape.js';

/** Words before a number that make it a code, an ordinal or a reference, not a count. */
const CODE_BEFORE = endsWithWord(CODE_HEADS, '\\s*');

export const referenceFilter: FigureFilter = {
  id: 'fr.figure.filter.reference',
  reason: 'a page, slide, article or issue number (`page 3`, `N° 12`)',
  rejects: (p) => CODE_BEFORE.test(p.before),
};

export const signedFilter: FigureFilter = {
  id: 'fr.figure.filter.signed',
  reason: 'a signed number is a change only before `%`; `+33 6…` is a phone',
  rejects: (p) => p.sign !== undefined && p.measure?.unit !== '%',
};

export const leadingZeroFilter: FigureFilter = {
  id: 'fr.figure.filter.leading-zero',
  reason: 'counts carry no leading zero: `09` after a name or in `N°03` is a code',
  rejects: (p) => p.kind !== 'measure' && p.digits !== undefined && /^0\d/u.test(p.digits),
};

export const phoneFilter: FigureFilter = {
  id: 'fr.figure.filter.phone',
  reason: 'two-digit groups in a row are a phone number (`05 12 34 56 78`, `04 11 22 XX XX`)',
  rejects: (p) =>
    p.kind !== 'measure' && p.digits !== undefined && /^\d{2}$/u.test(p.digits) &&
    (/\d{2}[ .]$/u.test(p.before) || /^[ .]\d{2}[ .]\d{2}(?!\d)/u.test(p.text.slice(p.numberEnd, p.numberEnd + 7))),
};

export const bracketedCodeFilter: FigureFilter = {
  id: 'fr.figure.filter.bracketed-code',
  reason: 'a number alone in brackets after a place is its department code (`Crest (26)`)',
  rejects: (p) => p.kind !== 'measure' && p.text[p.start - 1] === '(' && p.text[p.numberEnd] === ')',
};

export const postcodeFilter: FigureFilter = {
  id: 'fr.figure.filter.postcode',
  reason: 'five digits are a postcode unless a counted noun follows (`33210 Langon`)',
  rejects: (p) => p.postcode && (p.kind === 'bare' || (p.kind === 'noun' && !COUNTED_NOUNS.has(p.singular))),
};

export const yearFilter: FigureFilter = {
  id: 'fr.figure.filter.year',
  reason: 'a year (`en 2023`, a header `2022 2023 Structures`) unless a counted noun in lower case follows (`1932 bénéficiaires`)',
  rejects: (p) =>
    p.yearLike &&
    (p.kind === 'bare' || (p.kind === 'noun' && (!COUNTED_NOUNS.has(p.singular) || p.gap.includes('\n') || OPENS_UPPER.test(p.unitWord ?? '')))),
};

export const bareWordFilter: FigureFilter = {
  id: 'fr.figure.filter.bare-word',
  reason: 'a number word with nothing counted after it (`les trois`, `un des`); `une vingtaine de…` names its noun after `de`',
  rejects: (p) => p.kind === 'bare' && p.words !== undefined && !p.approximate,
};

export const thousandsGroupFilter: FigureFilter = {
  id: 'fr.figure.filter.thousands-group',
  reason: 'three digits after a number and a space are the tail of that number (`1 250`), read whole or not at all',
  rejects: (p) => p.digits !== undefined && /^\d{3}(?:,\d+)?$/u.test(p.digits) && /\d[ \u00a0\u202f]$/u.test(p.before),
};

/**
 * A zero counts nothing an indicator reports: on a web page it is a counter at rest (`0
 * commentaire`, `Download 0`, `Rating: 0`), in a sentence the floor of a range (`de 0 à 4 %`).
 * `0,5 ETP` is a count (digits after the comma); `zéro` in words is left to the other filters.
 */
export const isZero = (digits: string | undefined): boolean => digits !== undefined && /^0(?:[.,]0+)?$/u.test(digits);

export const zeroFilter: FigureFilter = {
  id: 'fr.figure.filter.zero',
  reason: 'a zero is a page counter at rest (`0 commentaire`, `Download 0`) or a range\'s floor (`de 0 à 4 %`), no count',
  rejects: (p) => isZero(p.digits),
};

/**
 * Whether a number closing `N-M` or `N/M` ends a range of a count: it grows from the opening
 * number and counts a counted noun or carries a symbol (`100-120 personnes`, `10/12 %`). A
 * bracket of ages or years (`les 18-25 ans`) places people or events in time, as spans do.
 */
function closesCountRange(p: FigureProposal): boolean {
  if (p.rangeFrom === undefined || p.rangeFrom >= p.value) return false;
  if (p.kind === 'measure') return true;
  return p.kind === 'noun' && COUNTED_NOUNS.has(p.singular) && !TIME_SPAN_NOUNS.has(p.singular);
}

export const tightRangeFilter: FigureFilter = {
  id: 'fr.figure.filter.tight-range',
  reason: 'after `N-` or `N/`, a number is a range\'s upper end only before a counted noun or a symbol (`100-120 personnes`, `10/12 %`); else a code, a date, a fraction or an age bracket (`2014-856 du`, `2/3 des`, `18-25 ans`)',
  rejects: (p) => p.rangeFrom !== undefined && !closesCountRange(p),
};

export const versionFilter: FigureFilter = {
  id: 'fr.figure.filter.version',
  reason: 'a version number in a name (`Industrie 4.0`, `AGIR 2.0`): no count is written with a point and a lone zero',
  rejects: (p) => p.digits !== undefined && /^\d{1,2}\.0$/u.test(p.digits),
};
