/**
 * Quarter turns of a gray page image, and the way back for word boxes: a page scanned sideways
 * is OCR'd upright (see orientation.ts), and its words are stored where they sit on the page as
 * it is in the PDF. Pure.
 */
import type { GrayImage } from './gray-image.js';

/** Clockwise quarter turns: 0, 1 (90°), 2 (180°), 3 (270°). */
export type QuarterTurns = 0 | 1 | 2 | 3;

/** The image turned clockwise by `turns` quarter turns. */
export function rotateGray(image: GrayImage, turns: QuarterTurns): GrayImage {
  if (turns === 0) return image;
  const { width, height, data } = image;
  const odd = turns % 2 === 1;
  const outWidth = odd ? height : width;
  const outHeight = odd ? width : height;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    for (let x = 0; x < width; x += 1) {
      // Clockwise: (x, y) → (h-1-y, x) for one turn; (w-1-x, h-1-y) for two; (y, w-1-x) for three.
      const [nx, ny] = turns === 1 ? [height - 1 - y, x] : turns === 2 ? [width - 1 - x, height - 1 - y] : [y, width - 1 - x];
      out[ny * outWidth + nx] = data[row + x] ?? 255;
    }
  }
  return { width: outWidth, height: outHeight, data: out };
}

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * A box found in the image turned by `turns`, mapped back to the unturned image of
 * `width`×`height` pixels (pixel edges, so the inverse of `rotateGray`'s pixel map).
 */
export function unrotateBox(box: Box, turns: QuarterTurns, width: number, height: number): Box {
  switch (turns) {
    case 0:
      return box;
    case 1:
      return { x0: box.y0, y0: height - box.x1, x1: box.y1, y1: height - box.x0 };
    case 2:
      return { x0: width - box.x1, y0: height - box.y1, x1: width - box.x0, y1: height - box.y0 };
    case 3:
      return { x0: width - box.y1, y0: box.x0, x1: width - box.y0, y1: box.x1 };
  }
}

/** Rows `top` to `top + height` of the image, full width (a sample band of a page). */
export function cropRows(image: GrayImage, top: number, height: number): GrayImage {
  const from = Math.max(0, Math.min(image.height, Math.floor(top)));
  const to = Math.max(from, Math.min(image.height, from + Math.floor(height)));
  return { width: image.width, height: to - from, data: image.data.slice(from * image.width, to * image.width) };
}
