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

/** Whether a cell of `covered` in [start, end) is set (a loop: no view, no callback per cell). */
function coversAny(covered: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (covered[index] === 1) return true;
  return false;
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
    // Which characters a kept candidate covers: checking a span costs its length, not the
    // number of candidates kept so far, so a long page stays linear.
    let last = 0;
    for (const candidate of candidates) last = Math.max(last, candidate.end);
    const covered = new Uint8Array(last + 1);
    const kept: Candidate[] = [];
    for (const { candidate } of ranked) {
      if (candidate.end === candidate.start) {
        if (kept.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
      } else if (coversAny(covered, candidate.start, candidate.end)) continue;
      covered.fill(1, candidate.start, candidate.end);
      kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
