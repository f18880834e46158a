/**
 * `fr.organisation.decision` applies the weights it is given: a decision flips when one feature
 * flips, only the proposals of the model's scope are decided by it, and a kept proposal records
 * the features that weighed most. The committed weights (decision-weights.ts) are what
 * `npm run fit:org` writes from the eval data (outside the repo); these tests pin the mechanism.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, ParsingContext } from '../../../../extractors/core/types.js';
import { DECISION_MODEL } from '../../../../extractors/fr/organisation/decision-weights.js';
import { logOdds, modelDecides, probability, strongestFeatures } from '../../../../extractors/fr/organisation/decision.js';
import type { DecisionModel } from '../../../../extractors/fr/organisation/decision.js';
import { makeOrganisationDecisionRefiner } from '../../../../extractors/fr/refiners/organisation-decision.js';

function page(text: string): ParsingContext {
  return { text, page: 1, source: 'text', document: {} };
}

/** An organisation proposal on the first occurrence of `name` in `text`. */
function proposal(text: string, name: string, rule = 'fr.organisation.candidate', handScore?: number): Candidate {
  const start = text.indexOf(name);
  return {
    type: 'organisation', start, end: start + name.length, value: name, confidence: 0.6, rule, inferred: [],
    ...(handScore === undefined ? {} : { data: { handScore }, evidence: ['title-case'] }),
  };
}

/** Keeps a proposal between quotes, drops the others: in-quotes is the only feature that counts. */
const QUOTES: DecisionModel = { scope: 'all', bias: -1, threshold: 0.5, weights: { 'in-quotes': 2 } };

describe('fr.organisation.decision', () => {
  it('a decision flips when the feature flips: the same name kept between quotes, dropped without', () => {
    const refiner = makeOrganisationDecisionRefiner(QUOTES);
    const quoted = 'Le projet « Granit Rose » avance.';
    const bare = 'Le projet Granit Rose avance.';
    expect(refiner.refine(page(quoted), [proposal(quoted, 'Granit Rose')]).map((c) => c.value)).toEqual(['Granit Rose']);
    expect(refiner.refine(page(bare), [proposal(bare, 'Granit Rose')])).toEqual([]);
  });

  it('flips with the weight too: the same page, the opposite sign', () => {
    const quoted = 'Le projet « Granit Rose » avance.';
    const against = makeOrganisationDecisionRefiner({ ...QUOTES, bias: 1, weights: { 'in-quotes': -2 } });
    expect(against.refine(page(quoted), [proposal(quoted, 'Granit Rose')])).toEqual([]);
  });

  it('a kept proposal records the features that weighed most as fit: evidence, after its own', () => {
    const quoted = 'Le projet « Granit Rose » avance.';
    const [kept] = makeOrganisationDecisionRefiner(QUOTES).refine(page(quoted), [proposal(quoted, 'Granit Rose', 'fr.organisation.candidate', 1)]);
    expect(kept?.evidence).toEqual(['title-case', 'fit:in-quotes']);
  });

  it('leaves other types alone', () => {
    const text = 'Le projet Granit Rose avance le 3 mai.';
    const date: Candidate = { type: 'date', start: 30, end: 35, value: '--05-03', confidence: 0.9, rule: 'fr.date.absolute', inferred: [] };
    expect(makeOrganisationDecisionRefiner(QUOTES).refine(page(text), [date, proposal(text, 'Granit Rose')])).toEqual([date]);
  });

  it('scope hand: parsers’ mentions kept, candidates by their hand score, whatever the weights', () => {
    const hand = makeOrganisationDecisionRefiner({ ...QUOTES, scope: 'hand', bias: -10 });
    const text = 'La coopérative Bricolune et Granit Rose et Main Verte.';
    const kept = hand.refine(page(text), [
      proposal(text, 'Bricolune', 'fr.organisation.named'),
      proposal(text, 'Granit Rose', 'fr.organisation.candidate', 3),
      proposal(text, 'Main Verte', 'fr.organisation.candidate', 2),
    ]);
    expect(kept.map((c) => c.value)).toEqual(['Bricolune', 'Granit Rose']);
  });

  it('scope candidates: the model decides name candidates, the hand rule the parsers’ mentions', () => {
    const text = 'La coopérative Bricolune et Granit Rose.';
    const refiner = makeOrganisationDecisionRefiner({ ...QUOTES, scope: 'candidates' });
    const kept = refiner.refine(page(text), [proposal(text, 'Bricolune', 'fr.organisation.named'), proposal(text, 'Granit Rose', 'fr.organisation.candidate', 5)]);
    expect(kept.map((c) => c.value)).toEqual(['Bricolune']);
    expect(modelDecides({ ...QUOTES, scope: 'weak' }, 'fr.organisation.list-neighbours')).toBe(true);
    expect(modelDecides({ ...QUOTES, scope: 'weak' }, 'fr.organisation.named')).toBe(false);
    expect(modelDecides({ ...QUOTES, scope: 'candidates' }, 'fr.organisation.cued')).toBe(false);
  });
});

describe('the logistic model', () => {
  it('adds the weights of the features present to the bias', () => {
    const model = { bias: -1, weights: { a: 2, b: -0.5 } };
    expect(logOdds(model, { a: 1, b: 2, c: 7 })).toBeCloseTo(0);
    expect(probability(model, { a: 1, b: 2 })).toBeCloseTo(0.5);
    expect(probability(model, {})).toBeLessThan(0.5);
  });

  it('names the strongest features pushing toward the decision taken', () => {
    const model: DecisionModel = { scope: 'all', bias: 0, threshold: 0.5, weights: { a: 2, b: 0.5, c: -1, d: 1 } };
    expect(strongestFeatures(model, { a: 1, b: 1, c: 1, d: 1 }, true, 2)).toEqual(['fit:a', 'fit:d']);
    expect(strongestFeatures(model, { a: 1, b: 1, c: 1, d: 1 }, false)).toEqual(['fit:c']);
  });

  it('the committed model is well formed (finite weights, a threshold in (0, 1), a known scope)', () => {
    expect(['all', 'weak', 'candidates', 'hand']).toContain(DECISION_MODEL.scope);
    expect(DECISION_MODEL.threshold).toBeGreaterThan(0);
    expect(DECISION_MODEL.threshold).toBeLessThan(1);
    expect(Object.values(DECISION_MODEL.weights).every(Number.isFinite)).toBe(true);
  });
});
