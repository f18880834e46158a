import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { storedScan, type PageBox } from '../../../main/api/stored-scan.js';
import { PdfObjects } from '../../../main/ingest/pdf-objects.js';
import { unpredictPng } from '../../../main/ingest/raw-scan.js';
import { scanPdf, type PageSpec } from './scan-pdf.js';

const WIDTH = 29;
const HEIGHT = 17;
const BOX: PageBox = [0, 0, 600, 800];
const pixels = Uint8Array.from({ length: WIDTH * HEIGHT }, (_, index) => (index * 53 + (index % WIDTH) * 7) & 0xff);

/** Rows each led by a filter byte: "up" (2) on odd rows, "sub" (1) on even ones, as a PNG writer mixes them. */
function filtered(source: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(height * (width + 1));
  for (let row = 0; row < height; row += 1) {
    const type = row % 2 === 1 ? 2 : 1;
    out[row * (width + 1)] = type;
    for (let column = 0; column < width; column += 1) {
      const value = source[row * width + column] ?? 0;
      const predicted = type === 2 ? (source[(row - 1) * width + column] ?? 0) : column > 0 ? (source[row * width + column - 1] ?? 0) : 0;
      out[row * (width + 1) + 1 + column] = (value - predicted) & 0xff;
    }
  }
  return out;
}

const PREDICTED: PageSpec = {
  width: WIDTH,
  height: HEIGHT,
  imageKeys: `/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns ${WIDTH} >>`,
  data: deflateSync(filtered(pixels, WIDTH, HEIGHT)),
};

function scanOf(page: PageSpec, box: PageBox = BOX): ReturnType<typeof storedScan> {
  const built = scanPdf([page]);
  return storedScan(new PdfObjects(built.bytes), { num: built.pageObjects[0] ?? 0, gen: 0 }, box);
}

/** A PNG's chunks, each CRC checked. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)) >>> 0);
    found.push({ type, data });
    at += 12 + length;
  }
  return found;
}

/** The pixels a PNG decoder reads from a one-IDAT gray PNG. */
function grayPixels(png: Buffer): { width: number; height: number; bits: number; colour: number; pixels: Uint8Array } {
  const [header, ...rest] = chunks(png);
  expect(header?.type).toBe('IHDR');
  expect(rest.map((chunk) => chunk.type)).toEqual(['IDAT', 'IEND']);
  const width = header?.data.readUInt32BE(0) ?? 0;
  const height = header?.data.readUInt32BE(4) ?? 0;
  const inflated = new Uint8Array(inflateSync(rest[0]?.data ?? Buffer.alloc(0)));
  return { width, height, bits: header?.data[8] ?? 0, colour: header?.data[9] ?? 0, pixels: Uint8Array.from(unpredictPng(inflated, height, width, 1) ?? []) };
}

describe('a scanned page served as the file stores it', () => {
  it('wraps a Flate image with a PNG predictor in a PNG without re-encoding it: same pixels, image data untouched', () => {
    const scan = scanOf(PREDICTED);
    expect(scan).toMatchObject({ mediaType: 'image/png', pixelWidth: WIDTH, pixelHeight: HEIGHT, placement: { left: 0, top: 0, width: 1, height: 1 } });
    const png = scan?.bytes ?? Buffer.alloc(0);
    expect(chunks(png)[1]?.data).toEqual(Buffer.from(PREDICTED.data));
    expect(grayPixels(png)).toEqual({ width: WIDTH, height: HEIGHT, bits: 8, colour: 0, pixels });
  });

  it('re-encodes a Flate image without predictor as a PNG of the same pixels', () => {
    const scan = scanOf({ ...PREDICTED, imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: deflateSync(pixels) });
    expect(scan?.mediaType).toBe('image/png');
    expect(grayPixels(scan?.bytes ?? Buffer.alloc(0)).pixels).toEqual(pixels);
  });

  it('keeps 1-bit gray and RGB as PNG bit depth 1 and colour type 2, an ICC profile of 3 components as RGB', () => {
    const oneBit = scanOf({ ...PREDICTED, imageKeys: `/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 1 /Columns ${WIDTH} >>` });
    expect(oneBit === null ? null : chunks(oneBit.bytes)[0]?.data.subarray(8, 10)).toEqual(Buffer.from([1, 0]));
    const rgb = scanOf({ ...PREDICTED, imageKeys: `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns ${WIDTH} >>` });
    expect(rgb === null ? null : chunks(rgb.bytes)[0]?.data.subarray(8, 10)).toEqual(Buffer.from([8, 2]));
  });

  it('hands a JPEG over byte for byte', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
    const scan = scanOf({ ...PREDICTED, imageKeys: '/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode', data: jpeg });
    expect(scan?.mediaType).toBe('image/jpeg');
    expect(scan?.bytes).toEqual(jpeg);
  });

  it('places an image that does not cover the page, as fractions of the page box', () => {
    const scan = scanOf({ ...PREDICTED, content: 'q 300 0 0 200 60 400 cm /Im0 Do Q' });
    expect(scan?.placement).toEqual({ left: 0.1, top: 0.25, width: 0.5, height: 0.25 });
    // The box's origin need not be 0 0.
    expect(scanOf({ ...PREDICTED, content: 'q 300 0 0 400 100 100 cm /Im0 Do Q' }, [100, 100, 700, 900])?.placement).toEqual({ left: 0, top: 0.5, width: 0.5, height: 0.5 });
  });

  it('answers null, leaving the page to pdf.js, whenever a browser would not show what the PDF means', () => {
    const cases: Record<string, PageSpec> = {
      'text over the scan': { ...PREDICTED, content: 'q 600 0 0 800 0 0 cm /Im0 Do Q BT /F1 12 Tf (x) Tj ET' },
      'two images': { ...PREDICTED, content: 'q 600 0 0 800 0 0 cm /Im0 Do Q q 10 0 0 10 0 0 cm /Im0 Do Q' },
      'a rotated placement': { ...PREDICTED, content: 'q 0 800 -600 0 600 0 cm /Im0 Do Q' },
      'a flipped placement': { ...PREDICTED, content: 'q 600 0 0 -800 0 800 cm /Im0 Do Q' },
      'a soft mask': { ...PREDICTED, imageKeys: `${PREDICTED.imageKeys} /SMask 3 0 R` },
      'a decode array (inverted)': { ...PREDICTED, imageKeys: `${PREDICTED.imageKeys} /Decode [1 0]` },
      'CMYK': { ...PREDICTED, imageKeys: '/ColorSpace /DeviceCMYK /BitsPerComponent 8 /Filter /DCTDecode', data: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) },
      'JPEG 2000': { ...PREDICTED, imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /JPXDecode' },
      'a chain of filters': { ...PREDICTED, imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/ASCIIHexDecode /FlateDecode]' },
      'a predictor for other rows': { ...PREDICTED, imageKeys: `/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /Columns ${WIDTH + 1} >>` },
      'a TIFF predictor': { ...PREDICTED, imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 2 >>' },
      '4-bit gray': { ...PREDICTED, imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 4 /Filter /FlateDecode' },
      'damaged Flate data (no predictor)': { ...PREDICTED, imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: Buffer.from('not zlib') },
      'a JPEG filter over bytes that are no JPEG': { ...PREDICTED, imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', data: Buffer.from('xx') },
    };
    for (const [name, page] of Object.entries(cases)) expect(scanOf(page), name).toBeNull();
  });
});
