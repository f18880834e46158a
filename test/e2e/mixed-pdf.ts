/**
 * Makes the mixed PDF of the highlight-accuracy test: page 1 born-digital (Helvetica text, one
 * drawText per line, so the exact place of every character is known from the font's widths),
 * page 2 the same page rendered to a 300 dpi image and placed as a scan, with no text layer (it is
 * OCR'd at import). Lines are short invented sentences with dates, figures, people and bodies,
 * one name broken across two lines.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openPdf, renderPageToPng } from '../../main/ingest/pdf-document.js';

export const PAGE = { width: 595, height: 842 } as const;
const MARGIN = 60;
const SIZE = 16;
const LEADING = 30;
/** Helvetica's ascender and descender (AFM), in units of the font size. */
const ASCENT = 0.718;
const DESCENT = -0.207;

export const LINES = [
  'Rapport du pôle, le 12 mars 2024',
  'Le comité a réuni 45 salariés et',
  '12,5 ETP autour de Claire',
  'Martin, présidente de la',
  'CRESS Hauts-de-France.',
  'Budget : 230 000 euros en 2023.',
  'Contact : pole@example.org',
] as const;

export interface CharBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The page text as pdf.js reads it (one item per line, a line break after each). */
export const PAGE_TEXT = `${LINES.join('\n')}\n`;

export interface MixedPdf {
  readonly bytes: Uint8Array;
  /** Exact box (top-left page points) of each character of PAGE_TEXT on the born-digital page; undefined for line breaks. */
  readonly charBoxes: readonly (CharBox | undefined)[];
}

export async function makeMixedPdf(): Promise<MixedPdf> {
  const textOnly = await PDFDocument.create();
  const font = await textOnly.embedFont(StandardFonts.Helvetica);
  const page = textOnly.addPage([PAGE.width, PAGE.height]);
  const charBoxes: (CharBox | undefined)[] = [];
  LINES.forEach((line, index) => {
    const baseline = PAGE.height - MARGIN - SIZE - index * LEADING;
    page.drawText(line, { x: MARGIN, y: baseline, size: SIZE, font });
    for (let char = 0; char < line.length; char += 1) {
      const x0 = MARGIN + font.widthOfTextAtSize(line.slice(0, char), SIZE);
      const x1 = MARGIN + font.widthOfTextAtSize(line.slice(0, char + 1), SIZE);
      charBoxes.push({ x0, x1, y0: PAGE.height - (baseline + ASCENT * SIZE), y1: PAGE.height - (baseline + DESCENT * SIZE) });
    }
    charBoxes.push(undefined);
  });
  const digital = await textOnly.save();

  // The scan: the same page as pdf.js paints it, at 300 dpi, as the only content of page 2.
  const doc = await openPdf(digital, 'mixed-text.pdf');
  const rendered = await renderPageToPng(doc, await doc.getPage(1), { dpi: 300, maxPixels: 40_000_000 });
  await doc.destroy();
  const mixed = await PDFDocument.load(digital);
  const image = await mixed.embedPng(rendered.png);
  mixed.addPage([PAGE.width, PAGE.height]).drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  return { bytes: await mixed.save(), charBoxes };
}
