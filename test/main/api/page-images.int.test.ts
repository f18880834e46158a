/**
 * getPageImage on the dev fixtures (real scanned and exported PDFs): the page tree read without
 * pdf.js agrees with pdf.js, and each scanned page's image decodes to exactly the pixels the
 * OCR path reads from the file.
 */
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPageImages } from '../../../main/api/page-images.js';
import { findPage } from '../../../main/api/page-tree.js';
import { openPdf } from '../../../main/ingest/pdf-document.js';
import { PdfObjects } from '../../../main/ingest/pdf-objects.js';
import { readRawScan, unpredictPng } from '../../../main/ingest/raw-scan.js';
import { devFile } from '../../helpers/fixtures.js';

const FILES = ['000.pdf', '002.pdf', '003.pdf', '000-scan.pdf', '002-scan.pdf', '003-scan.pdf'];

/** The pixels of a one-IDAT PNG of 8-bit gray (what the fixtures' scans are). */
function pngGray(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  expect([png[24], png[25]]).toEqual([8, 0]);
  const length = png.readUInt32BE(33);
  expect(png.toString('latin1', 37, 41)).toBe('IDAT');
  const data = new Uint8Array(inflateSync(png.subarray(41, 41 + length)));
  return { width, height, pixels: Uint8Array.from(unpredictPng(data, height, width, 1) ?? []) };
}

describe('scanned pages shown from their stored images', () => {
  it('finds every page of the fixtures where pdf.js does: same object, box and rotation', async () => {
    for (const name of FILES) {
      const bytes = await readFile(devFile(name));
      const objects = new PdfObjects(bytes);
      const doc = await openPdf(new Uint8Array(bytes), name);
      for (let number = 1; number <= doc.numPages; number += 1) {
        const page = await doc.getPage(number);
        expect(findPage(objects, number), `${name} page ${number}`).toEqual({ ref: page.ref, box: page.view, rotate: page.rotate });
      }
      await doc.destroy();
    }
  });

  it('gives each page of a scan as a PNG of the very pixels OCR reads, and nothing for exported pages', async () => {
    for (const name of FILES) {
      const bytes = await readFile(devFile(name));
      const images = createPageImages(() => ({ fileName: name, sha256: name, bytes }));
      const objects = new PdfObjects(bytes);
      const doc = await openPdf(new Uint8Array(bytes), name);
      for (let number = 1; number <= doc.numPages; number += 1) {
        const image = await images.get(1, number);
        if (!name.includes('-scan')) {
          expect(image, `${name} page ${number}`).toBeNull();
          continue;
        }
        expect(image, `${name} page ${number}`).toMatchObject({ documentId: 1, page: number, mediaType: 'image/png', placement: { left: 0, top: 0, width: 1, height: 1 } });
        const page = await doc.getPage(number);
        const raw = page.ref === null ? null : readRawScan(objects, page.ref, 1e9);
        const png = pngGray(Buffer.from(image?.base64 ?? '', 'base64'));
        expect({ width: png.width, height: png.height }).toEqual({ width: raw?.image.width, height: raw?.image.height });
        expect(Buffer.from(png.pixels).equals(Buffer.from(raw?.image.data ?? []))).toBe(true);
      }
      await images.close();
      await doc.destroy();
    }
  });
});
