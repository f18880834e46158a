/**
 * A scanned page's image read straight from the file, without pdf.js decoding it: pdf.js inflates
 * a Flate image in JavaScript when it has a PNG predictor (what most scanners and img2pdf write),
 * undoes the predictor in JavaScript, then widens gray to RGB; about 0.3 s of CPU per A4 page at
 * 200 dpi, on the way to the first OCR job. Here the page's content must be that one image and
 * nothing else (`q … cm /Im Do Q`), and the image a plain Flate stream of 8-bit gray or RGB or
 * 1-bit gray: then zlib inflates it natively and the predictor is undone in one pass, in tens of
 * milliseconds. Any other page — or any doubt about this one — answers null, and the page goes
 * through pdf.js as before. Pure: bytes in, pixels out.
 */
import { inflateSync } from 'node:zlib';
import { IMAGE_KIND, type DecodedImage } from './gray-image.js';
import { isDict, isName, isRef, type PdfDict, type PdfObjects, type PdfRef, type PdfValue } from './pdf-objects.js';
import { multiply, type Matrix } from './single-image.js';

/** The page's one image, decoded, and the matrix placing its unit square in user space. */
export interface RawScan {
  readonly image: DecodedImage;
  readonly matrix: Matrix;
}

/** A scan page's content stream is a few dozen bytes; anything much longer is not one. */
const MAX_CONTENT_BYTES = 4096;
/** Parents followed for inherited resources. */
const MAX_TREE_DEPTH = 16;
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function flateOnly(dict: PdfDict): boolean {
  const filter = dict.get('Filter');
  const single = Array.isArray(filter) ? (filter.length === 1 ? filter[0] : undefined) : filter;
  return isName(single) && single.name === 'FlateDecode';
}

function parmsOf(dict: PdfDict): PdfDict | null {
  const parms = dict.get('DecodeParms');
  const single = Array.isArray(parms) ? parms[0] : parms;
  if (single === undefined || single === null) return new Map();
  return isDict(single) ? single : null;
}

/** A page's content: its streams inflated and joined, or null past a scan page's size. */
function contentOf(objects: PdfObjects, page: PdfDict): string | null {
  const contents = page.get('Contents');
  const refs = Array.isArray(contents) ? contents : [contents];
  let text = '';
  for (const ref of refs) {
    if (!isRef(ref)) return null;
    const object = objects.get(ref);
    const data = object === null ? null : objects.streamData(object);
    if (object === null || data === null || !isDict(object.value) || data.length > MAX_CONTENT_BYTES) return null;
    const filter = object.value.get('Filter');
    let decoded: Buffer;
    if (filter === undefined) decoded = data;
    else if (flateOnly(object.value)) {
      try {
        decoded = inflateSync(data, { maxOutputLength: MAX_CONTENT_BYTES });
      } catch {
        return null;
      }
    } else return null;
    text += `${decoded.toString('latin1')}\n`;
  }
  return text;
}

/** The one XObject the content paints and its matrix, when the content is nothing else. */
export function singleDo(content: string): { name: string; matrix: Matrix } | null {
  const tokens = content.replace(/%[^\r\n]*/gu, ' ').split(/[\s]+/u).filter((token) => token !== '');
  const stack: Matrix[] = [];
  const operands: string[] = [];
  let ctm = IDENTITY;
  let found: { name: string; matrix: Matrix } | null = null;
  for (const token of tokens) {
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/u.test(token) || /^\/[^/[\]()<>{}%]+$/u.test(token)) {
      operands.push(token);
      continue;
    }
    if (token === 'q' && operands.length === 0) stack.push(ctm);
    else if (token === 'Q' && operands.length === 0) ctm = stack.pop() ?? IDENTITY;
    else if (token === 'cm' && operands.length === 6 && operands.every((operand) => !operand.startsWith('/'))) ctm = multiply(operands.map(Number) as unknown as Matrix, ctm);
    else if (token === 'Do' && operands.length === 1 && operands[0]?.startsWith('/') === true && found === null) found = { name: operands[0].slice(1), matrix: ctm };
    else return null;
    operands.length = 0;
  }
  return operands.length === 0 ? found : null;
}

