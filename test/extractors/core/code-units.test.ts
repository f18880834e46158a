import { describe, expect, it } from 'vitest';
import { LETTER_UNIT, OTHER_UNIT, SURROGATE_UNIT, foldUnit, letterLength, unitKind } from '../../../extractors/core/code-units.js';

describe('unitKind and letterLength', () => {
  it('tells letters (any script, accented) from other units, as \\p{L} does', () => {
    for (const letter of ['a', 'Z', 'é', 'Œ', 'ß', 'ſ', 'Ж']) expect(unitKind(letter.charCodeAt(0))).toBe(LETTER_UNIT);
    for (const other of [' ', '1', "'", '’', '-', '\u00a0', '·']) expect(unitKind(other.charCodeAt(0))).toBe(OTHER_UNIT);
    expect(unitKind(0xd835)).toBe(SURROGATE_UNIT);
  });

  it('reads an astral letter as two units, an astral symbol and a lone surrogate as none', () => {
    expect(letterLength('𝒜b', 0)).toBe(2);
    expect(letterLength('😀b', 0)).toBe(0);
    expect(letterLength('\ud835b', 0)).toBe(0);
    expect(letterLength('éb', 0)).toBe(1);
    expect(letterLength('1b', 0)).toBe(0);
  });
});

describe('foldUnit', () => {
  it('folds together every code unit an ignore-case Unicode pattern takes for a letter of French words', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ';
    for (const letter of [...letters, ...letters.toUpperCase()]) {
      const same = new RegExp(`^${letter}$`, 'iu');
      for (let unit = 0; unit < 0x10000; unit += 1) {
        if (unit >= 0xd800 && unit <= 0xdfff) continue;
        if (same.test(String.fromCharCode(unit))) expect([letter, unit, foldUnit(unit)]).toEqual([letter, unit, foldUnit(letter.charCodeAt(0))]);
      }
    }
  });
});
