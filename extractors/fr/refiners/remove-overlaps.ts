/**
 * Keeps one candidate where spans overlap: the longer one, then the one of the higher-priority
 * type (contacts, then dates, figures, people, organisations), then the one found first.
 * A person and an organisation on one span: the more confident. Identical spans of one type collapse to one. Two date ends of a range never overlap.
 */
import type { Candidate, MentionType, Refiner } from '../../core/types.js';

const PRIORITY: Readonly<Record<MentionType, number>> = { email: 0, url: 1, phone: 2, date: 3, figure: 4, person: 5, organisation: 6, role: 7 };

/**
 * `la coopérative Rosa Lumière`: the same span read as a person and, after a type word, as an
 * organisation; the organisation wins when it is the more confident reading.
 */
function namedAfterTypeWord(a: Candidate, b: Candidate): number {
  if (a.start !== b.start || a.end !== b.end) return 0;
  const pair = new Set([a.type, b.type]);
  if (!pair.has('person') || !pair.has('organisation')) return 0;
  return b.confidence - a.confidence;
}

export const removeOverlapsRefiner: Refiner = {
  id: 'fr.remove-overlaps',
  refine(_context, candidates): Candidate[] {
    const ranked = candidates
      .map((candidate, index) => ({ candidate, index }))
      .sort(
        (a, b) =>
          b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) ||
          namedAfterTypeWord(a.candidate, b.candidate) ||
          PRIORITY[a.candidate.type] - PRIORITY[b.candidate.type] ||
          a.index - b.index,
      );
    const kept: Candidate[] = [];
    for (const { candidate } of ranked) {
      if (kept.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
      kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
