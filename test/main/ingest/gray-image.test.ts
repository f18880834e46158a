import { describe, expect, it } from 'vitest';
import { encodePgm, hasInk, IMAGE_KIND, toGrayShrunk, type GrayImage } from '../../../main/ingest/gray-image.js';

describe('toGrayShrunk', () => {
  it('converts RGB to luma', () => {
    const data = new Uint8Array([255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0]);
    const gray = toGrayShrunk({ width: 4, height: 1, kind: IMAGE_KIND.RGB_24BPP, data }, 1);
    expect([...(gray?.data ?? [])]).toEqual([255, 0, 76, 149]);
  });

  it('composites RGBA over white', () => {
    const data = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 255]);
    const gray = toGrayShrunk({ width: 2, height: 1, kind: IMAGE_KIND.RGBA_32BPP, data }, 1);
    expect([...(gray?.data ?? [])]).toEqual([255, 0]);
  });

  it('unpacks 1-bit images, a set bit being white', () => {
    const data = new Uint8Array([0b1010_0000]);
    const gray = toGrayShrunk({ width: 3, height: 1, kind: IMAGE_KIND.GRAYSCALE_1BPP, data }, 1);
    expect([...(gray?.data ?? [])]).toEqual([255, 0, 255]);
  });

  it('shrinks by box averaging and drops a partial last block', () => {
    // 5×2 RGB, gray values 0, 100, 200, 50, 9 on both rows
    const row = [0, 100, 200, 50, 9].flatMap((value) => [value, value, value]);
    const gray = toGrayShrunk({ width: 5, height: 2, kind: IMAGE_KIND.RGB_24BPP, data: new Uint8Array([...row, ...row]) }, 2);
    expect(gray?.width).toBe(2);
    expect(gray?.height).toBe(1);
    expect([...(gray?.data ?? [])]).toEqual([50, 125]);
  });

  it('returns null for layouts it cannot read', () => {
    expect(toGrayShrunk({ width: 2, height: 2, kind: 9, data: new Uint8Array(16) }, 1)).toBeNull();
    expect(toGrayShrunk({ width: 2, height: 2, kind: IMAGE_KIND.RGB_24BPP, data: new Uint8Array(3) }, 1)).toBeNull();
  });
});

describe('encodePgm', () => {
  it('writes a binary PGM header then the pixels', () => {
    const pgm = encodePgm({ width: 2, height: 1, data: new Uint8Array([7, 8]) });
    expect(pgm.subarray(0, 11).toString('latin1')).toBe('P5\n2 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([7, 8]);
  });
});

describe('whether a page image shows anything', () => {
  const page = (width: number, height: number, inked: (row: number, column: number) => boolean): GrayImage => {
    const data = new Uint8Array(width * height).fill(250);
    for (let row = 0; row < height; row += 1) for (let column = 0; column < width; column += 1) if (inked(row, column)) data[row * width + column] = 20;
    return { width, height, data };
  };

  it('a white page, or one with a few specks of dust, is blank', () => {
    expect(hasInk(page(400, 600, () => false))).toBe(false);
    expect(hasInk(page(400, 600, (row, column) => (row === 100 || row === 400) && column % 97 === 0))).toBe(false);
  });

  it('a page with one short line of text, or a picture, shows something', () => {
    // A line of 20 px high strokes across a third of the width, one pixel in three inked.
    expect(hasInk(page(400, 600, (row, column) => row >= 50 && row < 70 && column < 130 && column % 3 === 0))).toBe(true);
    expect(hasInk(page(400, 600, (row, column) => row > 200 && row < 400 && column > 100 && column < 300))).toBe(true);
  });
});
