/**
 * Turning the pixels pdf.js decodes from an embedded image into the 8-bit gray image OCR needs,
 * shrunk on the way, and encoding it for tesseract.js. Pure: no pdf.js, no I/O.
 */

/**
 * pdf.js's `ImageKind`: how the decoded pixels of an image object are laid out; plus 8-bit gray,
 * which pdf.js never hands over (it widens gray to RGB) but raw-scan.ts does.
 */
export const IMAGE_KIND = { GRAYSCALE_1BPP: 1, RGB_24BPP: 2, RGBA_32BPP: 3, GRAYSCALE_8BPP: 8 } as const;

/** Decoded pixels as pdf.js hands them over in `page.objs`. */
export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  readonly kind: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/** One byte per pixel, row after row, 0 black .. 255 white. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

type PixelReader = (row: number, column: number) => number;

function pixelReader(image: DecodedImage): PixelReader | null {
  const { width, height, kind, data } = image;
  if (kind === IMAGE_KIND.GRAYSCALE_8BPP && data.length >= width * height) return (row, column) => data[row * width + column] ?? 255;
  if (kind === IMAGE_KIND.RGB_24BPP && data.length >= width * height * 3) {
    // ITU-R BT.601 luma in integers, as leptonica's own RGB-to-gray does roughly.
    return (row, column) => {
      const at = (row * width + column) * 3;
      return ((data[at] ?? 0) * 77 + (data[at + 1] ?? 0) * 150 + (data[at + 2] ?? 0) * 29) >> 8;
    };
  }
  if (kind === IMAGE_KIND.RGBA_32BPP && data.length >= width * height * 4) {
    // An image with a soft mask arrives as RGBA: composite it over the white page.
    return (row, column) => {
      const at = (row * width + column) * 4;
      const gray = ((data[at] ?? 0) * 77 + (data[at + 1] ?? 0) * 150 + (data[at + 2] ?? 0) * 29) >> 8;
      const alpha = data[at + 3] ?? 255;
      return 255 - Math.round(((255 - gray) * alpha) / 255);
    };
  }
  const stride = Math.ceil(width / 8);
  if (kind === IMAGE_KIND.GRAYSCALE_1BPP && data.length >= stride * height) {
    // pdf.js packs 1-bit images MSB first, rows padded to a byte; a set bit is white.
    return (row, column) => (((data[row * stride + (column >> 3)] ?? 0) >> (7 - (column & 7))) & 1) * 255;
  }
  return null;
}

/**
 * Converts decoded pixels to gray and shrinks them by an integer `factor` (box average) in one
 * pass, so a huge scan never exists twice at full size. Returns null for layouts it cannot read.
 */
export function toGrayShrunk(image: DecodedImage, factor: number): GrayImage | null {
  const step = Math.max(1, Math.floor(factor));
  if (step === 1) {
    const full = fullSizeGray(image);
    if (full !== null) return full;
  }
  const read = pixelReader(image);
  const width = Math.floor(image.width / step);
  const height = Math.floor(image.height / step);
  if (read === null || width < 1 || height < 1) return null;
  const out = new Uint8Array(width * height);
  const sums = new Uint32Array(width);
  const area = step * step;
  for (let y = 0; y < height; y += 1) {
    sums.fill(0);
    for (let dy = 0; dy < step; dy += 1) {
      const row = y * step + dy;
      for (let x = 0, column = 0; x < width; x += 1) {
        let sum = 0;
        for (let dx = 0; dx < step; dx += 1, column += 1) sum += read(row, column);
        sums[x] = (sums[x] ?? 0) + sum;
      }
    }
    for (let x = 0; x < width; x += 1) out[y * width + x] = Math.round((sums[x] ?? 0) / area);
  }
  return { width, height, data: out };
}

/**
 * The common cases at full size, in a plain loop: 8-bit gray as it is (no copy), RGB to luma.
 * The same values as the general path, several times faster on a 4-megapixel page.
 */
function fullSizeGray(image: DecodedImage): GrayImage | null {
  const { width, height, kind, data } = image;
  const pixels = width * height;
  if (kind === IMAGE_KIND.GRAYSCALE_8BPP && data.length >= pixels) {
    return { width, height, data: data instanceof Uint8Array ? data.subarray(0, pixels) : new Uint8Array(data.buffer, data.byteOffset, pixels) };
  }
  if (kind !== IMAGE_KIND.RGB_24BPP || data.length < pixels * 3) return null;
  const out = new Uint8Array(pixels);
  for (let pixel = 0, at = 0; pixel < pixels; pixel += 1, at += 3) {
    out[pixel] = ((data[at] as number) * 77 + (data[at + 1] as number) * 150 + (data[at + 2] as number) * 29) >> 8;
  }
  return { width, height, data: out };
}

/**
 * Encodes a gray image as binary PGM (P5): leptonica, inside tesseract.js, reads it directly, and
 * unlike PNG it costs nothing to encode or decode. The bytes live in a SharedArrayBuffer, so the
 * OCR worker reads them where they are (ocr-pool.ts) instead of receiving copies.
 */
export function encodePgm(image: GrayImage): Buffer {
  const header = `P5\n${image.width} ${image.height}\n255\n`;
  const pixels = image.width * image.height;
  const out = Buffer.from(new SharedArrayBuffer(header.length + pixels));
  out.write(header, 0, 'ascii');
  out.set(image.data.subarray(0, pixels), header.length);
  return out;
}

/** Below this gray level a pixel is ink (a dark speck or a stroke), above it paper. */
const INK_LEVEL = 128;
/**
 * Share of ink pixels under which a page image is blank: the back of a sheet scanned in duplex,
 * with a few specks of dust. A single short line of text (40 letters at 300 dpi on A4) is about
 * 0.07 % of the page; a blank scan's specks stay well under 0.03 %.
 */
export const BLANK_INK_SHARE = 0.0003;

/**
 * Whether a page image shows anything: its share of ink pixels, over a grid of every other
 * pixel of every other row, reaches BLANK_INK_SHARE. A page that paints only a blank image gave
 * OCR nothing to read, and that is no warning.
 */
export function hasInk(image: GrayImage): boolean {
  let ink = 0;
  let seen = 0;
  for (let row = 0; row < image.height; row += 2) {
    const start = row * image.width;
    for (let at = start; at < start + image.width; at += 2) {
      seen += 1;
      if ((image.data[at] ?? 255) < INK_LEVEL) ink += 1;
    }
  }
  return seen > 0 && ink / seen >= BLANK_INK_SHARE;
}

