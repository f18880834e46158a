import { describe, expect, it } from 'vitest';
import { HOLDS_LETTER, letterRunEnd, letterRunStart, spliced } from '../../../extractors/core/word-shape.js';

describe('spliced', () => {
  it('replaces the given characters, undoing or making one confusion', () => {
    expect(spliced('pdles', 1, 1, 'ô')).toBe('pôles');
    expect(spliced('deéchets', 1, 2, 'é')).toBe('déchets');
    expect(spliced('salariés', 6, 1, 'e')).toBe('salaries');
  });

  it('removes with an empty text and inserts with a zero length, at either end', () => {
    expect(spliced('reéunion', 2, 1, '')).toBe('reunion');
    expect(spliced('ours', 0, 0, 'c')).toBe('cours');
    expect(spliced('pôle', 4, 0, 's')).toBe('pôles');
  });
});

describe('letterRunStart and letterRunEnd', () => {
  it('find the run of letters around an index, stopping at non-letters', () => {
    expect(letterRunStart('un déchet, deux', 9)).toBe(3);
    expect(letterRunEnd('un déchet, deux', 3)).toBe(9);
    expect(letterRunStart(' x', 1)).toBe(1);
    expect(letterRunEnd('a,', 1)).toBe(1);
  });

  it('take a code unit for a letter exactly when HOLDS_LETTER does (every BMP unit, lone surrogates included)', () => {
    for (let unit = 0; unit < 0x10000; unit += 1) {
      const char = String.fromCharCode(unit);
      const letter = HOLDS_LETTER.test(char) ? 1 : 0;
      if (letterRunEnd(char, 0) !== letter || letterRunStart(char, 1) !== 1 - letter) expect([unit, letter]).toBe('read alike');
    }
  });
});
