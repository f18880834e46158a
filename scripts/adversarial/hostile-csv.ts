/**
 * Point 8 end to end: a PDF whose text hides formulas after `;`, `,` and tabs is imported, every
 * CSV export is written with both delimiters, and each file is read back splitting on `,` and on
 * `;` (as English and French Excel do): the number of cells that would start a formula must be 0.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Lines shaped like a newsletter's contact block, each carrying an injection after a delimiter. */
const LINES = [
  'Lettre du PTCE Les Rivieres, mai 2025',
  "Contact : Claire Martin;=cmd|' /C calc'!A0; 06 12 34 56 78",
  'La CRESS Hauts-de-France,=HYPERLINK("http://x.example","ici") a tenu 26 reunions en 2024.',
  'Paul Durand, president;+1+cmd|calc;@SUM(A1) anime le PTCE Les Rivieres.',
  "Ecrire a claire.martin@riv.fr ;-2+3+cmd|' /C calc'!A0",
  ";=cmd|' /C calc'!A0 Jeanne Moreau, tresoriere de l'association Les Rivieres",
];

export async function makeHostilePdf(file: string): Promise<void> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  LINES.forEach((line, index) => page.drawText(line, { x: 40, y: 780 - index * 22, size: 10, font }));
  await writeFile(file, await doc.save());
}

const LIVE = /^[ "]*[=+\-@＝＋－＠﹦﹢﹣﹫]/u;
const NUMBER = /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/u;

/** Cells that would start a formula when `file` is split on `delimiter` (tabs and line breaks too). */
export function liveCells(file: string, delimiter: ',' | ';'): string[] {
  const rows = parse(readFileSync(file, 'utf8'), { bom: true, delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  return rows.flat().flatMap((cell) => cell.split(/[\t\r\n]/u)).filter((piece) => LIVE.test(piece) && !NUMBER.test(piece));
}

export function exportsOf(dir: string): { file: string; args: string[] }[] {
  return (['mentions', 'indicators', 'directory'] as const).flatMap((format) =>
    ([',', ';'] as const).map((delimiter) => {
      const file = join(dir, `${format}-${delimiter === ',' ? 'comma' : 'semicolon'}.csv`);
      return { file, args: ['--format', format, '--delimiter', delimiter, '--out', file] };
    }),
  );
}
