/**
 * What the installed pdf.js really says as it drops part of a page's content, heard by
 * pdfjs-warnings.ts: pins its patterns to pdf.js's words (a new pdf.js that rewords them fails
 * here, not silently in an import). Real PDFs, real pdf.js, on this thread (as in a document thread).
 */
import { afterEach, expect, it } from 'vitest';
import { contentStream, HELVETICA, pagesPdf } from '../../../scripts/adversarial/raw-pdf.js';
import { openPdf, readPageText, renderPageToGray } from '../../../main/ingest/pdf-document.js';
import { onDroppedContent, type DroppedContent } from '../../../main/ingest/pdfjs-warnings.js';

afterEach(() => onDroppedContent(null));

/** Page 1's text and what pdf.js said it dropped while reading its text layer and operator list. */
async function read(content: string, more: string[] = []): Promise<{ text: string; heard: DroppedContent[] }> {
  const heard: DroppedContent[] = [];
  onDroppedContent((dropped) => heard.push(dropped));
  const xobjects = more.length === 0 ? '' : ` /XObject << /Fx 6 0 R >>`;
  const doc = await openPdf(new Uint8Array(pagesPdf([`/Resources << /Font << /H 5 0 R >>${xobjects} >> /Contents 4 0 R`], [contentStream(content), HELVETICA, ...more])), 'probe.pdf');
  try {
    const page = await doc.getPage(1);
    const text = await readPageText(page);
    await page.getOperatorList();
    return { text, heard };
  } finally {
    await doc.destroy();
  }
}

it('hears the rest of a page dropped at an operator word past 128 bytes, with the page pdf.js names', async () => {
  const { text, heard } = await read(`BT /H 11 Tf 40 780 Td (Avant le mot) Tj 0 0 Td ${'Mot'.repeat(70)} (Apres le mot) Tj ET`);
  expect(text).toMatch(/Avant le mot/u);
  expect(text).not.toMatch(/Apres/u);
  expect(heard).toEqual([
    { reason: 'FormatError: Command token too long: 128', page: 1 }, // text layer
    { reason: 'FormatError: Command token too long: 128', page: 1 }, // operator list
  ]);
});

it('hears a form that cannot be read, and text shown before any font', async () => {
  const form = await read('BT /H 11 Tf 40 780 Td (Avant) Tj ET /Fx Do', ['<< /Type /XObject /Subtype /Form >>']);
  expect(form.heard.map((dropped) => dropped.reason)).toEqual(['FormatError: XObject should be a stream', 'FormatError: XObject should be a stream']);
  const fontless = await read('BT 40 780 Td (Sans police) Tj ET BT /H 11 Tf 40 760 Td (Avec police) Tj ET');
  expect(fontless.text).not.toMatch(/Sans police/u);
  expect(fontless.heard[0]?.reason).toMatch(/^FormatError: Missing setFont \(Tf\) operator/u);
});

it('hears nothing from a whole page', async () => {
  expect((await read('BT /H 11 Tf 40 780 Td (Une ligne entiere) Tj ET')).heard).toEqual([]);
});

it('hears a font that cannot be read, whose text vanishes, as dropped content', async () => {
  const heard: DroppedContent[] = [];
  onDroppedContent((dropped) => heard.push(dropped));
  // A composite font without its descendant font: pdf.js gives it a font with no glyph.
  const broken = '<< /Type /Font /Subtype /Type0 /BaseFont /Brisee /Encoding /Identity-H >>';
  const bytes = pagesPdf(['/Resources << /Font << /H 5 0 R /B 6 0 R >> >> /Contents 4 0 R'], [contentStream('BT /H 11 Tf 40 780 Td (Ligne lue) Tj ET BT /B 11 Tf 40 760 Td (Ligne perdue) Tj ET'), HELVETICA, broken]);
  const doc = await openPdf(new Uint8Array(bytes), 'probe.pdf');
  try {
    const text = await readPageText(await doc.getPage(1));
    expect(text).toMatch(/Ligne lue/u);
    expect(text).not.toMatch(/perdue/u);
    expect(heard[0]).toEqual({ reason: 'FormatError: Descendant fonts are not specified', page: null });
  } finally {
    await doc.destroy();
  }
});

it('hears an image that does not decode, with the page it is on', async () => {
  const heard: DroppedContent[] = [];
  onDroppedContent((dropped) => heard.push(dropped));
  const image = { dictionary: '<< /Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode >>', stream: new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3]) };
  const page = (image: number): string => `/Resources << /Font << /H 6 0 R >> /XObject << /Im ${image} 0 R >> >> /Contents 5 0 R`;
  const content = contentStream('BT /H 11 Tf 40 780 Td (Texte) Tj ET q 500 0 0 500 40 40 cm /Im Do Q');
  const doc = await openPdf(new Uint8Array(pagesPdf([page(7), page(8)], [content, HELVETICA, image, image])), 'probe.pdf');
  try {
    await (await doc.getPage(2)).getOperatorList();
    expect(heard).toEqual([{ reason: expect.stringMatching(/^JpegError: /u), page: 2, kind: 'image' }]);
  } finally {
    await doc.destroy();
  }
});

it('hears a later page drawing an image already failed only as it is rendered, and a font failed in its translation once for the document', async () => {
  const heard: DroppedContent[] = [];
  onDroppedContent((dropped) => heard.push(dropped));
  // One image object and one untranslatable font (no base font, no descriptor), drawn by both pages.
  const image = { dictionary: '<< /Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode >>', stream: new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3]) };
  const page = '/Resources << /Font << /B 6 0 R >> /XObject << /Im 7 0 R >> >> /Contents 5 0 R';
  const content = contentStream('BT /B 11 Tf 40 780 Td (Perdue) Tj ET q 500 0 0 500 40 40 cm /Im Do Q');
  const doc = await openPdf(new Uint8Array(pagesPdf([page, page], [content, '<< /Type /Font /Subtype /TrueType /Encoding /WinAnsiEncoding >>', image])), 'probe.pdf');
  const small = { dpi: 20, maxPixels: 1_000_000 };
  try {
    for (const number of [1, 2]) {
      const pdfPage = await doc.getPage(number);
      await readPageText(pdfPage);
      await renderPageToGray(doc, pdfPage, small);
    }
    expect(heard.map((dropped) => [dropped.kind, dropped.page])).toEqual([
      ['cached-font', null], // page 1's text layer: pdf.js keeps the error font for the document
      ['image', 1],
      ['image-missing', null],
      ['image-missing', null], // page 2: the image already failed; its font is kept failed, unheard
    ]);
    heard.length = 0;
    await doc.cleanup(); // what a document thread does before each page once a font failed so
    await readPageText(await doc.getPage(2));
    expect(heard.map((dropped) => dropped.kind)).toEqual(['cached-font']);
  } finally {
    await doc.destroy();
  }
});
