import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { takePlannedScan, takeRawScan, useFileObjects } from '../../../main/ingest/page-image.js';
import { openPdf, readPageText } from '../../../main/ingest/pdf-document.js';
import { PdfObjects } from '../../../main/ingest/pdf-objects.js';
import { planScan, uprightViewport, type ScanPlan } from '../../../main/ingest/scan-plan.js';
import { devFile } from '../../helpers/fixtures.js';

/** One page of a hand-built scan: extra page keys, its content, and the painted object's dictionary keys. */
interface BuiltPage {
  readonly pageKeys?: string;
  readonly content?: string;
  readonly xobjectKeys?: string;
}

interface BuildOptions {
  /** Keys of the root page node besides Type, Kids and Count (default: a media box). */
  readonly rootKeys?: string;
  /** Two intermediate nodes (the first page, the rest) under the root. */
  readonly nested?: boolean;
  /** Count written in the root node (default: the number of pages). */
  readonly count?: number;
  readonly trailerKeys?: string;
  readonly info?: string;
  /** Bytes appended after the file, as an incremental update would be. */
  readonly appended?: string;
}

const GRAY = { width: 60, height: 80 };

/** A small gray image, Flate with a PNG predictor, as scanners and img2pdf write. */
function grayImage(): { keys: string; data: Buffer } {
  const rows: number[] = [];
  for (let y = 0; y < GRAY.height; y += 1) {
    rows.push(0);
    for (let x = 0; x < GRAY.width; x += 1) rows.push((x * 7 + y * 3) % 256);
  }
  const data = deflateSync(Buffer.from(rows));
  return { keys: `/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /Columns ${GRAY.width} /BitsPerComponent 8 >>`, data };
}

/** A scanned PDF with a real cross-reference table, built object by object. */
function buildScan(pages: readonly BuiltPage[], options: BuildOptions = {}): Buffer {
  const objects = new Map<number, Buffer>();
  const put = (number: number, body: string | Buffer): void => void objects.set(number, typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  const pageNumbers = pages.map((_, index) => 10 + index * 3);
  const kids = (numbers: readonly number[]): string => numbers.map((number) => `${number} 0 R`).join(' ');
  const parentOf = (index: number): number => (options.nested === true ? (index === 0 ? 3 : 4) : 2);
  put(1, '<< /Type /Catalog /Pages 2 0 R >>');
  const rootKeys = options.rootKeys ?? '/MediaBox [0 0 600 800]';
  if (options.nested === true) {
    put(2, `<< /Type /Pages /Kids [3 0 R 4 0 R] /Count ${options.count ?? pages.length} ${rootKeys} >>`);
    put(3, `<< /Type /Pages /Parent 2 0 R /Kids [${kids(pageNumbers.slice(0, 1))}] /Count 1 >>`);
    put(4, `<< /Type /Pages /Parent 2 0 R /Kids [${kids(pageNumbers.slice(1))}] /Count ${pages.length - 1} >>`);
  } else {
    put(2, `<< /Type /Pages /Kids [${kids(pageNumbers)}] /Count ${options.count ?? pages.length} ${rootKeys} >>`);
  }
  if (options.info !== undefined) put(5, options.info);
  const image = grayImage();
  pages.forEach((page, index) => {
    const number = pageNumbers[index] ?? 0;
    const content = page.content ?? 'q 600 0 0 800 0 0 cm /Im0 Do Q';
    put(number, `<< /Type /Page /Parent ${parentOf(index)} 0 R /Resources << /XObject << /Im0 ${number + 2} 0 R >> >> /Contents ${number + 1} 0 R ${page.pageKeys ?? ''} >>`);
    put(number + 1, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const head = page.xobjectKeys ?? `/Type /XObject /Subtype /Image /Width ${GRAY.width} /Height ${GRAY.height} ${image.keys}`;
    put(number + 2, Buffer.concat([Buffer.from(`<< ${head} /Length ${image.data.length} >>\nstream\n`, 'latin1'), image.data, Buffer.from('\nendstream', 'latin1')]));
  });
  const size = Math.max(...objects.keys()) + 1;
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n', 'latin1')];
  const offsets = new Map<number, number>();
  let at = parts[0]?.length ?? 0;
  for (const [number, body] of [...objects.entries()].sort((a, b) => a[0] - b[0])) {
    offsets.set(number, at);
    const object = Buffer.concat([Buffer.from(`${number} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(object);
    at += object.length;
  }
  const entries = Array.from({ length: size }, (_, number) => {
    const offset = offsets.get(number);
    return offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  });
  const info = options.info === undefined ? '' : ' /Info 5 0 R';
  parts.push(Buffer.from(`xref\n0 ${size}\n${entries.join('')}trailer\n<< /Size ${size} /Root 1 0 R${info} ${options.trailerKeys ?? ''} >>\nstartxref\n${at}\n%%EOF\n${options.appended ?? ''}`, 'latin1'));
  return Buffer.concat(parts);
}

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
