/**
 * PDFs built from nothing with pdf-lib: no pages, many text pages, and one huge page image.
 * Metadata is left out (no creation date, no producer) so each file is the same on every run.
 */
import { deflateSync } from 'node:zlib';
import {
  PDFDocument,
  StandardFonts,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { GLYPH_ADVANCE, GLYPH_HEIGHT, glyphCells } from './bitmap-font.js';

const A4: readonly [number, number] = [595.28, 841.89];

/** A document whose page tree is empty (`/Count 0`, `/Kids []`). */
export async function makeZeroPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // pdf-lib adds a blank page on save unless told not to.
  return doc.save({ addDefaultPage: false, useObjectStreams: false });
}

/** The French lines of text page `number` (of `total`); WinAnsi characters only (Helvetica). */
export function textPageLines(number: number, total: number): string[] {
  return [
    `Compte rendu d'activité du PTCE — page ${number} sur ${total}`,
    'Le comité de pilotage s’est réuni le 13 mai 2025 à Hénin-Beaumont.',
    'Au cours de l’année, 26 réunions ont rassemblé 148 structures adhérentes.',
    'Les groupes de travail « emploi » et « mobilité » ont créé 3,5 ETP.',
    `Fiche n° ${number} : 42 projets accompagnés, 12 bénévoles, 7 partenaires publics.`,
  ];
}

/** An A4 text PDF of `pageCount` pages set in Helvetica (a real, extractable text layer). */
export async function makeTextPdf(pageCount: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= pageCount; number += 1) {
    const page = doc.addPage([...A4]);
    textPageLines(number, pageCount).forEach((line, index) => {
      page.drawText(line, { x: 56, y: A4[1] - 80 - index * 20, size: 11, font });
    });
  }
  return doc.save();
}

/** A 1-bit bitmap, white by default, with the PDF convention for DeviceGray: 1 = white. */
class Bitmap {
  readonly bytesPerRow: number;
  readonly data: Buffer;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.bytesPerRow = Math.ceil(width / 8);
    this.data = Buffer.alloc(this.bytesPerRow * height, 0xff);
  }

  fillBlack(x0: number, y0: number, width: number, height: number): void {
    const x1 = Math.min(this.width, x0 + width);
    const y1 = Math.min(this.height, y0 + height);
    for (let y = Math.max(0, y0); y < y1; y += 1) {
      const row = y * this.bytesPerRow;
      for (let x = Math.max(0, x0); x < x1; x += 1) {
        const index = row + (x >> 3);
        this.data[index] = (this.data[index] ?? 0) & ~(0x80 >> (x & 7));
      }
    }
  }

  drawText(text: string, x: number, y: number, scale: number): void {
    [...text].forEach((char, position) => {
      for (const [column, row] of glyphCells(char)) {
        this.fillBlack(x + (position * GLYPH_ADVANCE + column) * scale, y + row * scale, scale, scale);
      }
    });
  }
}

/** What the huge page shows, in the bitmap font's alphabet (capitals, no accents). */
export const HUGE_IMAGE_LINES = [
  'GLANEUR - IMAGE DE 12000 X 12000 PIXELS',
  'COMPTE RENDU DU PTCE',
  'LE 13 MAI 2025',
  '26 REUNIONS, 148 STRUCTURES',
  '3,5 ETP CREES EN 2024',
];

/**
 * One square page covered by a single `side`×`side` px 1-bit image, Flate-compressed: large
 * words in a frame on white. The page is sized for 300 dpi (2880 pt for 12000 px), so rendering
 * it at OCR resolution would need a `side`² bitmap: the importer has to downscale first.
 * The blocky 5×7 font is only roughly legible to tesseract (about 60 % confidence, "GLAMEUR",
 * "FTCE"): tests should check that the page was OCR'd, not the exact words.
 */
export async function makeHugeImagePdf(side: number): Promise<Uint8Array> {
  const bitmap = new Bitmap(side, side);
  const margin = Math.round(side / 20);
  const rule = Math.max(2, Math.round(side / 750));
  bitmap.fillBlack(margin, margin, side - 2 * margin, rule);
  bitmap.fillBlack(margin, side - margin - rule, side - 2 * margin, rule);
  bitmap.fillBlack(margin, margin, rule, side - 2 * margin);
  bitmap.fillBlack(side - margin - rule, margin, rule, side - 2 * margin);
  const longest = Math.max(...HUGE_IMAGE_LINES.map((line) => line.length));
  const scale = Math.floor((side - 4 * margin) / (longest * GLYPH_ADVANCE));
  HUGE_IMAGE_LINES.forEach((line, index) => {
    bitmap.drawText(line, 2 * margin, 2 * margin + index * (GLYPH_HEIGHT + 5) * scale, scale);
  });

  const doc = await PDFDocument.create({ updateMetadata: false });
  const points = (side / 300) * 72;
  const page = doc.addPage([points, points]);
  const image = doc.context.stream(deflateSync(bitmap.data, { level: 9 }), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: side,
    Height: side,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 1,
    Filter: 'FlateDecode',
  });
  const name = page.node.newXObject('Im', doc.context.register(image));
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(points, 0, 0, points, 0, 0),
    drawObject(name),
    popGraphicsState(),
  );
  return doc.save({ useObjectStreams: false });
}
