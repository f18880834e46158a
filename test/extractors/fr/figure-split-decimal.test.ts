/**
 * `fr.figure.count.split-decimal` (extractors/fr/figure-split-decimal.ts): a decimal comma with a
 * stray space before a multiplier. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../extractors/index.js';
import { splitDecimal } from '../../../extractors/fr/figure-split-decimal.js';

const RULE = 'fr.figure.count.split-decimal';
const figures = (text: string) =>
  extractPage({ page: 1, source: 'text', text }, {}).filter((m) => m.type === 'figure').map((m) => ({ value: m.value, unit: m.unit, rule: m.rule }));

describe(RULE, () => {
  it('reads `2, 5 millions d’euros` as 2,5 millions', () => {
    expect(figures('Le fonds atteint 2, 5 millions d’euros cette année.')).toEqual([{ value: '2500000', unit: 'euro', rule: RULE }]);
  });
  it('reads two decimal digits and a multiplier noun with `de`', () => {
    expect(figures('Il vise 4, 25 milliards d’euros.')).toEqual([{ value: '4250000000', unit: 'euro', rule: RULE }]);
    expect(figures('La plateforme a touché 3, 5 millions de personnes.')).toEqual([{ value: '3500000', unit: 'personne', rule: RULE }]);
  });
  it('leaves a year before the comma alone (`depuis 2021, 3 millions`)', () => {
    expect(figures('Depuis 2021, 3 millions d’euros sont versés chaque année.')).toEqual([{ value: '3000000', unit: 'euro', rule: 'fr.figure.count' }]);
  });
  it('leaves a number with no multiplier alone (`1, 2 %`)', () => {
    expect(figures('Une hausse de 1, 2 % en un an.').map((f) => f.rule)).not.toContain(RULE);
  });
  it('needs one space exactly, one to three integer digits and one or two decimal digits', () => {
    expect(splitDecimal('pour 2, 5', 8, '5')).toEqual({ start: 5, value: 2.5 });
    expect(splitDecimal('pour 2,  5', 9, '5')).toBeUndefined();
    expect(splitDecimal('pour 2, 125', 8, '125')).toBeUndefined();
    expect(splitDecimal('pour 1 200, 5', 12, '5')).toBeUndefined();
    expect(splitDecimal('lot2, 5', 6, '5')).toBeUndefined();
  });
});
