/**
 * `mayBeInIdiom`, the cheap test run before the idiom pattern: it must never drop a number the
 * pattern could hold (the filter would then keep a number it rejects today), and should drop
 * numbers that no idiom holds.
 */
import { describe, expect, it } from 'vitest';
import { NUMBER_IDIOMS } from '../../../extractors/fr/lexicon/idioms.js';
import { mayBeInIdiom } from '../../../extractors/fr/parsers/figure-filter-grammar.js';

/** Every piece of `text` (all starts and ends). */
function pieces(text: string): string[] {
  const found: string[] = [];
  for (let start = 0; start < text.length; start += 1) {
    for (let end = start + 1; end <= text.length; end += 1) found.push(text.slice(start, end));
  }
  return found;
}

/** The spellings the idiom pattern also reads: capitals, a curly apostrophe, blanks and a line break for a space. */
function respelled(piece: string): string[] {
  return [piece.toUpperCase(), piece.replaceAll("'", '’'), piece.replaceAll(' ', ' \t\n '), piece.charAt(0).toUpperCase() + piece.slice(1)];
}

describe('mayBeInIdiom', () => {
  it('keeps every piece of every idiom, in each spelling the pattern reads', () => {
    const dropped = NUMBER_IDIOMS.flatMap(pieces).flatMap((piece) => [piece, ...respelled(piece)]).filter((piece) => !mayBeInIdiom(piece));
    expect(dropped).toEqual([]);
  });

  it('reads a capital back as the idiom letter it stands for (the pattern takes both cases of each letter)', () => {
    const letters = new Set(NUMBER_IDIOMS.join(''));
    const changed = [...letters].filter((letter) => {
      const upper = letter.toUpperCase();
      return upper.length === 1 && upper.toLowerCase() !== letter;
    });
    expect(changed).toEqual([]);
  });

  it('drops numbers no idiom holds', () => {
    expect(mayBeInIdiom('150')).toBe(false);
    expect(mayBeInIdiom('douze')).toBe(false);
    expect(mayBeInIdiom('Onze')).toBe(false);
    expect(mayBeInIdiom('+3')).toBe(false);
  });

  it('keeps numbers an idiom holds, in any case', () => {
    expect(mayBeInIdiom('quatre')).toBe(true);
    expect(mayBeInIdiom('DEUX')).toBe(true);
    expect(mayBeInIdiom('24')).toBe(true);
    expect(mayBeInIdiom('7')).toBe(true);
  });
});
