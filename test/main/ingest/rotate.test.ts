import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../main/ingest/gray-image.js';
import { cropRows, rotateGray, unrotateBox, type QuarterTurns } from '../../../main/ingest/rotate.js';

/** A 5×3 image whose pixel values are their own index, so every move is visible. */
const image: GrayImage = { width: 5, height: 3, data: Uint8Array.from({ length: 15 }, (_, index) => index) };
const at = (img: GrayImage, x: number, y: number): number | undefined => img.data[y * img.width + x];

describe('quarter turns of a gray page image', () => {
  it('turns clockwise: the top-left corner goes to the top right, the size swaps', () => {
    const turned = rotateGray(image, 1);
    expect([turned.width, turned.height]).toEqual([3, 5]);
    expect(at(turned, 2, 0)).toBe(at(image, 0, 0));
    expect(at(turned, 0, 0)).toBe(at(image, 0, 2));
    expect(at(turned, 0, 4)).toBe(at(image, 4, 2));
  });

  it('four turns, or two and two, give the image back', () => {
    const once = (img: GrayImage, turns: QuarterTurns): GrayImage => rotateGray(img, turns);
    expect(once(once(once(once(image, 1), 1), 1), 1)).toEqual(image);
    expect(once(once(image, 2), 2)).toEqual(image);
    expect(once(once(image, 1), 3)).toEqual(image);
  });

  it('maps a box found on the turned image back onto the image as given', () => {
    for (const turns of [0, 1, 2, 3] as const) {
      // The single pixel (3, 1) of the original, found in the turned image, maps back to itself.
      const turned = rotateGray(image, turns);
      const index = turned.data.indexOf(at(image, 3, 1) ?? -1);
      const x = index % turned.width;
      const y = Math.floor(index / turned.width);
      expect(unrotateBox({ x0: x, y0: y, x1: x + 1, y1: y + 1 }, turns, image.width, image.height)).toEqual({ x0: 3, y0: 1, x1: 4, y1: 2 });
    }
  });

  it('crops a band of rows, clamped to the image', () => {
    expect(cropRows(image, 1, 1)).toEqual({ width: 5, height: 1, data: Uint8Array.from([5, 6, 7, 8, 9]) });
    expect(cropRows(image, 2, 10).height).toBe(1);
  });
});