/** The page's resources, its own or inherited from the page tree. */
function resourcesOf(objects: PdfObjects, page: PdfDict): PdfDict | null {
  let node: PdfDict | null = page;
  for (let depth = 0; node !== null && depth < MAX_TREE_DEPTH; depth += 1) {
    const resources = objects.resolve(node.get('Resources'));
    if (isDict(resources)) return resources;
    const parent: PdfValue | undefined = node.get('Parent');
    const next: PdfValue | undefined = isRef(parent) ? objects.get(parent)?.value : undefined;
    node = isDict(next) ? next : null;
  }
  return null;
}

/** The Paeth predictor of PNG: whichever of left, above, above-left is nearest their estimate. */
function paeth(left: number, above: number, aboveLeft: number): number {
  const estimate = left + above - aboveLeft;
  const toLeft = Math.abs(estimate - left);
  const toAbove = Math.abs(estimate - above);
  const toAboveLeft = Math.abs(estimate - aboveLeft);
  return toLeft <= toAbove && toLeft <= toAboveLeft ? left : toAbove <= toAboveLeft ? above : aboveLeft;
}

/**
 * Undoes one row's PNG filter into `out` at `at`; the row above ends there (`up`, or -1 on the
 * first row, which has none: zeros). One plain loop per filter type, as this runs on every pixel.
 */
function unfilterRow(type: number, data: Uint8Array, source: number, out: Uint8Array, at: number, rowBytes: number, bpp: number, up: number): boolean {
  const end = at + rowBytes;
  const above = (index: number): number => (up < 0 ? 0 : (out[index - rowBytes] as number));
  if (type === 0 || (type === 2 && up < 0)) {
    out.set(data.subarray(source, source + rowBytes), at);
  } else if (type === 2) {
    for (let index = at, from = source; index < end; index += 1, from += 1) out[index] = (data[from] as number) + (out[index - rowBytes] as number);
  } else if (type === 1) {
    for (let index = at, from = source; index < end; index += 1, from += 1) out[index] = (data[from] as number) + (index - at >= bpp ? (out[index - bpp] as number) : 0);
  } else if (type === 3) {
    for (let index = at, from = source; index < end; index += 1, from += 1) out[index] = (data[from] as number) + (((index - at >= bpp ? (out[index - bpp] as number) : 0) + above(index)) >> 1);
  } else if (type === 4) {
    for (let index = at, from = source; index < end; index += 1, from += 1) {
      const hasLeft = index - at >= bpp;
      const left = hasLeft ? (out[index - bpp] as number) : 0;
      const aboveLeft = hasLeft ? above(index - bpp) : 0;
      out[index] = (data[from] as number) + paeth(left, above(index), aboveLeft);
    }
  } else return false;
  return true;
}

/**
 * Undoes PNG row filters: `rows` rows of `rowBytes`, each led by its filter type; null if damaged.
 * In place: row r's pixels land before its filtered bytes start, so `data` is reused rather than
 * a second page-sized buffer allocated (its start then holds the pixels; the view is returned).
 */
export function unpredictPng(data: Uint8Array, rows: number, rowBytes: number, bytesPerPixel: number): Uint8Array | null {
  if (data.length < rows * (rowBytes + 1)) return null;
  const out = data.subarray(0, rows * rowBytes); // a Uint8Array wraps each sum to a byte, as PNG says
  for (let row = 0; row < rows; row += 1) {
    const source = row * (rowBytes + 1);
    if (!unfilterRow(data[source] as number, data, source + 1, out, row * rowBytes, rowBytes, bytesPerPixel, row === 0 ? -1 : (row - 1) * rowBytes)) return null;
  }
  return out;
}

/** Components and pdf.js-style kind of an image this module decodes, or null. */
function layoutOf(objects: PdfObjects, dict: PdfDict): { components: 1 | 3; bits: 1 | 8 } | null {
  const space = objects.resolve(dict.get('ColorSpace'));
  const bits = objects.resolve(dict.get('BitsPerComponent'));
  const components = isName(space) && space.name === 'DeviceGray' ? 1 : isName(space) && space.name === 'DeviceRGB' ? 3 : null;
  if (components === null || (bits !== 8 && !(bits === 1 && components === 1))) return null;
  // A decode array, a mask or a soft mask changes what the pixels mean: pdf.js knows how.
  if (['Decode', 'SMask', 'Mask', 'ImageMask', 'Intent'].some((key) => dict.has(key))) return null;
  return { components, bits };
}

