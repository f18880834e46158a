/**
 * `fr.organisation.candidate`: organisations with no type word, found as list items and kept
 * when their evidence scores high enough (organisation/score.ts). Runs after the parsers, so a
 * list whose other items are organisations found by other rules counts as evidence. Only spans
 * no other candidate covers are added; each keeps the evidence that fired.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { proposeCandidates } from '../organisation/candidates.js';
import { evidenceFor, isNameShaped, overlapsOrganisation } from '../organisation/evidence.js';
import { THRESHOLD, confidenceOf, score } from '../organisation/score.js';

export const organisationCandidatesRefiner: Refiner = {
  id: 'fr.organisation.candidate',
  refine(context, candidates): Candidate[] {
    const proposed = proposeCandidates(context.text);
    const listsWithOrganisation = new Set(proposed.filter((c) => overlapsOrganisation(candidates, c.start, c.end)).map((c) => c.list));
    const added: Candidate[] = [];
    for (const candidate of proposed) {
      if (!isNameShaped(candidate.name)) continue;
      if (candidates.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
      const evidence = evidenceFor(candidate, listsWithOrganisation.has(candidate.list), false);
      const total = score(evidence);
      if (total < THRESHOLD) continue;
      added.push({
        type: 'organisation', start: candidate.start, end: candidate.end, value: candidate.name,
        confidence: confidenceOf(total), rule: this.id, inferred: [], evidence,
      });
    }
    return [...candidates, ...added];
  },
};
