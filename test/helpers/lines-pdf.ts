/**
 * An invented one-page PDF for the e2e and integration tests: each line drawn with Helvetica 13 pt by pdf-lib, so
 * it imports in seconds with a text layer (no OCR). `subject` changes the bytes and not the text
 * (two versions of one document).
 */
import { writeFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function writeLinesPdf(path: string, lines: readonly string[], subject?: string): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const sheet = pdf.addPage([595, 842]);
  lines.forEach((line, index) => sheet.drawText(line, { x: 60, y: 760 - index * 26, size: 13, font }));
  if (subject !== undefined) pdf.setSubject(subject);
  writeFileSync(path, await pdf.save());
  return path;
}
