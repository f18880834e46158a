/**
 * A bare number before `dans`/`en`…, or an adjective or participle standing for a noun, repeats
 * the unit of the figure just before it in the same sentence (`18 candidatures retenues, 5 dans
 * les HDF` → 5 candidature; `80 visiteurs, dont 25 en famille` → 25 visiteur, even when the PDF
 * wraps the line between them); without one it is dropped.
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

export const figureEllipsisRefiner: Refiner = {
  id: 'fr.figure.ellipsis',
  refine(context, candidates): Candidate[] {
    const result: Candidate[] = [];
    let previous: Candidate | undefined;
    // Candidates arrive sorted by start (remove-overlaps runs first).
    for (const candidate of candidates) {
      if (candidate.type !== 'figure') {
        result.push(candidate);
        continue;
      }
      if (candidate.unit === undefined) {
        const unit = previous?.unit;
        if (previous !== undefined && unit !== undefined && sameSentence(context.text.slice(previous.end, candidate.start))) {
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
