import { describe, expect, it } from 'vitest';
import { findPage } from '../../../main/api/page-tree.js';
import { PdfObjects } from '../../../main/ingest/pdf-objects.js';
import { scanPdf, type PageSpec } from './scan-pdf.js';

const PAGE: PageSpec = { width: 1, height: 1, imageKeys: '/ColorSpace /DeviceGray /BitsPerComponent 8', data: new Uint8Array([0]) };

describe('pages found in the file’s page tree without pdf.js', () => {
  it('finds each page through nested page nodes, counting the pages under each', () => {
    const built = scanPdf([PAGE, PAGE, PAGE, PAGE], { nested: true });
    const objects = new PdfObjects(built.bytes);
    expect([1, 2, 3, 4].map((number) => findPage(objects, number)?.ref.num)).toEqual(built.pageObjects);
    expect(findPage(objects, 5)).toBeNull();
    expect(findPage(objects, 0)).toBeNull();
  });

  it('reads the catalog from an earlier trailer when the last one does not name it (a linearised file)', () => {
    const built = scanPdf([PAGE, PAGE], { trailer: 'linearised' });
    expect(findPage(new PdfObjects(built.bytes), 2)?.ref.num).toBe(built.pageObjects[1]);
  });

  it('inherits the media box and rotation, and clips the crop box to the media box as pdf.js does', () => {
    const built = scanPdf([PAGE, { ...PAGE, pageKeys: '/Rotate 90 /CropBox [50 -10 550 700]' }], { mediaBox: '[0 0 612 792]' });
    const objects = new PdfObjects(built.bytes);
    expect(findPage(objects, 1)).toMatchObject({ box: [0, 0, 612, 792], rotate: 0 });
    expect(findPage(objects, 2)).toMatchObject({ box: [50, 0, 550, 700], rotate: 90 });
  });

  it('answers null for what it cannot read: no catalog, a leaf that is no page, a damaged count', () => {
    const plain = scanPdf([PAGE, PAGE]).bytes.toString('latin1');
    const noRoot = plain.replace('trailer << /Root 5 0 R', 'trailer << ');
    expect(findPage(new PdfObjects(Buffer.from(noRoot, 'latin1')), 1)).toBeNull();
    const notAPage = plain.replace('<< /Type /Page /Parent', '<< /Type /Font /Parent');
    expect(findPage(new PdfObjects(Buffer.from(notAPage, 'latin1')), 1)).toBeNull();
    const nested = scanPdf([PAGE, PAGE, PAGE], { nested: true }).bytes.toString('latin1').replace('/Count 1 >>', '/Count (x) >>');
    expect(findPage(new PdfObjects(Buffer.from(nested, 'latin1')), 3)).toBeNull();
  });
});
