/**
 * A bare number before `dans`/`en`…, or an adjective or participle standing for a noun, repeats
 * the unit of the figure just before it in the same sentence (`18 candidatures retenues, 5 dans
 * les HDF` → 5 candidature; `80 visiteurs, dont 25 en famille` → 25 visiteur, even when the PDF
 * wraps the line between them); without one it is dropped. A number that opens a range takes the
 * unit of the number closing it instead (`9 salariés, de 30 à 800 tonnes` → 30 tonne).
 */
import type { Candidate, Refiner } from '../../core/types.js';

/** Most text between a figure and the number that borrows its unit. */
const REACH = 120;

/**
 * True when nothing between two figures ends a sentence, a list item or a layout line of its
 * own: a full stop, a semicolon, a bullet or dash opening an item, a blank line, a table cell.
 */
function sameSentence(between: string): boolean {
  return between.length <= REACH && !/[.!?;|•]|\n[ \t]*\n|\n[ \t]*[-–—*]|[ \t][–—-][ \t]/u.test(between);
}

/**
 * Only a range's link between two numbers: `de 30 à 800 tonnes`, `entre 5 et 8 %`, `12-15 salariés`;
 * OCR may lose the accent of `à` (`de 30 a 800 tonnes`: between two numbers `a` is no verb).
 */
const RANGE_LINK = /^(?:[ \t]*\n?[ \t]*(?:à|a|au|et)[ \t]*\n?[ \t]*|[ \t]*[-–][ \t]*)$/u;

/** The next figure of `candidates` after index `at`, skipping other types. */
function nextFigure(candidates: readonly Candidate[], at: number): Candidate | undefined {
  for (let index = at + 1; index < candidates.length; index += 1) {
    const candidate = candidates[index];
    if (candidate?.type === 'figure') return candidate;
  }
  return undefined;
}

/**
 * `9 salariés… de 30 à 800 tonnes`, `7 projets… de 40 000 à 90 000 euros`: a bare number that
 * opens a range counts what the number closing it counts, not what the figure before the range counted.
 */
function rangeUnit(text: string, candidate: Candidate, next: Candidate | undefined): string | undefined {
  if (next?.unit === undefined || next.start < candidate.end) return undefined;
  return RANGE_LINK.test(text.slice(candidate.end, next.start)) ? next.unit : undefined;
}

/**
 * A count, then its noun and a complement opened by `de` or `pour` right before a figure, in one
 * clause (`1 emploi pour 800 tonnes`, `8 lauréats dotés d'une bourse de 4 500 euros`): the figure
 * completes that counted head. Not a year (`en 2023 une aide de`).
 */
const COUNTED_HEAD_BEFORE = /(?<![\p{L}\p{N},.])\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \t\n]+\p{L}[^,.;:!?()\d\n]{0,48}[^\p{L}](?:de|d['’]|pour)[ \t\n]*$/u;
/** How far before a figure its counted head is looked for. */
const HEAD_REACH = 72;
/** Only `et` between two numbers. */
const AND_ONLY = /^[ \t\n]*et[ \t\n]+$/u;

/**
 * `1 emploi pour 800 tonnes et 4 pour le tri`, `8 lauréats dotés d'une bourse de 4 500 euros et 3
 * sans`: a bare number after `et` parallels the counted head that the figure before completes, not
 * that complement; it borrows nothing from it. With no counted head (`une aide de 2 000 euros et 500
 * de la commune`) it still repeats the figure's unit.
 */
function coordinatedWithHead(text: string, candidate: Candidate, previous: Candidate): boolean {
  return AND_ONLY.test(text.slice(previous.end, candidate.start)) && COUNTED_HEAD_BEFORE.test(text.slice(Math.max(0, previous.start - HEAD_REACH), previous.start));
}

/** The unit of the figure before, when it stands in the same sentence. */
function borrowedUnit(text: string, candidate: Candidate, previous: Candidate | undefined): string | undefined {
  if (previous === undefined || !sameSentence(text.slice(previous.end, candidate.start))) return undefined;
  return coordinatedWithHead(text, candidate, previous) ? undefined : previous.unit;
}

export const figureEllipsisRefiner: Refiner = {
  id: 'fr.figure.ellipsis',
  refine(context, candidates): Candidate[] {
    const result: Candidate[] = [];
    let previous: Candidate | undefined;
    // Candidates arrive sorted by start (remove-overlaps runs first).
    for (const [index, candidate] of candidates.entries()) {
      if (candidate.type !== 'figure') {
        result.push(candidate);
        continue;
      }
      if (candidate.unit === undefined) {
        // A number that borrows a unit opening a range takes the range's (a range alone keeps no start: `de 15 à 25 %`).
        const borrowed = borrowedUnit(context.text, candidate, previous);
        const unit = borrowed === undefined ? undefined : rangeUnit(context.text, candidate, nextFigure(candidates, index)) ?? borrowed;
        if (unit !== undefined) {
          candidate.unit = unit;
          // The unit is this refiner's reading: the mention names it (`fr.figure.ellipsis`).
          candidate.rule = 'fr.figure.ellipsis';
          result.push(candidate);
        }
        continue;
      }
      previous = candidate;
      result.push(candidate);
    }
    return result;
  },
};
