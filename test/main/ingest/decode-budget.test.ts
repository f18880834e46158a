import { describe, expect, it } from 'vitest';
import { declaredImages, declaredInlineImages, oversizedImage } from '../../../main/ingest/decode-budget.js';

const pdf = (...parts: (string | Buffer)[]): Uint8Array => new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part))));

describe('declared image sizes, read before decoding', () => {
  it('reads width, height, depth and colour space of each image dictionary', () => {
    const bytes = pdf(
      '%PDF-1.7\n4 0 obj\n<< /Type /XObject /Subtype /Image /Width 17320 /Height 17320 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length 3 >>\nstream\nabc\nendstream\nendobj\n',
      '5 0 obj\n<</Subtype/Image/Width 12000/Height 12000/ColorSpace/DeviceGray/BitsPerComponent 1/Length 1>>stream\nx\nendstream endobj\n',
      '6 0 obj\n<< /Subtype /Image /Width 100 /Height 50 /ImageMask true /Length 1 >>\nstream\nx\nendstream\nendobj\n',
    );
    expect(declaredImages(bytes)).toEqual([
      { width: 17320, height: 17320, decodedBytes: 17320 * 17320 * 3 },
      { width: 12000, height: 12000, decodedBytes: 1500 * 12000 }, // 1-bit gray stays packed
      { width: 100, height: 50, decodedBytes: 13 * 50 },
    ]);
    expect(oversizedImage(bytes)?.width).toBe(17320);
  });

  it('counts an image of unknown colours (ICC, JPX) as four bytes a pixel, and leaves an unresolvable indirect size to pdf.js', () => {
    const bytes = pdf(
      '7 0 obj\n<< /Subtype /Image /Width 8000 /Height 6000 /Filter /JPXDecode /Length 1 >>\nstream\nx\nendstream\nendobj\n',
      '8 0 obj\n<< /Subtype /Image /Width 9 0 R /Height 6000 /Length 1 >>\nstream\nx\nendstream\nendobj\n',
    );
    expect(declaredImages(bytes)).toEqual([{ width: 8000, height: 6000, decodedBytes: 8000 * 6000 * 4 }]);
    expect(oversizedImage(bytes)).not.toBeNull(); // 183 MB > 160 MB
    expect(oversizedImage(pdf('<< /Subtype /Image /Width 2480 /Height 3508 /ColorSpace /DeviceRGB /BitsPerComponent 8 >>\nstream\n'))).toBeNull();
  });

  it('resolves a size given by reference to a plain integer object (pdf.js would drop the image silently)', () => {
    const bytes = pdf(
      '5 0 obj\n<< /Subtype /Image /Width 6 0 R /Height 6 0 R /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 1 >>\nstream\nx\nendstream\nendobj\n',
      '16 0 obj\n12\nendobj\n6 0 obj\n17320\nendobj\n',
    );
    expect(declaredImages(bytes)).toEqual([{ width: 17320, height: 17320, decodedBytes: 17320 * 17320 * 3 }]);
    expect(oversizedImage(bytes)?.width).toBe(17320);
  });

  it('reads inline images (BI … ID) with their abbreviated keys, in raw or inflated content', () => {
    const content = pdf('q 595 0 0 842 0 0 cm BI /W 17320 /H 17320 /CS /RGB /BPC 8 /F /Fl ID ', Buffer.from([0x78, 0x9c, 0x42, 0x49, 0x20]), '\nEI Q\nBI /W 100 /H 50 /IM true ID xx EI\n');
    expect(declaredInlineImages(content)).toEqual([
      { width: 17320, height: 17320, decodedBytes: 17320 * 17320 * 3 },
      { width: 100, height: 50, decodedBytes: 13 * 50 },
    ]);
    expect(oversizedImage(content)?.width).toBe(17320);
    expect(oversizedImage(pdf('BI /Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 8 ID x EI'))).toBeNull();
    // "BI" inside a word or binary data is no inline image.
    expect(declaredInlineImages(pdf('OBI /W 9000 /H 9000 ID x EI (BIBI) BI no'))).toEqual([]);
  });
});
