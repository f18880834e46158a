/**
 * `isExample` and `weighByValue` (scripts/eval/decision-examples.ts): which organisation proposals
 * `npm run fit:org` learns from, and how much each counts.
 */
import { describe, expect, it } from 'vitest';
import { documentValueKey, isExample, weighByValue } from '../../../scripts/eval/decision-examples.js';

describe('isExample', () => {
  it('keeps a proposal whose decision can change the output', () => {
    expect(isExample({ match: 'required', handKept: true, reachesOutput: true })).toBe(true);
    expect(isExample({ match: 'required', handKept: false, reachesOutput: false })).toBe(true);
    expect(isExample({ match: null, handKept: true, reachesOutput: true })).toBe(true);
    expect(isExample({ match: null, handKept: false, reachesOutput: false })).toBe(true);
    // A gold name the hand rules keep that a later refiner drops is still learnt from (the fit's labels are unchanged).
    expect(isExample({ match: 'required', handKept: true, reachesOutput: false })).toBe(true);
  });

  it('leaves out an optional match, and a wrong proposal kept by hand that a later refiner removes anyway', () => {
    expect(isExample({ match: 'optional', handKept: true, reachesOutput: true })).toBe(false);
    expect(isExample({ match: 'optional', handKept: false, reachesOutput: false })).toBe(false);
    expect(isExample({ match: null, handKept: true, reachesOutput: false })).toBe(false);
  });
});

describe('weighByValue', () => {
  it('gives the examples of one value one unit of weight between them', () => {
    const weighed = weighByValue([
      { features: { a: 1 }, label: 1, key: 'brumelune' },
      { features: { b: 1 }, label: 1, key: 'brumelune' },
      { features: { c: 1 }, label: 0, key: 'valtorine' },
      { features: { d: 1 }, label: 1, key: 'brumelune' },
    ]);
    expect(weighed.map((example) => example.weight)).toEqual([1 / 3, 1 / 3, 1, 1 / 3]);
    expect(weighed.every((example) => !('key' in example))).toBe(true);
    expect(weighed.map((example) => example.label)).toEqual([1, 1, 0, 1]);
  });

  it('scales a weight already given, and leaves a lone value at its weight', () => {
    const weighed = weighByValue([
      { features: {}, label: 0, key: 'arvellis', weight: 2 },
      { features: {}, label: 0, key: 'arvellis', weight: 2 },
      { features: {}, label: 1, key: 'quennevic' },
    ]);
    expect(weighed.map((example) => example.weight)).toEqual([1, 1, 1]);
  });

  it('reads nothing from an empty document', () => {
    expect(weighByValue([])).toEqual([]);
  });
});

describe('documentValueKey', () => {
  const first = { set: 'web-arvel', kind: 'exported', doc: 'd01' };

  it('keys one value of one document alike, so its examples share one unit', () => {
    const key = documentValueKey(first, 'brumelune');
    const weighed = weighByValue([
      { features: {}, label: 1, key },
      { features: {}, label: 1, key: documentValueKey({ ...first }, 'brumelune') },
    ]);
    expect(weighed.map((example) => example.weight)).toEqual([0.5, 0.5]);
  });

  it('keys the same value apart in another document, kind or set: each counts a whole unit', () => {
    const keys = [
      documentValueKey(first, 'brumelune'),
      documentValueKey({ ...first, doc: 'd02' }, 'brumelune'),
      documentValueKey({ ...first, kind: 'noisy' }, 'brumelune'),
      documentValueKey({ ...first, set: 'web-quen' }, 'brumelune'),
    ];
    expect(new Set(keys).size).toBe(4);
    expect(weighByValue(keys.map((key) => ({ features: {}, label: 0, key }))).map((example) => example.weight)).toEqual([1, 1, 1, 1]);
  });

  it('keys two values of one document apart', () => {
    expect(documentValueKey(first, 'brumelune')).not.toBe(documentValueKey(first, 'valtorine'));
  });
});
