import { describe, expect, it } from 'vitest';
import { edgesFromCharWidths, iou, moveSpanByToken, rectsForSpan, runsFromTextItems, runsFromWords, type Matrix } from '../../../renderer/page/boxes.js';

// A 200×100 pt page, pdf.js's viewport transform at scale 1: y flipped.
const FLIP: Matrix = [1, 0, 0, -1, 0, 100];

describe('page boxes', () => {
  it('maps text items onto the stored text and places characters in proportion', () => {
    const items = [
      { str: 'Effectif 12,5', transform: [10, 0, 0, 10, 20, 80], width: 65, hasEOL: false },
      { str: ' ETP', transform: [10, 0, 0, 10, 85, 80], width: 20, hasEOL: true },
      { str: 'suite', transform: [10, 0, 0, 10, 20, 60], width: 25, hasEOL: false },
    ];
    const text = 'Effectif 12,5 ETP\nsuite';
    const runs = runsFromTextItems(items, text, FLIP);
    expect(runs.map((run) => text.slice(run.start, run.end))).toEqual(['Effectif 12,5', ' ETP', 'suite']);
    // "12,5 ETP" spans two items on one baseline: one rectangle from x=65 to x=105.
    const rects = rectsForSpan(runs, 9, 17);
    expect(rects).toHaveLength(1);
    expect(rects[0]?.x0).toBeCloseTo(65);
    expect(rects[0]?.x1).toBeCloseTo(105);
    expect(rects[0]?.y0).toBeCloseTo(100 - 88);
    expect(rects[0]?.y1).toBeCloseTo(100 - 78);
  });

  it('draws a mention broken across two lines as two rectangles', () => {
    const words = [
      { text: 'Marie', confidence: 90, x0: 150, y0: 10, x1: 180, y1: 20 },
      { text: 'Curie', confidence: 40, x0: 10, y0: 30, x1: 40, y1: 40 },
    ];
    const text = 'Marie\nCurie';
    const rects = rectsForSpan(runsFromWords(words, text), 0, text.length);
    expect(rects).toHaveLength(2);
    expect(iou(rects[0]!, words[0]!)).toBeCloseTo(1);
    expect(iou(rects[1]!, words[1]!)).toBeCloseTo(1);
  });

  it('moves a span by one token on either side, and never below one token', () => {
    const text = 'soit 12,5 ETP en 2024';
    expect(moveSpanByToken(text, { start: 5, end: 9 }, 'right', 'extend')).toEqual({ start: 5, end: 13 });
    expect(moveSpanByToken(text, { start: 5, end: 9 }, 'left', 'extend')).toEqual({ start: 0, end: 9 });
    expect(moveSpanByToken(text, { start: 5, end: 13 }, 'right', 'shrink')).toEqual({ start: 5, end: 9 });
    expect(moveSpanByToken(text, { start: 5, end: 13 }, 'left', 'shrink')).toEqual({ start: 10, end: 13 });
    expect(moveSpanByToken(text, { start: 5, end: 9 }, 'left', 'shrink')).toBeUndefined();
    // A span that starts inside a token ("2" of "12,5") extends to the whole token first.
    expect(moveSpanByToken(text, { start: 6, end: 9 }, 'left', 'extend')).toEqual({ start: 5, end: 9 });
  });

  it('gives IoU 0 for disjoint boxes and 1 for equal ones', () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(iou(a, a)).toBe(1);
    expect(iou(a, { x0: 20, y0: 0, x1: 30, y1: 10 })).toBe(0);
  });
});

describe('measured character edges', () => {
  it('place a narrow letter in less room than a wide one', () => {
    const widths: Record<string, number> = { i: 1, M: 3 };
    const edges = edgesFromCharWidths('iM', (char) => widths[char] ?? 0);
    expect(edges).toEqual([0, 0.25, 1]);
    const runs = runsFromTextItems([{ str: 'iM', transform: [10, 0, 0, 10, 0, 50], width: 40, hasEOL: false }], 'iM', FLIP, undefined, () => edges);
    expect(rectsForSpan(runs, 1, 2)[0]?.x0).toBeCloseTo(10);
  });

  it('measure each character once, in one pass, whatever the length of the text', () => {
    const asked: string[] = [];
    const text = 'ab'.repeat(500);
    const edges = edgesFromCharWidths(text, (char) => (asked.push(char), char === 'a' ? 1 : 3));
    expect(asked).toHaveLength(text.length);
    expect(asked.every((char) => char.length === 1)).toBe(true);
    expect(edges).toHaveLength(text.length + 1);
    expect(edges?.[2]).toBeCloseTo(4 / 2000);
    expect(edges?.at(-1)).toBe(1);
  });

  it('give a character outside the BMP its whole width on its first code unit', () => {
    const edges = edgesFromCharWidths('a\u{1D49C}b', (char) => (char.length === 2 ? 2 : 1));
    // Code units: a, high surrogate, low surrogate, b.
    expect(edges).toEqual([0, 0.25, 0.75, 0.75, 1]);
  });

  it('are undefined when nothing measures', () => {
    expect(edgesFromCharWidths('   ', () => 0)).toBeUndefined();
    expect(edgesFromCharWidths('', () => 1)).toBeUndefined();
  });
});
