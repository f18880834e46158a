/**
 * Refuses a PDF whose images or content would decode into more memory than an import can spend,
 * before pdf.js decodes anything. A few hundred kilobytes of Flate or JPEG can declare an image of
 * 900 MB, and pdf.js holds several copies of its pixels while decoding: such a file must fail
 * alone with IMAGE_TOO_LARGE, not take the process over its memory.
 *
 * Image XObjects are streams, and a stream's dictionary is never compressed (streams cannot live
 * in object streams), so their `/Width`, `/Height`, `/BitsPerComponent` and colour space are
 * readable in the raw bytes. Likewise a Flate stream that inflates a thousandfold (400 MB of
 * drawing operators in 800 KB) is found by inflating it with a ceiling, in milliseconds, where
 * pdf.js would spend minutes and gigabytes building its operators: file-screen.ts does that in
 * its one pass over the file's streams. Bytes in, a verdict out.
 */

/** Largest decoded image allowed, in bytes (an A4 colour scan at 600 dpi is about 105 MB). */
export const MAX_DECODED_IMAGE_BYTES = 160 * 1024 * 1024;

/** What one image dictionary declares. */
export interface DeclaredImage {
  readonly width: number;
  readonly height: number;
  /** Decoded size in bytes, as pdf.js will hold it (at least one byte per pixel for colour). */
  readonly decodedBytes: number;
}

import { plainNames } from './pdf-objects.js';

const LATIN1 = 'latin1';
/** How far around `/Subtype /Image` its dictionary's other keys may sit. */
const DICTIONARY_WINDOW = 4096;

function componentsOf(dictionary: string): number {
  if (/\/ImageMask\s*true/u.test(dictionary)) return 0; // 1 bit per pixel
  if (/\/DeviceCMYK|\/CalCMYK/u.test(dictionary)) return 4;
  if (/\/DeviceGray|\/CalGray|\/Indexed/u.test(dictionary)) return 1;
  // RGB, ICC profiles, JPX with no colour space: pdf.js decodes these to RGB(A). Counting four
  // components errs on the safe side.
  return /\/DeviceRGB|\/CalRGB|\/Lab/u.test(dictionary) ? 3 : 4;
}

/** The integer object `number generation obj N endobj` in the raw bytes, when there is one. */
function integerObject(bytes: Buffer, reference: string): number | null {
  const [number, generation] = reference.split(/\s+/u);
  const head = `${number} ${generation} obj`;
  for (let at = bytes.indexOf(head); at !== -1; at = bytes.indexOf(head, at + head.length)) {
    if (at > 0 && /\d/u.test(String.fromCharCode(bytes[at - 1]!))) continue; // `19 0 obj` is not `9 0 obj`
    const value = /^\s*(\d{1,9})\s*endobj/u.exec(bytes.toString(LATIN1, at + head.length, at + head.length + 40))?.[1];
    if (value !== undefined) return Number(value);
  }
  return null;
}

/**
 * A direct integer, or one given by reference (`/Width 9 0 R`) to an integer object written plainly
 * in the file: pdf.js would drop an image over its own pixel cap without a word, so the page would
 * come out empty with no reason given. A reference into an object stream stays unresolved.
 */
