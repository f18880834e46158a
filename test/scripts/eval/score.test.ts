/**
 * `goldMatch` (scripts/eval/score.ts) labels a proposal by the scorer's own rule: the fit of the
 * organisation decision learns from these labels, so they must agree with what `scoreDocument`
 * counts as a hit, a false positive, or neither (an optional entity).
 */
import { describe, expect, it } from 'vitest';
import { finish, goldMatch, scoreDocument } from '../../../scripts/eval/score.js';
import type { GoldDocument, TypeScore } from '../../../scripts/eval/score.js';

const GOLD: GoldDocument = {
  doc: 'x01',
  entities: [
    { type: 'organisation', text: 'la Coopérative Brume', norm: 'Coopérative Brume', aliases: ['Brume'] },
    { type: 'organisation', text: 'Réseau Alpha', norm: 'Réseau Alpha', optional: true },
    { type: 'person', text: 'Rose Petit', norm: 'Rose Petit' },
  ],
};

describe('goldMatch', () => {
  it('matches by norm, alias or text, articles, case and accents aside', () => {
    expect(goldMatch(GOLD, { type: 'organisation', value: 'Coopérative Brume' })).toBe('required');
    expect(goldMatch(GOLD, { type: 'organisation', value: 'la COOPERATIVE BRUME' })).toBe('required');
    expect(goldMatch(GOLD, { type: 'organisation', value: 'Brume' })).toBe('required');
  });

  it('says optional for an optional entity, null for no entity or another type', () => {
    expect(goldMatch(GOLD, { type: 'organisation', value: 'Réseau Alpha' })).toBe('optional');
    expect(goldMatch(GOLD, { type: 'organisation', value: 'Main Verte' })).toBeNull();
    expect(goldMatch(GOLD, { type: 'organisation', value: 'Rose Petit' })).toBeNull();
  });

  it('agrees with scoreDocument: required names are hits, null ones false positives, optional ones neither', () => {
    const values = ['Coopérative Brume', 'Réseau Alpha', 'Main Verte'];
    const totals = new Map<string, TypeScore>();
    scoreDocument(GOLD, values.map((value) => ({ type: 'organisation', value })), ['organisation'], totals);
    finish(totals);
    const labels = values.map((value) => goldMatch(GOLD, { type: 'organisation', value }));
    expect(totals.get('organisation')).toMatchObject({ tp: labels.filter((l) => l === 'required').length, fp: labels.filter((l) => l === null).length });
  });
});
