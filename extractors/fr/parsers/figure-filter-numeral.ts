/**
 * `… LE BILAN 2019 7⏎II - Les ateliers`, `…… 9⏎IN - La suite`: in a table of contents whose
 * dot leaders OCR lost or read as letters, a page number ends a line and the next line opens on a
 * part's Roman numeral (`III` often read `IN` or `Ill`) and its dash or dot. The numeral numbers
 * the part; no figure counts Roman numerals.
 */
import type { FigureFilter } from './figure-filter.js';

/** A Roman numeral as OCR reads it: `I`, `II`, `IV`, `XII`, and `III` read with `N` or `l` (`IN`, `Ill`). */
const NUMERAL = /^(?:[IVX]{1,5}|I[Nl]|Il[l]?)$/u;
/** What follows a part's numeral: a dash, a dot, a colon or a bracket. */
const PART_MARK = /^[ \t]*[-–—.:)]/u;

export const partNumeralFilter: FigureFilter = {
  id: 'fr.figure.filter.part-numeral',
  reason: "a page number before the next line's part numeral (`7⏎II - Les ateliers`): the numeral numbers a part",
  rejects: (p) =>
    p.unitWord !== undefined && p.gap.includes('\n') && NUMERAL.test(p.unitWord) && PART_MARK.test(p.text.slice(p.unitEnd, p.unitEnd + 4)),
};
