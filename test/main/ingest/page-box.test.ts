import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageBoxes, mediaBoxOf, normalisedBox, viewMayLeaveOutText } from '../../../main/ingest/page-box.js';
import { ObjectStreams, PdfObjects } from '../../../main/ingest/pdf-objects.js';
import { pagesPdf, rawPdf } from '../../../scripts/adversarial/raw-pdf.js';

const objectsOf = (bytes: Buffer): PdfObjects => new PdfObjects(bytes);

describe('normalisedBox', () => {
  it('reads a box between two opposite corners, as every reader does', () => {
    expect(normalisedBox([0, 0, -612, -792])).toEqual([-612, -792, 0, 0]);
    expect(normalisedBox([612, 792, 0, 0])).toEqual([0, 0, 612, 792]);
    expect(normalisedBox([10, 20, 30, 40])).toEqual([10, 20, 30, 40]);
  });

  it('refuses what is not four finite numbers with an area', () => {
    expect(normalisedBox([0, 0, 0, 0])).toBeNull();
    expect(normalisedBox([0, 0, 595])).toBeNull();
    expect(normalisedBox([0, 0, 595, '842'])).toBeNull();
    expect(normalisedBox(undefined)).toBeNull();
  });
});

describe('viewMayLeaveOutText', () => {
  it('flags a view not anchored at the origin, or cut out of its MediaBox', () => {
    expect(viewMayLeaveOutText([-612, -792, 0, 0], [-612, -792, 0, 0])).toBe(true);
    expect(viewMayLeaveOutText([100, 100, 695, 942], null)).toBe(true);
    expect(viewMayLeaveOutText([0, 0, 595, 300], [0, 0, 595, 842])).toBe(true);
  });

  it('leaves an ordinary page alone', () => {
    expect(viewMayLeaveOutText([0, 0, 595, 842], [0, 0, 595, 842])).toBe(false);
    expect(viewMayLeaveOutText([0, 0, 595.276, 841.89], null)).toBe(false);
  });
});

describe('mediaBoxOf and PageBoxes', () => {
  it('finds a MediaBox inherited from the page tree', () => {
    const bytes = rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 -595 -842] >>', '<< /Type /Page /Parent 2 0 R >>']);
    expect(mediaBoxOf(objectsOf(bytes), { num: 3, gen: 0 })).toEqual([-595, -842, 0, 0]);
  });

  it('checks a page whose CropBox cuts its view, only when the file writes a CropBox', () => {
    const cropped = objectsOf(pagesPdf(['/CropBox [0 0 595 300]'], []));
    expect(new PageBoxes(cropped).mayLeaveOutText({ view: [0, 0, 595, 300], ref: { num: 3, gen: 0 } })).toBe(true);
    const plain = objectsOf(pagesPdf([''], []));
    expect(new PageBoxes(plain).mayLeaveOutText({ view: [0, 0, 595, 842], ref: { num: 3, gen: 0 } })).toBe(false);
    // A CropBox equal to the MediaBox cuts nothing.
    const same = objectsOf(pagesPdf(['/CropBox [0 0 595 842]'], []));
    expect(new PageBoxes(same).mayLeaveOutText({ view: [0, 0, 595, 842], ref: { num: 3, gen: 0 } })).toBe(false);
  });

  it('checks any page whose view is not anchored at the origin, without reading the file', () => {
    const plain = objectsOf(pagesPdf([''], []));
    expect(new PageBoxes(plain).mayLeaveOutText({ view: [-612, -792, 0, 0], ref: null })).toBe(true);
  });

  it('reads a page dictionary kept in a compressed object stream, CropBox and inherited MediaBox (round 6)', () => {
    const cropped = objectsOf(packedPdf('/CropBox [0 0 595 400]'));
    expect(mediaBoxOf(cropped, { num: 11, gen: 0 })).toBeNull(); // not at the top level
    expect(mediaBoxOf(cropped, { num: 11, gen: 0 }, new ObjectStreams(cropped))).toEqual([0, 0, 595, 842]);
    expect(new PageBoxes(cropped).mayLeaveOutText({ view: [0, 0, 595, 400], ref: { num: 11, gen: 0 } })).toBe(true);
    // The same box as the MediaBox, or no CropBox at all: nothing to check.
    const same = objectsOf(packedPdf('/CropBox [0 0 595 842]'));
    expect(new PageBoxes(same).mayLeaveOutText({ view: [0, 0, 595, 842], ref: { num: 11, gen: 0 } })).toBe(false);
    const plain = objectsOf(packedPdf(''));
    expect(new PageBoxes(plain).mayLeaveOutText({ view: [0, 0, 595, 842], ref: { num: 11, gen: 0 } })).toBe(false);
  });
});

/** Catalog (1) and an object stream (2) holding the page tree (10, with the MediaBox) and its one page (11). */
function packedPdf(pageKeys: string): Buffer {
  const objects = ['<< /Type /Pages /Kids [11 0 R] /Count 1 /MediaBox [0 0 595 842] >>', `<< /Type /Page /Parent 10 0 R ${pageKeys} >>`];
  const body = objects.join('\n');
  const header = `10 0 11 ${objects[0]!.length + 1} `;
  const packed = deflateSync(Buffer.from(header + body, 'latin1'));
  return rawPdf(['<< /Type /Catalog /Pages 10 0 R >>', { dictionary: `<< /Type /ObjStm /N 2 /First ${header.length} /Filter /FlateDecode >>`, stream: packed }]);
}
