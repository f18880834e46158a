import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IMAGE_KIND } from '../../../main/ingest/gray-image.js';
import { PdfObjects, parseValue } from '../../../main/ingest/pdf-objects.js';
import { readRawScan, singleDo, unpredictPng } from '../../../main/ingest/raw-scan.js';

/** PNG-filters rows with filter `type` for every row (what a scanner's writer would do). */
function pngFilter(pixels: Uint8Array, rows: number, rowBytes: number, bpp: number, type: number): Uint8Array {
  const out = new Uint8Array(rows * (rowBytes + 1));
  for (let row = 0; row < rows; row += 1) {
    out[row * (rowBytes + 1)] = type;
    for (let column = 0; column < rowBytes; column += 1) {
      const value = pixels[row * rowBytes + column] ?? 0;
      const left = column >= bpp ? (pixels[row * rowBytes + column - bpp] ?? 0) : 0;
      const above = row > 0 ? (pixels[(row - 1) * rowBytes + column] ?? 0) : 0;
      const aboveLeft = row > 0 && column >= bpp ? (pixels[(row - 1) * rowBytes + column - bpp] ?? 0) : 0;
      const estimate = left + above - aboveLeft;
      const paeth = Math.abs(estimate - left) <= Math.abs(estimate - above) && Math.abs(estimate - left) <= Math.abs(estimate - aboveLeft) ? left : Math.abs(estimate - above) <= Math.abs(estimate - aboveLeft) ? above : aboveLeft;
      const predicted = [0, left, above, (left + above) >> 1, paeth][type] ?? 0;
      out[row * (rowBytes + 1) + 1 + column] = (value - predicted) & 0xff;
    }
  }
  return out;
}

interface Options {
  readonly content?: string;
  readonly imageKeys?: string;
  readonly data?: Uint8Array;
  readonly resourcesOnParent?: boolean;
  readonly indirectLength?: boolean;
}

