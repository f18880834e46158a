/**
 * Recognises a page that is nothing but one embedded image (what scanners produce), from its
 * pdf.js operator list. Such a page can be OCR'd from the image itself, at its own resolution,
 * instead of being rendered: no rasterising, no PNG round trip, fewer pixels. Pure.
 */

/** A 2-D affine matrix `[a, b, c, d, e, f]`, as PDF and pdf.js write them. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The pdf.js `OPS` codes this module reads (passed in, so pdf.js stays lazily loaded). */
export interface PaintOps {
  readonly dependency: number;
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly beginMarkedContent: number;
  readonly beginMarkedContentProps: number;
  readonly endMarkedContent: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly paintImageXObject: number;
}

export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

/** The one image a page paints, and where: the matrix mapping its unit square to user space. */
export interface SingleImage {
  readonly objId: string;
  readonly matrix: Matrix;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied after `n` (PDF's `cm` concatenation: new CTM = m × CTM). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function asMatrix(value: unknown): Matrix | null {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return null;
  const numbers = Array.from(value as ArrayLike<unknown>);
  if (numbers.length !== 6 || !numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return numbers as unknown as Matrix;
}

/**
 * Returns the page's only painted image and its matrix, or null when the page draws anything
 * else (text, paths, clips, masks, a second image): then only rendering shows what is on it.
 */
export function findSingleImage(list: OperatorList, ops: PaintOps): SingleImage | null {
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let found: SingleImage | null = null;
  for (let index = 0; index < list.fnArray.length; index += 1) {
    const fn = list.fnArray[index];
    const args = list.argsArray[index];
    if (fn === ops.dependency || fn === ops.beginMarkedContent || fn === ops.beginMarkedContentProps || fn === ops.endMarkedContent) continue;
    if (fn === ops.save) {
      stack.push(ctm);
    } else if (fn === ops.restore) {
      ctm = stack.pop() ?? IDENTITY;
    } else if (fn === ops.transform) {
      const matrix = asMatrix(args);
      if (matrix === null) return null;
      ctm = multiply(matrix, ctm);
    } else if (fn === ops.paintFormXObjectBegin) {
      // A form is a save plus its own matrix; its bounding box clips, which a full-page scan
      // wrapped in a form does not need, so such forms are accepted without checking the box.
      const matrix = Array.isArray(args) ? asMatrix(args[0]) : null;
      if (matrix === null) return null;
      stack.push(ctm);
      ctm = multiply(matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) {
      ctm = stack.pop() ?? IDENTITY;
    } else if (fn === ops.paintImageXObject) {
      const objId: unknown = Array.isArray(args) ? args[0] : undefined;
      if (found !== null || typeof objId !== 'string') return null;
      found = { objId, matrix: ctm };
    } else {
      return null;
    }
  }
  return found;
}

/** True when the page paints an image of any kind (XObject, inline, mask, repeated). */
export function paintsAnImage(list: OperatorList, ops: Readonly<Record<string, number>>): boolean {
  const imageOps = new Set(
    ['paintImageXObject', 'paintInlineImageXObject', 'paintInlineImageXObjectGroup', 'paintImageXObjectRepeat', 'paintImageMaskXObject', 'paintImageMaskXObjectGroup', 'paintImageMaskXObjectRepeat', 'paintSolidColorImageMask']
      .map((name) => ops[name])
      .filter((code): code is number => code !== undefined),
  );
  return list.fnArray.some((fn) => imageOps.has(fn));
}

/** Operators that paint something besides text: paths (unless only a clip), shadings. */
const PAINTING_OPS = ['stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke', 'shadingFill', 'rawFillPath'];

/**
 * True when the page paints its text and nothing else: no image, no path (a path only clipped to
 * paints nothing), no shading. Such a page shows exactly what its text layer holds, so OCR could
 * only read it again, worse. Text drawn as outlines is paths, and stays a case for OCR.
 */
export function paintsOnlyText(list: OperatorList, ops: Readonly<Record<string, number>>): boolean {
  if (paintsAnImage(list, ops)) return false;
  const painting = new Set(PAINTING_OPS.map((name) => ops[name]).filter((code): code is number => code !== undefined));
  const { constructPath } = ops;
  return list.fnArray.every((fn, index) => {
    if (fn === constructPath) {
      const paint = (list.argsArray[index] as unknown[] | null | undefined)?.[0];
      return typeof paint === 'number' && !painting.has(paint);
    }
    return !painting.has(fn);
  });
}

/** Maps image pixels to page points (top-left origin, y down): `point = offset + pixel × scale`. */
export interface PixelToPoints {
  readonly scaleX: number;
  readonly scaleY: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/**
 * Where an image of `width`×`height` pixels lands on the page, in viewport points (the page's
 * scale-1 viewport `transform`), when it is upright and unmirrored; null when it is rotated,
 * skewed, mirrored or spills off the page (then the page is rendered instead).
 */
export function placeImage(
  matrix: Matrix,
  viewportTransform: Matrix,
  image: { readonly width: number; readonly height: number },
  page: { readonly width: number; readonly height: number },
): PixelToPoints | null {
  const [a, b, c, d, e, f] = multiply(matrix, viewportTransform);
  const size = Math.max(Math.abs(a), Math.abs(d), 1e-9);
  if (Math.abs(b) > size * 1e-3 || Math.abs(c) > size * 1e-3) return null;
  // Image row 0 is the top of the unit square (v = 1), so device y grows with rows when d < 0.
  if (a <= 0 || d >= 0) return null;
  const placement = { scaleX: a / image.width, scaleY: -d / image.height, offsetX: e, offsetY: d + f };
  const slack = 0.01 * Math.max(page.width, page.height);
  const right = placement.offsetX + a;
  const bottom = placement.offsetY - d;
  if (placement.offsetX < -slack || placement.offsetY < -slack || right > page.width + slack || bottom > page.height + slack) return null;
  return placement;
}
