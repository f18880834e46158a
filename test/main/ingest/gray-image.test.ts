import { describe, expect, it } from 'vitest';
import { encodePgm, IMAGE_KIND, toGrayShrunk } from '../../../main/ingest/gray-image.js';

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
