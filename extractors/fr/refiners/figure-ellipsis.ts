/**
 * A bare number before `dans`/`en`… repeats the unit of the figure just before it on the same
 * line (`18 candidatures retenues, 5 dans les HDF` → 5 candidature); without one it is dropped.
 */
import type { Candidate, Refiner } from '../../core/types.js';

export const figureEllipsisRefiner: Refiner = {
  id: 'fr.figure.ellipsis',
  refine(context, candidates): Candidate[] {
    const figures = candidates.filter((candidate) => candidate.type === 'figure' && candidate.unit !== undefined);
    const result: Candidate[] = [];
    for (const candidate of candidates) {
      if (candidate.type !== 'figure' || candidate.unit !== undefined) {
        result.push(candidate);
        continue;
      }
      const previous = figures.filter((figure) => figure.end <= candidate.start && !context.text.slice(figure.end, candidate.start).includes('\n')).at(-1);
      if (previous?.unit === undefined) continue;
      candidate.unit = previous.unit;
      result.push(candidate);
    }
    return result;
  },
};
