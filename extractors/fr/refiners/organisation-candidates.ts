/**
 * `fr.organisation.candidate`: organisations with no type word, found as list items and weighed
 * by their evidence (organisation/score.ts). Runs after the parsers, so a list whose other items
 * are organisations found by other rules counts as evidence. Only spans no other candidate covers
 * are added; each keeps the evidence that fired and its hand score (`data.handScore`). Candidates
 * below THRESHOLD are proposed too: `fr.organisation.decision` (organisation-decision.ts) keeps
 * or drops every proposal, so a fitted decision can take one the hand score would not.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { proposeCandidates } from '../organisation/candidates.js';
import { evidenceFor, isNameShaped, overlapsOrganisation } from '../organisation/evidence.js';
import { THRESHOLD, confidenceOf, score } from '../organisation/score.js';
import { endsWithWord } from '../../core/pattern.js';
import { ORGANISATION_LIST_CUES } from '../lexicon/organisation-list-cues.js';

const ACRONYM_RULE = 'fr.organisation.acronym';
/** A cue word a few words before a quoted name (`figure parmi les lauréats « X »`). */
const CUE_BEFORE = endsWithWord(ORGANISATION_LIST_CUES, '[^.!?\\n]{0,30}?["«][ \\t]*');

export const organisationCandidatesRefiner: Refiner = {
  id: 'fr.organisation.candidate',
  refine(context, candidates): Candidate[] {
    const proposed = proposeCandidates(context.text, candidates.filter((other) => other.type === 'organisation'));
    // Only lists count: a quoted or sentence candidate is a list of one (its own inner acronyms are no neighbours).
    const listsWithOrganisation = new Set(proposed.filter((c) => c.listSize > 1 && overlapsOrganisation(candidates, c.start, c.end)).map((c) => c.list));
    const added: Candidate[] = [];
    let kept: readonly Candidate[] = candidates;
    for (const candidate of proposed) {
      if (!isNameShaped(candidate.name)) continue;
      // A quoted name may replace acronym readings of its own words (`"MARÉE NOIRE SOLIDAIRE"`).
      const inside = (other: Candidate): boolean => candidate.source === 'quoted' && other.rule === ACRONYM_RULE && other.start >= candidate.start && other.end <= candidate.end;
      if (kept.some((other) => other.start < candidate.end && candidate.start < other.end && !inside(other))) continue;
      const cue = CUE_BEFORE.test(context.text.slice(Math.max(0, candidate.start - 40), candidate.start));
      const evidence = evidenceFor(candidate, listsWithOrganisation.has(candidate.list), false, cue, context.text.slice(candidate.end, candidate.end + 40));
      const total = score(evidence);
      // Only a name the hand score keeps replaces the acronym readings of its words.
      if (total >= THRESHOLD) kept = kept.filter((other) => !inside(other));
      added.push({
        type: 'organisation', start: candidate.start, end: candidate.end, value: candidate.name,
        confidence: confidenceOf(total), rule: this.id, inferred: [], evidence, data: { handScore: total },
      });
    }
    return [...kept, ...added];
  },
};
