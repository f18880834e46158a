/**
 * The hand score of a name candidate: a weighted sum of named evidence against one threshold.
 * Weights are hand-set, readable, and each is pinned by JSON cases in
 * fixtures/cases/fr/organisation-candidate.json (a feature's effect is what those cases show).
 * `fr.organisation.decision` (refiners/organisation-decision.ts) keeps a candidate at or above
 * THRESHOLD while its fitted model's scope is `hand` (decision-weights.ts); to change such a
 * decision, change a weight here.
 */
import type { Evidence } from './evidence.js';

export const WEIGHTS: Readonly<Record<Evidence, number>> = {
  'list-with-organisation': 2,
  'list-cue': 2,
  'list-siblings': 1.5,
  'long-list': 0.5,
  'place-dash-line': 2,
  'quoted-name': 0.5,
  'after-cue-word': 1.5,
  'article-mid-sentence': 2,
  'region-bracket': 2,
  'possessive-role': 2,
  'kind-example': 2,
  'verb-subject': 2,
  'cleft-subject': 2,
  coordinated: 2,
  'kind-after': 2,
  'dash-kind': 1,
  'kind-quoted': 2,
  'title-run': 2,
  'plain-title-run': -1,
  'person-affiliation': 2,
  attendance: 2,
  'award-winner': 2,
  'credit-line': 2,
  'after-preposition': 1.5,
  'kind-before': 2,
  'heading-repeated': 2,
  'capitalised-kind': 3,
  'kind-then-name': 2,
  'press-cue': 3,
  'meeting-of': 2,
  'person-named': 3,
  'entry-line': 2,
  'list-head': 2,
  'bracket-name': 2,
  'coined-name': 2,
  'paired-name': 2,
  'lower-brand': 3,
  'article-coined': 2,
  'numbered-name': 1,
  'department-numbered': 2,
  'number-pair': 3,
  'sentence-case-place': 3,
  'role-after': -4,
  'known-name': 3,
  'distinctive-word': 1,
  'title-case': 1,
  'coined-word': 1.5,
  'capitalised-article': 1,
  'person-like': -4,
  place: -4,
  'place-siblings': -4,
  'person-siblings': -4,
  'place-context': -4,
  'common-word': -2,
  'capital-mid-sentence': 1,
  'calendar-word': -4,
  'glued-article': -4,
  'lower-word-after': -2,
  'name-before': -2,
};

/** A candidate is kept as an organisation at or above this score. */
export const THRESHOLD = 3;

export function score(evidence: readonly Evidence[]): number {
  return evidence.reduce((sum, feature) => sum + WEIGHTS[feature], 0);
}

/** Confidence of a kept candidate: grows with the score, capped below the type-word rules. */
export function confidenceOf(total: number): number {
  return Math.min(0.8, 0.4 + 0.08 * total);
}