function integerKey(dictionary: string, key: string, bytes?: Buffer): number | null {
  const reference = new RegExp(`/${key}\\s+(\\d{1,9}\\s+\\d{1,5})\\s+R\\b`, 'u').exec(dictionary)?.[1];
  if (reference !== undefined) return bytes === undefined ? null : integerObject(bytes, reference);
  const match = new RegExp(`/${key}\\s+(\\d{1,9})\\b`, 'u').exec(dictionary);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** The dictionary text around one `/Subtype /Image`: from its `obj` keyword to its `stream`. */
function dictionaryAround(bytes: Buffer, at: number): string {
  const before = bytes.toString(LATIN1, Math.max(0, at - DICTIONARY_WINDOW), at);
  const after = bytes.toString(LATIN1, at, Math.min(bytes.length, at + DICTIONARY_WINDOW));
  const start = Math.max(before.lastIndexOf(' obj'), before.lastIndexOf('stream'), before.lastIndexOf('endobj'));
  const end = after.search(/\bstream\b|\bendobj\b/u);
  return before.slice(Math.max(0, start)) + (end === -1 ? after : after.slice(0, end));
}

/**
 * What an image dictionary's text (names' `#xx` escapes undone) declares, or null when it is not
 * an image or its width or height cannot be read.
 */
export function declaredImage(dictionary: string, bytes?: Buffer): DeclaredImage | null {
  if (!/\/Subtype\s*\/Image\b/u.test(dictionary)) return null;
  const width = integerKey(dictionary, 'Width', bytes);
  const height = integerKey(dictionary, 'Height', bytes);
  if (width === null || height === null) return null;
  const bits = integerKey(dictionary, 'BitsPerComponent') ?? 8;
  const components = componentsOf(dictionary);
  // pdf.js keeps 1-bit images packed; anything else it widens to at least a byte a sample.
  const packed = components === 0 || (components === 1 && bits === 1);
  const decodedBytes = packed ? Math.ceil(width / 8) * height : width * height * components * Math.max(1, bits / 8);
  return { width, height, decodedBytes };
}

/**
 * Every image dictionary with a direct width and height whose `/Subtype` is written plainly, in
 * file order (file-screen.ts reads the stream dictionaries whose names are escaped).
 */
export function declaredImages(data: Uint8Array): DeclaredImage[] {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const images: DeclaredImage[] = [];
  const pattern = /\/Subtype\s*\/Im(?:age|#)/gu;
  for (let at = bytes.indexOf('/Subtype'); at !== -1; at = bytes.indexOf('/Subtype', at + 8)) {
    pattern.lastIndex = 0;
    if (!pattern.test(bytes.toString(LATIN1, at, Math.min(bytes.length, at + 24)))) continue;
    const image = declaredImage(plainNames(dictionaryAround(bytes, at)), bytes);
    if (image !== null) images.push(image);
  }
  return images;
}

/** Components of an inline image, from its abbreviated keys (`/CS /RGB`, `/IM true`…). */
function inlineComponents(dictionary: string): number {
  if (/\/(?:IM|ImageMask)\s*true/u.test(dictionary)) return 0;
  const space = /\/(?:CS|ColorSpace)\s*\/(\w+)/u.exec(dictionary)?.[1] ?? 'G';
  if (/^(?:G|DeviceGray|CalGray|I|Indexed)$/u.test(space)) return 1;
  return /^(?:CMYK|DeviceCMYK)$/u.test(space) ? 4 : 3;
}

/**
 * Every inline image (`BI /W … /H … ID`) of a content stream's text, or of a file's raw bytes (an
 * uncompressed content stream). Its pixels sit inside the content stream, so no image dictionary
 * names it; pdf.js drops one over its pixel cap without a word, and decodes any other whole.
 */
export function declaredInlineImages(data: Uint8Array): DeclaredImage[] {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const images: DeclaredImage[] = [];
  for (let at = bytes.indexOf('BI'); at !== -1; at = bytes.indexOf('BI', at + 2)) {
    const head = plainNames(bytes.toString(LATIN1, at, Math.min(bytes.length, at + 1024)));
    const dictionary = /^BI\s+(\/[^]*?)\sID\s/u.exec(head)?.[1];
    if (dictionary === undefined || (at > 0 && !/\s/u.test(String.fromCharCode(bytes[at - 1]!)))) continue;
    const width = integerKey(dictionary, '(?:W|Width)');
    const height = integerKey(dictionary, '(?:H|Height)');
    if (width === null || height === null) continue;
    const bits = integerKey(dictionary, '(?:BPC|BitsPerComponent)') ?? 8;
    const components = inlineComponents(dictionary);
    const packed = components === 0 || (components === 1 && bits === 1);
    images.push({ width, height, decodedBytes: packed ? Math.ceil(width / 8) * height : width * height * components * Math.max(1, bits / 8) });
  }
  return images;
}

/** The first image (XObject or inline) over the budget, or null when every declared image fits. */
export function oversizedImage(data: Uint8Array, maxDecodedBytes: number = MAX_DECODED_IMAGE_BYTES): DeclaredImage | null {
  const over = (image: DeclaredImage): boolean => image.decodedBytes > maxDecodedBytes;
  return declaredImages(data).find(over) ?? declaredInlineImages(data).find(over) ?? null;
}

/**
 * Largest a Flate stream other than an image or an attachment may inflate to: a page's drawing
 * operators beyond this would not fit a document thread's heap once parsed.
 */
export const MAX_INFLATED_STREAM_BYTES = 48 * 1024 * 1024;
/** Deflate cannot beat about 1032:1, so a stream smaller than the ceiling over this can never exceed it. */
export const MAX_DEFLATE_RATIO = 1032;
