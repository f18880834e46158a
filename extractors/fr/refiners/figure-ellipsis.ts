/**
 * A bare number before `dans`/`en`… repeats the unit of the figure just before it on the same
 * line (`18 candidatures retenues, 5 dans les HDF` → 5 candidature); without one it is dropped.
 */
import type { Candidate, Refiner } from '../../core/types.js';

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
        // Only a number on the same line as the previous figure borrows its unit.
        if (previous !== undefined && unit !== undefined && !context.text.slice(previous.end, candidate.start).includes('\n')) {
          candidate.unit = unit;
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
