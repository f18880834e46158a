import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { takePlannedScan, takeRawScan, useFileObjects } from '../../../main/ingest/page-image.js';
import { openPdf, readPageText } from '../../../main/ingest/pdf-document.js';
import { PdfObjects } from '../../../main/ingest/pdf-objects.js';
import { planScan, uprightViewport, type ScanPlan } from '../../../main/ingest/scan-plan.js';
import { devFile } from '../../helpers/fixtures.js';
import { buildScan, type BuildOptions, type BuiltPage } from './built-scan.js';

/** pdf.js's own reading of every page: its object, its viewport at scale 1, its text layer. */
async function pdfJsPages(bytes: Uint8Array): Promise<{ ref: unknown; width: number; height: number; transform: number[]; rotate: number; text: string }[]> {
  const doc = await openPdf(new Uint8Array(bytes), 'built.pdf');
  try {
    const pages = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      pages.push({ ref: page.ref, width: viewport.width, height: viewport.height, transform: [...viewport.transform], rotate: page.rotate, text: await readPageText(page) });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Asserts that a plan lists exactly the pages pdf.js reads, in order, with pdf.js's sizes and no text. */
async function expectAgreesWithPdfJs(plan: ScanPlan | null, bytes: Uint8Array): Promise<void> {
  expect(plan).not.toBeNull();
  const reference = await pdfJsPages(bytes);
  expect(plan?.pages.map((page) => page.number)).toEqual(reference.map((_, index) => index + 1));
  plan?.pages.forEach((page, index) => {
    const pdfjs = reference[index];
    const viewport = uprightViewport(page.view);
    expect({ ref: page.ref, width: viewport.width, height: viewport.height, transform: [...viewport.transform] }).toEqual({
      ref: pdfjs?.ref,
      width: pdfjs?.width,
      height: pdfjs?.height,
      transform: pdfjs?.transform,
    });
    expect(pdfjs?.rotate).toBe(0);
    expect(pdfjs?.text).toBe('');
  });
}

const plain = (count: number): BuiltPage[] => Array.from({ length: count }, () => ({}));

describe('a scan planned without pdf.js (real dev scans)', () => {
  it('lists the pages pdf.js reads, with its page sizes and empty text layers, and the same images', async () => {
    for (const id of ['000', '002', '003']) {
      // As the bench copies them: a comment after %%EOF (a linearised file then reads as not linearised).
      for (const tail of ['', '\n% a copy\n']) {
        const bytes = new Uint8Array(Buffer.concat([await readFile(devFile(`${id}-scan.pdf`)), Buffer.from(tail)]));
        const objects = PdfObjects.of(bytes);
        const plan = planScan(objects);
        await expectAgreesWithPdfJs(plan, bytes);
        expect(plan?.hasTitle).toBe(false);
        const doc = await openPdf(bytes.slice(), `${id}-scan.pdf`);
        try {
          useFileObjects(doc, objects);
          for (const planned of plan?.pages ?? []) {
            const page = await doc.getPage(planned.number);
            const fromPdfJs = await takeRawScan(doc, page);
            const fromPlan = takePlannedScan(objects, planned);
            expect(fromPlan?.origin).toBe('raw');
            expect({ dpi: fromPlan?.dpi, toPoints: fromPlan?.toPoints, width: fromPlan?.image.width }).toEqual({ dpi: fromPdfJs?.dpi, toPoints: fromPdfJs?.toPoints, width: fromPdfJs?.image.width });
            expect(Buffer.compare(Buffer.from(fromPlan?.image.data ?? []), Buffer.from(fromPdfJs?.image.data ?? [0]))).toBe(0);
            page.cleanup();
          }
        } finally {
          await doc.destroy();
        }
      }
    }
  });

  it('does not plan a text-layer PDF', async () => {
    expect(planScan(PdfObjects.of(new Uint8Array(await readFile(devFile('000.pdf')))))).toBeNull();
  });
});

describe('a hand-built scan', () => {
  it('is planned as pdf.js reads it: nested page tree, inherited, shifted or reversed media box, a crop box equal to it', async () => {
    const cases: { pages: BuiltPage[]; options?: BuildOptions }[] = [
      { pages: plain(3) },
      { pages: plain(3), options: { nested: true } },
      { pages: plain(2), options: { rootKeys: '/MediaBox [10 20 610 820]' } },
      { pages: plain(1), options: { rootKeys: '/MediaBox [600.5 800.25 0 0]' } },
      { pages: [{ pageKeys: '/MediaBox [0 0 595.3 841.9] /CropBox [0 0 595.3 841.9]' }, {}] },
      { pages: plain(2), options: { rootKeys: '/MediaBox [0 0 600 800] /Rotate 0' } },
    ];
    for (const { pages, options } of cases) {
      const bytes = buildScan(pages, options);
      await expectAgreesWithPdfJs(planScan(PdfObjects.of(bytes)), bytes);
    }
  });

  it('says when the document information names a title, which pdf.js then decodes', () => {
    expect(planScan(PdfObjects.of(buildScan(plain(1), { info: '<< /Title (Lettre de la Combe) >>' })))?.hasTitle).toBe(true);
    expect(planScan(PdfObjects.of(buildScan(plain(1), { info: '<< /Producer (a scanner) >>' })))?.hasTitle).toBe(false);
  });

  it('is left to pdf.js at any doubt: turned, cropped, user unit, encrypted, updated, miscounted, text drawn, a form painted', () => {
    const refused: { name: string; pages: BuiltPage[]; options?: BuildOptions }[] = [
      { name: 'inherited rotation', pages: plain(2), options: { rootKeys: '/MediaBox [0 0 600 800] /Rotate 90' } },
      { name: 'own rotation', pages: [{}, { pageKeys: '/Rotate 270' }] },
      { name: 'crop box', pages: [{ pageKeys: '/CropBox [0 0 500 700]' }] },
      { name: 'user unit', pages: [{ pageKeys: '/UserUnit 2' }] },
      { name: 'no media box', pages: plain(1), options: { rootKeys: '' } },
      { name: 'empty media box', pages: plain(1), options: { rootKeys: '/MediaBox [0 0 0 800]' } },
      { name: 'encrypted', pages: plain(1), options: { trailerKeys: '/Encrypt << /Filter /Standard >>' } },
      { name: 'object redefined by an update', pages: plain(1), options: { appended: '11 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\n' } },
      { name: 'count that disagrees', pages: plain(2), options: { count: 3 } },
      { name: 'text drawn too', pages: [{ content: 'q 600 0 0 800 0 0 cm /Im0 Do Q BT /F1 12 Tf (Bonjour) Tj ET' }] },
      { name: 'form painted', pages: [{ xobjectKeys: '/Type /XObject /Subtype /Form /BBox [0 0 1 1]' }] },
    ];
    for (const { name, pages, options } of refused) expect(planScan(PdfObjects.of(buildScan(pages, options))), name).toBeNull();
    // The same file without its doubt is planned: each refusal above is the doubt's doing.
    expect(planScan(PdfObjects.of(buildScan(plain(2))))).not.toBeNull();
  });

  it('is not planned without a readable trailer (pdf.js repairs such files; this reader does not)', () => {
    const bytes = buildScan(plain(1));
    const broken = Buffer.from(bytes.toString('latin1').replace(/startxref\n\d+/u, 'startxref\n7'), 'latin1');
    expect(planScan(PdfObjects.of(broken))).toBeNull();
  });
});