/** A one-page PDF whose page paints image /Im0 (object 5), written by hand. */
function scanPdf(width: number, height: number, options: Options = {}): { bytes: Buffer; pageRef: { num: number; gen: number } } {
  const content = options.content ?? `q\n${width * 0.36} 0 0 ${height * 0.36} 0 0 cm\n/Im0 Do\nQ`;
  const data = Buffer.from(options.data ?? new Uint8Array(0));
  const resources = '/Resources << /XObject << /Im0 5 0 R >> >>';
  const parts: (string | Buffer)[] = ['%PDF-1.4\n'];
  parts.push(`1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n`);
  parts.push(`2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 ${options.resourcesOnParent === true ? resources : ''} >>\nendobj\n`);
  parts.push(`3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width * 0.36} ${height * 0.36}] ${options.resourcesOnParent === true ? '' : resources} /Contents 4 0 R >>\nendobj\n`);
  parts.push(`4 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`);
  const length = options.indirectLength === true ? '6 0 R' : String(data.length);
  parts.push(`5 0 obj\n<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} ${options.imageKeys ?? ''} /Length ${length} >>\nstream\n`, data, '\nendstream\nendobj\n');
  parts.push(`6 0 obj\n${data.length}\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
  return { bytes: Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part))), pageRef: { num: 3, gen: 0 } };
}

const WIDTH = 37;
const HEIGHT = 23;
const gray = Uint8Array.from({ length: WIDTH * HEIGHT }, (_, index) => (index * 37 + (index % WIDTH) * 11) & 0xff);
const GRAY_PNG = '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns 37 >>';

describe('PDF object reader', () => {
  it('reads dictionaries, arrays, names, numbers and references', () => {
    const value = parseValue('<< /A [1 2.5 -3 4 0 R] /B /Name /C << /D (str) /E <0aff> /F true >> >>');
    expect(value).toEqual(new Map<string, unknown>([
      ['A', [1, 2.5, -3, { num: 4, gen: 0 }]],
      ['B', { name: 'Name' }],
      ['C', new Map<string, unknown>([['D', ''], ['E', ''], ['F', true]])],
    ]));
  });

  it('gives up on what it cannot read, and on nesting a hostile file could make deep', () => {
    expect(parseValue('<< /A 1')).toBeNull();
    expect(parseValue(`${'['.repeat(100)}${']'.repeat(100)}`)).toBeNull();
  });
});

describe('scan page read from the file bytes', () => {
  it('undoes every PNG row filter', () => {
    for (const type of [0, 1, 2, 3, 4]) expect(unpredictPng(pngFilter(gray, HEIGHT, WIDTH, 1, type), HEIGHT, WIDTH, 1)).toEqual(gray);
    expect(unpredictPng(new Uint8Array([9, 1, 2]), 1, 2, 1)).toBeNull(); // no filter type 9
  });

  it('reads a Flate gray image with a PNG predictor, its pixels as they were, and its matrix', () => {
    const { bytes, pageRef } = scanPdf(WIDTH, HEIGHT, { imageKeys: GRAY_PNG, data: deflateSync(pngFilter(gray, HEIGHT, WIDTH, 1, 4)) });
    const scan = readRawScan(new PdfObjects(bytes), pageRef, 1e9);
    expect(scan?.image).toEqual({ width: WIDTH, height: HEIGHT, kind: IMAGE_KIND.GRAYSCALE_8BPP, data: gray });
    expect(scan?.matrix.map((value) => Math.round(value * 100) / 100)).toEqual([13.32, 0, 0, 8.28, 0, 0]);
  });

  it('reads RGB and 1-bit gray without a predictor, an indirect length, resources inherited from the page tree', () => {
    const rgb = Uint8Array.from({ length: WIDTH * HEIGHT * 3 }, (_, index) => index & 0xff);
    const rgbPdf = scanPdf(WIDTH, HEIGHT, { imageKeys: '/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter [/FlateDecode]', data: deflateSync(rgb), indirectLength: true, resourcesOnParent: true });
    expect(readRawScan(new PdfObjects(rgbPdf.bytes), rgbPdf.pageRef, 1e9)?.image).toEqual({ width: WIDTH, height: HEIGHT, kind: IMAGE_KIND.RGB_24BPP, data: rgb });
    const bits = Uint8Array.from({ length: Math.ceil(WIDTH / 8) * HEIGHT }, (_, index) => (index * 97) & 0xff);
    const bitPdf = scanPdf(WIDTH, HEIGHT, { imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode', data: deflateSync(bits) });
    expect(readRawScan(new PdfObjects(bitPdf.bytes), bitPdf.pageRef, 1e9)?.image.kind).toBe(IMAGE_KIND.GRAYSCALE_1BPP);
  });

  it('leaves to pdf.js every page that is more than one plain image, and every image it does not decode itself', () => {
    const data = deflateSync(pngFilter(gray, HEIGHT, WIDTH, 1, 2));
    const cases: Options[] = [
      { content: 'q 13 0 0 8 0 0 cm /Im0 Do Q BT /F1 12 Tf (hidden) Tj ET', imageKeys: GRAY_PNG, data }, // text besides the image
      { content: 'q 13 0 0 8 0 0 cm /Im0 Do Q q 13 0 0 8 0 0 cm /Im0 Do Q', imageKeys: GRAY_PNG, data }, // painted twice
      { content: '0 0 m 10 10 l S', imageKeys: GRAY_PNG, data }, // no image
      { imageKeys: `${GRAY_PNG} /Decode [1 0]`, data }, // inverted
      { imageKeys: `${GRAY_PNG} /SMask 7 0 R`, data }, // soft mask
      { imageKeys: '/ColorSpace /DeviceCMYK /BitsPerComponent 8 /Filter /FlateDecode', data }, // CMYK
      { imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', data }, // JPEG
      { imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/ASCIIHexDecode /FlateDecode]', data }, // filter chain
      { imageKeys: GRAY_PNG, data: data.subarray(0, data.length >> 1) }, // truncated stream
      { imageKeys: GRAY_PNG.replace('/Columns 37', '/Columns 36'), data }, // predictor disagrees with the image
    ];
    for (const options of cases) {
      const { bytes, pageRef } = scanPdf(WIDTH, HEIGHT, options);
      expect(readRawScan(new PdfObjects(bytes), pageRef, 1e9), JSON.stringify(options.content ?? options.imageKeys)).toBeNull();
    }
    const { bytes, pageRef } = scanPdf(WIDTH, HEIGHT, { imageKeys: GRAY_PNG, data });
    expect(readRawScan(new PdfObjects(bytes), pageRef, WIDTH * HEIGHT - 1)).toBeNull(); // over the decode budget
  });

  it('keeps the transform of nested q/cm around the image', () => {
    expect(singleDo('q 2 0 0 2 10 20 cm q 100 0 0 50 0 0 cm /Im1 Do Q Q')).toEqual({ name: 'Im1', matrix: [200, 0, 0, 100, 10, 20] });
    expect(singleDo('/Im1 /Im2 Do')).toBeNull();
  });
});
