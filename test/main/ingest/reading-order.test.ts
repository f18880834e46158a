import { describe, expect, it } from 'vitest';
import { drawnBackwards, MIN_BACKWARD_STEPS, readingSteps, type PlacedText } from '../../../main/ingest/reading-order.js';

/** One glyph per item, 11 pt, each 6 units wide, on the baseline `y`, starting at `x`. */
function glyphs(text: string, x: number, y: number, backwards: boolean): PlacedText[] {
  const items = [...text].map((str, column) => ({ str, transform: [11, 0, 0, 11, x + column * 6, y], width: 6, dir: 'ltr' }));
  return backwards ? items.reverse() : items;
}
const line = 'Le bureau Valmoret compte neuf sieges';

describe('drawnBackwards', () => {
  it('finds a line drawn glyph by glyph from its right end to its left', () => {
    expect(drawnBackwards(glyphs(line, 40, 700, true))).toBe(true);
    expect(readingSteps(glyphs(line, 40, 700, true)).backward).toBeGreaterThanOrEqual(MIN_BACKWARD_STEPS);
  });

  it('finds several such lines, read top to bottom, and with words apart by a space-wide gap', () => {
    const spaced = [...'Rive Nord'].map((str, column) => ({ str, transform: [11, 0, 0, 11, 40 + column * 6 + (column >= 5 ? 3 : 0), 680], width: 5 })).reverse();
    expect(drawnBackwards([...glyphs(line, 40, 700, true), ...glyphs(line, 40, 686, true), ...spaced])).toBe(true);
  });

  it('finds it when a few items of the page are drawn forward (a page number, a title)', () => {
    const title = { str: 'Compte rendu', transform: [14, 0, 0, 14, 40, 780], width: 90 };
    expect(drawnBackwards([title, ...glyphs('12', 300, 40, false), ...glyphs(line, 40, 700, true)])).toBe(true);
  });

  it('leaves ordinary text alone: glyphs, words or whole lines drawn left to right', () => {
    expect(drawnBackwards(glyphs(line, 40, 700, false))).toBe(false);
    const words = line.split(' ').map((word, index) => ({ str: word, transform: [11, 0, 0, 11, 40 + index * 50, 700], width: word.length * 6 }));
    expect(drawnBackwards(words)).toBe(false);
    expect(drawnBackwards([{ str: line, transform: [11, 0, 0, 11, 40, 700], width: 220 }])).toBe(false);
  });

  it('leaves alone a right-to-left script, rotated text, two columns read right column first, and a few glyphs', () => {
    expect(drawnBackwards(glyphs(line, 40, 700, true).map((item) => ({ ...item, dir: 'rtl' })))).toBe(false);
    expect(drawnBackwards(glyphs(line, 40, 700, true).map((item) => ({ ...item, transform: [0, 11, -11, 0, 300, item.transform?.[4] ?? 0] })))).toBe(false);
    const columns = Array.from({ length: 30 }, (_, row) => [
      { str: 'colonne droite', transform: [11, 0, 0, 11, 320, 700 - row * 14], width: 84 },
      { str: 'colonne gauche', transform: [11, 0, 0, 11, 40, 700 - row * 14], width: 84 },
    ]).flat();
    expect(drawnBackwards(columns)).toBe(false);
    expect(drawnBackwards(glyphs('zorglub', 40, 700, true))).toBe(false);
  });

  it('leaves alone items without a position (an XFA form laid out by pdf.js)', () => {
    expect(drawnBackwards(glyphs(line, 40, 700, true).map(({ str, width }) => ({ str, width, transform: undefined })))).toBe(false);
  });
});
