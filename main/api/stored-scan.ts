/**
 * A scanned page's image as the file stores it, in a form a browser decodes natively, so the
 * review app can show a scan without pdf.js: pdf.js inflates a Flate image in JavaScript, undoes
 * its PNG predictor in JavaScript and widens gray to RGBA before painting it, several hundred
 * milliseconds of CPU per A4 page at 200 dpi, on every page shown.
 *
 * The page must be exactly one image drawn upright (`q … cm /Im Do Q`, nothing else: the same
 * test the OCR path uses, raw-scan.ts), and the image one of:
 *   - a JPEG (DCTDecode) in gray or RGB: its bytes are a JPEG file as they are;
 *   - a Flate stream of 8-bit gray/RGB or 1-bit gray with a PNG predictor (scanners, img2pdf):
 *     its bytes are exactly a PNG's image data, wrapped in a PNG header and end, not re-encoded;
 *   - the same without a predictor: inflated, each row led by PNG's "none" filter, deflated fast.
 * Anything else, or any doubt, answers null and the app renders the page with pdf.js as before.
 * Pure: bytes in, bytes out.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { isDict, isName, isRef, type PdfDict, type PdfObjects, type PdfRef, type PdfValue } from '../ingest/pdf-objects.js';
import { paintedImage } from '../ingest/raw-scan.js';

/** Where the image lies on the page, as fractions of the page's width and height from its top-left corner. */
export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface StoredScan {
  readonly mediaType: 'image/png' | 'image/jpeg';
  readonly bytes: Buffer;
  /** The image's own size, in pixels. */
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly placement: Placement;
}

/** Largest image re-encoded when it has no predictor (inflated in memory first), in bytes. */
const MAX_REENCODED_BYTES = 64 * 1024 * 1024;
/** The page box, `[x0, y0, x1, y1]` in points (pdf.js's `page.view`). */
export type PageBox = readonly [number, number, number, number];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, tail]);
}

/** A PNG file around zlib data whose rows each start with their PNG filter type. */
export function pngFile(width: number, height: number, bits: 1 | 8, components: 1 | 3, zlibData: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = bits;
  header[9] = components === 1 ? 0 : 2; // gray or truecolour
  // compression, filter method and interlace are 0: deflate, adaptive filters, none
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibData), chunk('IEND', Buffer.alloc(0))]);
}

/** Components of a colour space a browser shows as the PDF means it (an ICC profile is ignored: close enough to look at). */
function componentsOf(objects: PdfObjects, space: PdfValue | undefined): 1 | 3 | null {
  const resolved = objects.resolve(space);
  if (isName(resolved)) return resolved.name === 'DeviceGray' ? 1 : resolved.name === 'DeviceRGB' ? 3 : null;
  if (!Array.isArray(resolved) || resolved.length !== 2 || !isName(resolved[0]) || resolved[0].name !== 'ICCBased' || !isRef(resolved[1])) return null;
  const profile = objects.get(resolved[1])?.value;
  const count = isDict(profile) ? objects.resolve(profile.get('N')) : undefined;
  return count === 1 ? 1 : count === 3 ? 3 : null;
}

function singleFilter(dict: PdfDict): string | null {
  const filter = dict.get('Filter');
  const single = Array.isArray(filter) ? (filter.length === 1 ? filter[0] : undefined) : filter;
  return isName(single) ? single.name : null;
}

function singleParms(dict: PdfDict): PdfDict | null {
  const parms = dict.get('DecodeParms');
  const single = Array.isArray(parms) ? parms[0] : parms;
  if (single === undefined || single === null) return new Map();
  return isDict(single) ? single : null;
}

interface ImageFacts {
  readonly width: number;
  readonly height: number;
  readonly components: 1 | 3;
  readonly bits: number;
  readonly filter: string;
  readonly parms: PdfDict;
}

