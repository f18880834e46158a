import { describe, expect, it } from 'vitest';
import { findSingleImage, paintsOnlyText, placeImage, type Matrix, type PaintOps } from '../../../main/ingest/single-image.js';

// Codes as pdf.js numbers them (OPS); the module takes them as a parameter.
const OPS: PaintOps = {
  dependency: 1, save: 10, restore: 11, transform: 12, beginMarkedContent: 69, beginMarkedContentProps: 70,
  endMarkedContent: 71, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, paintImageXObject: 85,
};
const SHOW_TEXT = 44;
const A4: Matrix = [595, 0, 0, 842, 0, 0];
/** pdf.js's scale-1 viewport transform of an A4 page (y flipped, origin top-left). */
const VIEWPORT: Matrix = [1, 0, 0, -1, 0, 842];

describe('findSingleImage', () => {
  it('finds the one image of a scanner page and the matrix it is painted with', () => {
    const list = { fnArray: [OPS.save, OPS.transform, OPS.dependency, OPS.paintImageXObject, OPS.restore], argsArray: [null, A4, ['img_1'], ['img_1', 1654, 2339], null] };
    expect(findSingleImage(list, OPS)).toEqual({ objId: 'img_1', matrix: A4 });
  });

  it('composes transforms and form matrices', () => {
    const list = {
      fnArray: [OPS.transform, OPS.paintFormXObjectBegin, OPS.paintImageXObject, OPS.paintFormXObjectEnd],
      argsArray: [[2, 0, 0, 2, 0, 0], [[1, 0, 0, 1, 10, 20], [0, 0, 1, 1]], ['img_1', 1, 1], null],
    };
    expect(findSingleImage(list, OPS)?.matrix).toEqual([2, 0, 0, 2, 20, 40]);
  });

  it('gives up when the page draws anything else, or two images, or none', () => {
    const text = { fnArray: [OPS.paintImageXObject, SHOW_TEXT], argsArray: [['img_1'], [[]]] };
    const two = { fnArray: [OPS.paintImageXObject, OPS.paintImageXObject], argsArray: [['img_1'], ['img_2']] };
    expect(findSingleImage(text, OPS)).toBeNull();
    expect(findSingleImage(two, OPS)).toBeNull();
    expect(findSingleImage({ fnArray: [OPS.save, OPS.restore], argsArray: [null, null] }, OPS)).toBeNull();
  });
});

describe('placeImage', () => {
  it('maps the pixels of a full-page image to page points, top-left origin', () => {
    const placed = placeImage(A4, VIEWPORT, { width: 1190, height: 1684 }, { width: 595, height: 842 });
    expect(placed).toEqual({ scaleX: 0.5, scaleY: 0.5, offsetX: 0, offsetY: 0 });
  });

  it('offsets an image placed lower right', () => {
    const placed = placeImage([100, 0, 0, 200, 50, 100], VIEWPORT, { width: 100, height: 200 }, { width: 595, height: 842 });
    // Top edge in PDF space is y = 300, i.e. 842 − 300 = 542 points from the top.
    expect(placed).toEqual({ scaleX: 1, scaleY: 1, offsetX: 50, offsetY: 542 });
  });

  it('refuses rotated, mirrored or off-page images', () => {
    const page = { width: 595, height: 842 };
    const image = { width: 10, height: 10 };
    expect(placeImage([0, 842, -595, 0, 595, 0], VIEWPORT, image, page)).toBeNull();
    expect(placeImage([-595, 0, 0, 842, 595, 0], VIEWPORT, image, page)).toBeNull();
    expect(placeImage([595, 0, 0, 842, 300, 0], VIEWPORT, image, page)).toBeNull();
  });
});

describe('paintsOnlyText', () => {
  // pdf.js codes for the operators it reads (OPS).
  const CODES = { ...OPS, beginText: 31, endText: 32, setFont: 37, showText: 44, constructPath: 91, stroke: 20, fill: 22, endPath: 28, clip: 29, shadingFill: 62, paintInlineImageXObject: 86 };
  const text = (...extra: [number, unknown][]): { fnArray: number[]; argsArray: unknown[] } => {
    const ops: [number, unknown][] = [[CODES.beginText, null], [CODES.setFont, ['F1', 11]], [CODES.showText, [[]]], [CODES.endText, null], ...extra];
    return { fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) };
  };

  it('says yes for a page of text alone, or text under a clip that paints nothing', () => {
    expect(paintsOnlyText(text(), CODES)).toBe(true);
    expect(paintsOnlyText(text([CODES.clip, null], [CODES.constructPath, [CODES.endPath, [], null]]), CODES)).toBe(true);
    expect(paintsOnlyText(text([CODES.save, null], [CODES.transform, A4], [CODES.restore, null]), CODES)).toBe(true);
  });

  it('says no when the page also paints an image, a path or a shading', () => {
    expect(paintsOnlyText(text([CODES.paintImageXObject, ['img_1', 1, 1]]), CODES)).toBe(false);
    expect(paintsOnlyText(text([CODES.paintInlineImageXObject, [{}]]), CODES)).toBe(false);
    expect(paintsOnlyText(text([CODES.constructPath, [CODES.fill, [], null]]), CODES)).toBe(false);
    expect(paintsOnlyText(text([CODES.constructPath, [CODES.stroke, [], null]]), CODES)).toBe(false);
    expect(paintsOnlyText(text([CODES.shadingFill, ['sh']]), CODES)).toBe(false);
  });
});
