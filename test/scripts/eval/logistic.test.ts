/**
 * The L2-regularised logistic regression of `npm run fit:org` (scripts/eval/logistic.ts): it
 * learns the sign of a feature that predicts the label, shrinks weights as the penalty grows, and
 * gives the same weights whatever the order of the examples (the fit must be reproducible).
 */
import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../../scripts/eval/logistic.js';
import type { Example } from '../../../scripts/eval/logistic.js';

/** `good` makes the label likely 1 (8 of 10), `bad` likely 0 (8 of 10), `noise` says nothing. */
function examples(): Example[] {
  const list: Example[] = [];
  for (let i = 0; i < 10; i += 1) {
    list.push({ features: { good: 1, ...(i % 2 === 0 ? { noise: 1 } : {}) }, label: i < 8 ? 1 : 0 });
    list.push({ features: { bad: 1, ...(i % 2 === 1 ? { noise: 1 } : {}) }, label: i < 8 ? 0 : 1 });
  }
  return list;
}

describe('fitLogistic', () => {
  it('learns the sign of predictive features and little for noise', () => {
    const fit = fitLogistic(examples(), 0.1);
    expect(fit.weights['good']).toBeGreaterThan(0.5);
    expect(fit.weights['bad']).toBeLessThan(-0.5);
    expect(Math.abs(fit.weights['noise'] ?? 1)).toBeLessThan(0.2);
  });

  it('approaches the frequencies without a penalty: p(good) = 0.8', () => {
    const fit = fitLogistic(examples(), 1e-6);
    expect(1 / (1 + Math.exp(-(fit.bias + (fit.weights['good'] ?? 0) + (fit.weights['noise'] ?? 0) / 2)))).toBeCloseTo(0.8, 1);
  });

  it('shrinks the weights as the penalty grows', () => {
    expect(Math.abs(fitLogistic(examples(), 10).weights['good'] ?? 0)).toBeLessThan(Math.abs(fitLogistic(examples(), 0.1).weights['good'] ?? 0));
  });

  it('gives the same weights whatever the order of the examples', () => {
    const forward = fitLogistic(examples(), 1);
    const backward = fitLogistic([...examples()].reverse(), 1);
    expect(backward.bias).toBeCloseTo(forward.bias, 9);
    for (const name of Object.keys(forward.weights)) expect(backward.weights[name]).toBeCloseTo(forward.weights[name] ?? 0, 9);
  });

  it('weights an example by its weight: one example of weight 2 counts as two', () => {
    const doubled = fitLogistic([{ features: { a: 1 }, label: 1, weight: 2 }, { features: { a: 1 }, label: 0 }], 1);
    const twice = fitLogistic([{ features: { a: 1 }, label: 1 }, { features: { a: 1 }, label: 1 }, { features: { a: 1 }, label: 0 }], 1);
    expect(doubled.weights['a']).toBeCloseTo(twice.weights['a'] ?? 0, 9);
  });
});
