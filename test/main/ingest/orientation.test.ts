import { describe, expect, it } from 'vitest';
import { readDownward } from '../../../main/ingest/orientation.js';
import type { OcrWord } from '../../../main/ingest/ocr-pool.js';

/** Words laid along a line: across the image (upright) or down it (the page turned a quarter to the right). */
function words(texts: readonly string[], downward: boolean): OcrWord[] {
  return texts.map((text, index) => {
    const along = index * 200;
    const length = 30 * text.length;
    return downward
      ? { text, confidence: 92, x0: 3000, y0: along, x1: 3032, y1: along + length }
      : { text, confidence: 92, x0: along, y0: 300, x1: along + length, y1: 332 };
  });
}

const LINE = ['Le', 'collectif', 'Brindelle', 'accueille', 'quatorze', 'structures', 'adherentes', 'depuis', 'fevrier', 'dernier', 'avec', 'leurs', 'partenaires'];

describe('readDownward', () => {
  it('finds lines read running down the page', () => {
    expect(readDownward(words(LINE, true))).toBe(true);
    // A few words across (a page number, a stamp) do not change it.
    expect(readDownward([...words(LINE, true), ...words(['page', 'douze'], false)])).toBe(true);
    expect(readDownward(words(LINE.slice(0, 10), true))).toBe(true);
  });

  it('leaves upright lines, a sideways caption on an upright page, and too few words alone', () => {
    expect(readDownward(words(LINE, false))).toBe(false);
    expect(readDownward([...words(LINE, false), ...words(['tableau', 'annexe', 'colonne'], true)])).toBe(false);
    expect(readDownward(words(['Le', 'collectif', 'Brindelle', 'accueille'], true))).toBe(false);
  });
});
