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

function integerKey(dictionary: string, key: string): number | null {
  // A direct integer only: `/Width 5 0 R` (an indirect size) is left to pdf.js's own pixel cap.
  const match = new RegExp(`/${key}\\s+(\\d{1,9})(?![\\d\\s]*\\s+R\\b)`, 'u').exec(dictionary);
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

/** Every image dictionary with a direct width and height, in file order. */
export function declaredImages(data: Uint8Array): DeclaredImage[] {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const images: DeclaredImage[] = [];
  const pattern = /\/Subtype\s*\/Image\b/gu;
  for (let at = bytes.indexOf('/Subtype'); at !== -1; at = bytes.indexOf('/Subtype', at + 8)) {
    pattern.lastIndex = 0;
    if (!pattern.test(bytes.toString(LATIN1, at, Math.min(bytes.length, at + 24)))) continue;
    const dictionary = dictionaryAround(bytes, at);
    const width = integerKey(dictionary, 'Width');
    const height = integerKey(dictionary, 'Height');
    if (width === null || height === null) continue;
    const bits = integerKey(dictionary, 'BitsPerComponent') ?? 8;
    const components = componentsOf(dictionary);
    // pdf.js keeps 1-bit images packed; anything else it widens to at least a byte a sample.
    const packed = components === 0 || (components === 1 && bits === 1);
    const decodedBytes = packed ? Math.ceil(width / 8) * height : width * height * components * Math.max(1, bits / 8);
    images.push({ width, height, decodedBytes });
  }
  return images;
}

/** The first image over the budget, or null when every declared image fits. */
export function oversizedImage(data: Uint8Array, maxDecodedBytes: number = MAX_DECODED_IMAGE_BYTES): DeclaredImage | null {
  return declaredImages(data).find((image) => image.decodedBytes > maxDecodedBytes) ?? null;
}

/**
 * Largest a Flate stream other than an image or an attachment may inflate to: a page's drawing
 * operators beyond this would not fit a document thread's heap once parsed.
 */
export const MAX_INFLATED_STREAM_BYTES = 48 * 1024 * 1024;
/** Deflate cannot beat about 1032:1, so a stream smaller than the ceiling over this can never exceed it. */
export const MAX_DEFLATE_RATIO = 1032;
