import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { storedScan } from '../../../main/api/stored-scan.js';
import { declaredImages, declaredInlineImages } from '../../../main/ingest/decode-budget.js';
import { FileScreen } from '../../../main/ingest/file-screen.js';
import { PdfObjects, parseValue, plainNames } from '../../../main/ingest/pdf-objects.js';
import { scanPdf } from '../api/scan-pdf.js';

/**
 * Issue 13, round 2 leftover and its class: PDF lets any character of a name be written `#xx`
 * (`/DCT#44ecode` is `/DCTDecode`), and every reader of the file's own bytes compared names by
 * their spelling. A JPEG scan so written was not recognised as one; a Flate stream behind
 * `/Fl#61teDecode` escaped the inflation screen (caught only later, seconds and hundreds of MB on,
 * by the memory budget); an image whose `/Subtype` was escaped escaped the decode budget.
 */
const pdf = (...parts: string[]): Buffer => Buffer.from(parts.join(''), 'latin1');
const stream = (number: number, dictionary: string, body: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`${number} 0 obj\n${dictionary}\nstream\n`, 'latin1'), body, Buffer.from('\nendstream\nendobj\n', 'latin1')]);

describe('names written with #xx escapes', () => {
  it('are read as the names they spell, keys and values alike', () => {
    expect(parseValue('/DCT#44ecode')).toEqual({ name: 'DCTDecode' });
    expect(parseValue('<< /W#69dth 12 /#46ilter /Fl#61teDecode >>')).toEqual(new Map<string, unknown>([['Width', 12], ['Filter', { name: 'FlateDecode' }]]));
    expect(parseValue('/Times#20New#20Roman')).toEqual({ name: 'Times New Roman' });
  });

  it('are undone in dictionary text for the pattern screens, except escapes of spaces and delimiters', () => {
    expect(plainNames('<< /Subt#79pe /Im#61ge /Filter /DCT#44ecode >>')).toBe('<< /Subtype /Image /Filter /DCTDecode >>');
    expect(plainNames('/BaseFont /Times#20New#20Roman /A#2fB /C#23D')).toBe('/BaseFont /Times#20New#20Roman /A#2fB /C#23D');
    expect(plainNames('(a string # with #41 hashes) 12')).toBe('(a string # with #41 hashes) 12');
  });

  it('let a JPEG scan written /DCT#44ecode be shown as the JPEG it is', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
    const built = scanPdf([{ width: 29, height: 17, imageKeys: '/ColorSpace /Device#52GB /BitsPerComponent 8 /Filter /DCT#44ecode', data: jpeg }]);
    const scan = storedScan(new PdfObjects(built.bytes), { num: built.pageObjects[0] ?? 0, gen: 0 }, [0, 0, 600, 800]);
    expect(scan?.mediaType).toBe('image/jpeg');
    expect(scan?.bytes).toEqual(jpeg);
  });

  it('do not hide a Flate stream from the inflation ceiling', () => {
    const body = deflateSync(Buffer.alloc(8 * 1024 * 1024, '1 1 m 2 2 l S\n'), { level: 9 });
    for (const filter of ['/Fl#61teDecode', '/#46lateDecode', '[/Fl#61te#44ecode]']) {
      const objects = new PdfObjects(Buffer.concat([pdf('%PDF-1.7\n'), stream(1, `<< /Length 99 /Filter ${filter} >>`, body)]));
      expect(new FileScreen(objects, { hiddenText: false, maxInflatedBytes: 4 * 1024 * 1024 }).budgets().bomb, filter).toEqual({ compressedBytes: body.length + 1 });
    }
  });

  it('do not hide an image from the decode budget, whichever part of its dictionary is escaped', () => {
    const big = (dictionary: string): FileScreen =>
      new FileScreen(new PdfObjects(Buffer.concat([pdf('%PDF-1.7\n'), stream(5, dictionary, Buffer.from('x'))])), { hiddenText: false });
    for (const dictionary of [
      '<< /Subt#79pe /Image /Width 17320 /Height 17320 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCT#44ecode /Length 1 >>',
      '<< /Subtype /Im#61ge /W#69dth 17320 /H#65ight 17320 /ColorSpace /Device#52GB /Length 1 >>',
      '<< /#53ubtype /#49mage /Width 17320 /Height 17320 /Length 1 >>',
    ]) {
      expect(big(dictionary).budgets().oversizedImage?.width, dictionary).toBe(17320);
    }
    expect(declaredImages(pdf('5 0 obj\n<< /Subtype /Im#61ge /W#69dth 300 /H#65ight 200 /ColorSpace /DeviceGray /Length 1 >>\nstream\nx\nendstream\nendobj\n'))).toEqual([{ width: 300, height: 200, decodedBytes: 60_000 }]);
  });

  it('do not hide an inline image’s size', () => {
    expect(declaredInlineImages(pdf('q BI /#57 17320 /H#65ight 17320 /CS /RGB ID xyz EI Q'))).toEqual([{ width: 17320, height: 17320, decodedBytes: 17320 * 17320 * 3 }]);
  });
});
