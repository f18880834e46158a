import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { pageImageForOcr, takeEmbeddedImage, takeRawScan, useFileObjects } from '../../../main/ingest/page-image.js';
import { openPdf } from '../../../main/ingest/pdf-document.js';
import { PdfObjects } from '../../../main/ingest/pdf-objects.js';

describe('scan pages read from the file bytes (real dev scans)', () => {
  it('give OCR the very image pdf.js decodes, pixel for pixel, placed alike', async () => {
    for (const id of ['000', '002', '003']) {
      const path = `fixtures/corpus/dev/${id}-scan.pdf`;
      const doc = await openPdf(new Uint8Array(await readFile(path)), path);
      try {
        for (let number = 1; number <= doc.numPages; number += 1) {
          const page = await doc.getPage(number);
          const raw = await takeRawScan(doc, page);
          const decoded = await takeEmbeddedImage(page, await page.getOperatorList());
          expect(raw?.origin, `${id} p${number}`).toBe('raw');
          expect(decoded).not.toBeNull();
          expect(raw?.image.width).toBe(decoded?.image.width);
          expect(raw?.image.height).toBe(decoded?.image.height);
          expect(Buffer.compare(Buffer.from(raw?.image.data ?? []), Buffer.from(decoded?.image.data ?? [0])), `${id} p${number} pixels`).toBe(0);
          expect(raw?.toPoints).toEqual(decoded?.toPoints);
          expect(raw?.dpi).toBe(decoded?.dpi);
          page.cleanup();
        }
      } finally {
        await doc.destroy();
      }
    }
  });

  it('leaves a page with a text layer to pdf.js', async () => {
    const path = 'fixtures/corpus/dev/000.pdf';
    const doc = await openPdf(new Uint8Array(await readFile(path)), path);
    try {
      const page = await doc.getPage(1);
      expect(await takeRawScan(doc, page)).toBeNull();
      expect((await pageImageForOcr(doc, page)).input.origin).toBe('rendered');
    } finally {
      await doc.destroy();
    }
  });

  it('reads the scan from the bytes the caller holds, without a second copy of the file from pdf.js', async () => {
    const path = 'fixtures/corpus/dev/002-scan.pdf';
    const bytes = new Uint8Array(await readFile(path));
    const doc = await openPdf(bytes, path);
    try {
      const getData = vi.spyOn(doc, 'getData');
      useFileObjects(doc, PdfObjects.of(bytes));
      const page = await doc.getPage(1);
      expect((await takeRawScan(doc, page))?.origin).toBe('raw');
      expect(getData).not.toHaveBeenCalled();
      page.cleanup();
    } finally {
      await doc.destroy();
    }
  });
});
