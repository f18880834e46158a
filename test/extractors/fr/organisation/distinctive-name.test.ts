/**
 * `isDistinctiveName` (extractors/fr/organisation/distinctive-name.ts): a French compound written
 * with an apostrophe and a lower-case letter (`Aujourd'hui`) is one common word, not an unknown
 * word that would make a phrase a name; coined names and elisions are read as before. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { isDistinctiveName } from '../../../../extractors/fr/organisation/distinctive-name.js';

describe('isDistinctiveName: compounds with an apostrophe', () => {
  it('a compound word is no distinctive word (≥ 3 positive cases)', () => {
    expect(isDistinctiveName("Aujourd'hui")).toBe(false);
    expect(isDistinctiveName('Aujourd’hui')).toBe(false);
    expect(isDistinctiveName("Presqu'île")).toBe(false);
    expect(isDistinctiveName("Prud'hommes")).toBe(false);
  });
  it('a coined name or a name after an elision still is (≥ 2 negative cases)', () => {
    expect(isDistinctiveName("Vél'Ouest")).toBe(true);
    expect(isDistinctiveName("Kal'Immo")).toBe(true);
    expect(isDistinctiveName('Terre d’Orvalis')).toBe(true);
    expect(isDistinctiveName("Aujourd'hui Kalimba")).toBe(true);
  });
});