/** How an image's stream is laid out once inflated, or null for what is not decoded here. */
interface StreamLayout {
  readonly width: number;
  readonly height: number;
  readonly components: 1 | 3;
  readonly bits: 1 | 8;
  readonly rowBytes: number;
  readonly png: boolean;
}

function streamLayout(objects: PdfObjects, dict: PdfDict): StreamLayout | null {
  const subtype = dict.get('Subtype');
  if (!isName(subtype) || subtype.name !== 'Image' || !flateOnly(dict)) return null;
  const width = objects.resolve(dict.get('Width'));
  const height = objects.resolve(dict.get('Height'));
  const layout = layoutOf(objects, dict);
  const parms = parmsOf(dict);
  if (typeof width !== 'number' || typeof height !== 'number' || !Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) return null;
  if (layout === null || parms === null) return null;
  const predictor = parms.get('Predictor') ?? 1;
  const png = typeof predictor === 'number' && predictor >= 10;
  if (predictor !== 1 && !png) return null; // TIFF predictor: left to pdf.js
  // The predictor's own idea of the rows must be the image's.
  if (png && ((parms.get('Colors') ?? 1) !== layout.components || (parms.get('BitsPerComponent') ?? 8) !== layout.bits || (parms.get('Columns') ?? 1) !== width)) return null;
  return { width, height, ...layout, rowBytes: Math.ceil((width * layout.components * layout.bits) / 8), png };
}

/** The image object's pixels as pdf.js would hand them over, or null. */
export function decodeImage(objects: PdfObjects, ref: PdfRef, maxDecodedBytes: number): DecodedImage | null {
  const object = objects.get(ref);
  const layout = object !== null && isDict(object.value) ? streamLayout(objects, object.value) : null;
  const data = object === null || layout === null ? null : objects.streamData(object);
  if (layout === null || data === null || layout.rowBytes * layout.height > maxDecodedBytes) return null;
  const { width, height, rowBytes, png, components, bits } = layout;
  const expected = height * (rowBytes + (png ? 1 : 0));
  let inflated: Buffer;
  try {
    // One output buffer of the expected size: zlib's default 16 KB chunks, then their
    // concatenation, would allocate the page twice over, per page, in the document thread.
    inflated = inflateSync(data, { maxOutputLength: expected + 1024, chunkSize: expected + 1024 });
  } catch {
    return null; // damaged, or larger than declared: pdf.js decides what to make of it
  }
  if (inflated.length < expected) return null;
  const pixels = png ? unpredictPng(new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length), height, rowBytes, Math.max(1, (components * bits) >> 3)) : new Uint8Array(inflated.buffer, inflated.byteOffset, expected);
  if (pixels === null) return null;
  // 1-bit gray: a set bit is white, as in pdf.js's GRAYSCALE_1BPP.
  const kind = bits === 1 ? IMAGE_KIND.GRAYSCALE_1BPP : components === 1 ? IMAGE_KIND.GRAYSCALE_8BPP : IMAGE_KIND.RGB_24BPP;
  return { width, height, kind, data: pixels };
}

/**
 * The page's scan, when the page object `pageRef` paints exactly one image, of a kind decoded
 * here; null otherwise (the caller then asks pdf.js).
 */
export function readRawScan(objects: PdfObjects, pageRef: PdfRef, maxDecodedBytes: number): RawScan | null {
  const painted = paintedImage(objects, pageRef);
  const image = painted === null ? null : decodeImage(objects, painted.imageRef, maxDecodedBytes);
  return image === null || painted === null ? null : { image, matrix: painted.matrix };
}

/**
 * The one image XObject the page object `pageRef` paints and the matrix placing it, when its
 * content is that one `Do` and nothing else; null otherwise. Shared by the import (which decodes
 * the image for OCR) and the review app (which sends it as the file stores it).
 */
export function paintedImage(objects: PdfObjects, pageRef: PdfRef): { imageRef: PdfRef; matrix: Matrix } | null {
  const page = objects.get(pageRef)?.value;
  if (!isDict(page)) return null;
  const content = contentOf(objects, page);
  const painted = content === null ? null : singleDo(content);
  const resources = painted === null ? null : resourcesOf(objects, page);
  const xobjects: PdfValue | undefined = resources === null ? undefined : objects.resolve(resources.get('XObject'));
  const imageRef = painted !== null && isDict(xobjects) ? xobjects.get(painted.name) : undefined;
  return painted === null || !isRef(imageRef) ? null : { imageRef, matrix: painted.matrix };
}
