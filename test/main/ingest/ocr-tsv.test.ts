import { describe, expect, it } from 'vitest';
import { wordsFromTsv } from '../../../main/ingest/ocr-pool.js';

// tesseract's TSV: level page block par line word left top width height conf text.
const TSV = [
  '1\t1\t0\t0\t0\t0\t0\t0\t1665\t2347\t-1\t',
  '4\t1\t1\t1\t1\t0\t169\t135\t131\t28\t-1\t',
  '5\t1\t1\t1\t1\t1\t169\t135\t67\t24\t96.890488\tdans',
  '5\t1\t1\t1\t1\t2\t248\t143\t52\t17\t9.5\tl’été',
  '5\t1\t1\t1\t1\t3\t300\t143\t10\t17\t0\t ',
].join('\n');

describe('words from tesseract TSV', () => {
  it('keeps word rows only, with boxes as corners and confidences in whole points', () => {
    expect(wordsFromTsv(TSV)).toEqual([
      { text: 'dans', confidence: 96, x0: 169, y0: 135, x1: 236, y1: 159 },
      { text: 'l’été', confidence: 9, x0: 248, y0: 143, x1: 300, y1: 160 },
    ]);
  });

  it('reads nothing from an empty output', () => {
    expect(wordsFromTsv('')).toEqual([]);
  });
});