/** The facts of an image XObject a browser can show as it is, or null. */
function imageFacts(objects: PdfObjects, dict: PdfDict): ImageFacts | null {
  const subtype = dict.get('Subtype');
  if (!isName(subtype) || subtype.name !== 'Image') return null;
  // A decode array, a mask or a soft mask changes what the pixels mean: pdf.js knows how.
  if (['Decode', 'SMask', 'Mask', 'ImageMask', 'SMaskInData'].some((key) => dict.has(key))) return null;
  const width = objects.resolve(dict.get('Width'));
  const height = objects.resolve(dict.get('Height'));
  const bits = objects.resolve(dict.get('BitsPerComponent'));
  const components = componentsOf(objects, dict.get('ColorSpace'));
  const filter = singleFilter(dict);
  const parms = singleParms(dict);
  if (typeof width !== 'number' || typeof height !== 'number' || !Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) return null;
  if (typeof bits !== 'number' || components === null || filter === null || parms === null) return null;
  return { width, height, components, bits, filter, parms };
}

function asJpeg(facts: ImageFacts, data: Buffer): Buffer | null {
  // An Adobe colour transform flag, or anything but plain 8-bit gray/RGB: pdf.js decides.
  if (facts.bits !== 8 || facts.parms.size > 0) return null;
  return data[0] === 0xff && data[1] === 0xd8 ? data : null;
}

function asPng(facts: ImageFacts, data: Buffer): Buffer | null {
  const { width, height, components, bits, parms } = facts;
  if (!(bits === 8 || (bits === 1 && components === 1))) return null;
  const predictor = parms.get('Predictor') ?? 1;
  if (typeof predictor === 'number' && predictor >= 10) {
    // The predictor's own idea of the rows must be the image's; then the stream is PNG image data.
    if ((parms.get('Colors') ?? 1) !== components || (parms.get('BitsPerComponent') ?? 8) !== bits || (parms.get('Columns') ?? 1) !== width) return null;
    return pngFile(width, height, bits, components, data);
  }
  if (predictor !== 1) return null; // TIFF predictor: left to pdf.js
  const rowBytes = Math.ceil((width * components * bits) / 8);
  if (rowBytes * height > MAX_REENCODED_BYTES) return null;
  let pixels: Buffer;
  try {
    pixels = inflateSync(data, { maxOutputLength: rowBytes * height + 1024 });
  } catch {
    return null;
  }
  if (pixels.length < rowBytes * height) return null;
  const rows = Buffer.alloc((rowBytes + 1) * height); // each row's filter byte stays 0: none
  for (let row = 0; row < height; row += 1) pixels.copy(rows, row * (rowBytes + 1) + 1, row * rowBytes, (row + 1) * rowBytes);
  return pngFile(width, height, bits, components, deflateSync(rows, { level: 1 }));
}

/** Where the unit square under `matrix` lands on the page, or null unless upright and unflipped. */
function placementOf(matrix: readonly number[], box: PageBox): Placement | null {
  const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];
  const [x0, y0, x1, y1] = box;
  if (b !== 0 || c !== 0 || !(a > 0) || !(d > 0) || !(x1 > x0) || !(y1 > y0)) return null;
  const placement = { left: (e - x0) / (x1 - x0), top: (y1 - (f + d)) / (y1 - y0), width: a / (x1 - x0), height: d / (y1 - y0) };
  return Object.values(placement).every(Number.isFinite) ? placement : null;
}

/**
 * The scan of page `pageRef` as a PNG or JPEG file and where it lies on the page box, or null
 * when the page is anything but one image a browser can show as it is.
 */
export function storedScan(objects: PdfObjects, pageRef: PdfRef, box: PageBox): StoredScan | null {
  const painted = paintedImage(objects, pageRef);
  const placement = painted === null ? null : placementOf(painted.matrix, box);
  if (placement === null || painted === null) return null;
  const object = objects.get(painted.imageRef);
  const facts = object !== null && isDict(object.value) ? imageFacts(objects, object.value) : null;
  const data = object === null || facts === null ? null : objects.streamData(object);
  if (facts === null || data === null) return null;
  const bytes = facts.filter === 'DCTDecode' ? asJpeg(facts, data) : facts.filter === 'FlateDecode' ? asPng(facts, data) : null;
  if (bytes === null) return null;
  return { mediaType: facts.filter === 'DCTDecode' ? 'image/jpeg' : 'image/png', bytes, pixelWidth: facts.width, pixelHeight: facts.height, placement };
}
