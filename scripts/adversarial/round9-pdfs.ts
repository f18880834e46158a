/**
 * The ninth round of hostile PDFs (issue 13): what round 8 left over, and its neighbours — text
 * layers drawn backwards (glyph by glyph with real advances and drawn spaces, and word by word);
 * page trees with a cycle before the real page, or with no reachable page at all; short text
 * layers on pages that paint nothing else, or also an image, or also a rule; a document
 * information title (or author) of 10 MB, a page drawing one string of 10 MB, a title of invalid UTF-16; AES-256 with an empty user password and
 * with a real one; a page of 100 000 one-letter runs drawn left to right. Generated at run time by
 * `node --import tsx scripts/adversarial/round9-pdfs.ts OUT_DIR [KIND...]`; the prose is invented.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { madeFile, recipesCommand, withTools, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { contentStream, HELVETICA, manyPagesPdf, pagesPdf, pdfString, rawPdf } from './raw-pdf.js';

export const ROUND9_KINDS = [
  'reversed-true-advances',
  'reversed-by-word',
  'page-tree-cycle-first',
  'page-tree-only-cycle',
  'short-line-over-image',
  'short-line-with-rule',
  'short-lines-200',
  'info-title-10mb',
  'info-author-10mb',
  'showtext-10mb',
  'info-title-bad-utf16',
  'aes256-empty-password',
  'aes256-user-password',
  'letter-runs-100000',
] as const;
export type Round9Kind = (typeof ROUND9_KINDS)[number];

export const ROUND9_PROSE = [
  'Le reseau Orvanel regroupe 14 structures depuis juin 2022.',
  'La fabrique Mesquelle a recu 3 subventions en janvier 2024.',
  'Madame Ilona Carvestre anime le comite depuis 2021.',
];

/** Helvetica's advances (thousandths of an em) for the characters of the prose; 556 for the rest. */
const ADVANCE: Readonly<Record<string, number>> = {
  ' ': 278, '.': 278, ',': 278, i: 222, l: 222, j: 222, f: 278, t: 278, r: 333, I: 278, c: 500, s: 500, v: 500, y: 500, z: 500, k: 500, m: 833, w: 722,
  M: 833, L: 556, C: 722, O: 778, R: 722,
};
const advance = (char: string, size: number): number => ((ADVANCE[char] ?? 556) * size) / 1000;

/** The three lines drawn glyph by glyph, spaces too, each at its true position, from the right end of each line to its left. */
function reversedTrueAdvances(): Buffer {
  const lines = ROUND9_PROSE.map((line, row) => {
    let x = 40;
    const placed = [...line].map((char) => {
      const at = x;
      x += advance(char, 11);
      return { char, at };
    });
    return placed.reverse().map(({ char, at }) => `1 0 0 1 ${at.toFixed(2)} ${780 - row * 14} Tm ${pdfString(char)} Tj`).join(' ');
  });
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(`BT /H 11 Tf ${lines.join(' ')} ET`), HELVETICA]);
}

/** The three lines drawn word by word from the last word of each line to the first (each word itself left to right), ten times down the page. */
function reversedByWord(): Buffer {
  const lines = Array.from({ length: 10 }, () => ROUND9_PROSE).flat().map((line, row) => {
    let x = 40;
    const words = line.split(' ').map((word) => {
      const at = x;
      x += [...`${word} `].reduce((sum, char) => sum + advance(char, 11), 0);
      return { word, at };
    });
    return words.reverse().map(({ word, at }) => `1 0 0 1 ${at.toFixed(2)} ${780 - row * 14} Tm ${pdfString(word)} Tj`).join(' ');
  });
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(`BT /H 11 Tf ${lines.join(' ')} ET`), HELVETICA]);
}

const proseLines = `BT /H 11 Tf 40 780 Td 14 TL ${ROUND9_PROSE.map((line) => `${pdfString(line)} '`).join(' ')} ET`;

/** The root lists first an inner node whose kid is the root (a cycle), then the one real page. */
function pageTreeCycleFirst(): Buffer {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R 3 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 6 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
    contentStream(proseLines),
    HELVETICA,
  ]);
}

/** The root's only kid is an inner node whose only kid is the root: no page at all. */
function pageTreeOnlyCycle(): Buffer {
  return rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>']);
}

/** A short line ("Annexe 7") at the foot of a page that also paints a full-page gray image (a scan whose layer holds only its footer). */
function shortLineOverImage(): Buffer {
  const pixels = Buffer.alloc(620 * 877, 0xf0);
  return pagesPdf(
    ['/Resources << /Font << /H 6 0 R >> /XObject << /I 5 0 R >> >> /Contents 4 0 R'],
    [
      contentStream(`q 595 0 0 842 0 0 cm /I Do Q BT /H 9 Tf 280 30 Td ${pdfString('Annexe 7')} Tj ET`),
      { dictionary: '<< /Type /XObject /Subtype /Image /Width 620 /Height 877 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>', stream: deflateSync(pixels) },
      HELVETICA,
    ],
  );
}

/** A short title over a stroked rule (a path): the page paints more than its text, so it stays a case for OCR. */
function shortLineWithRule(): Buffer {
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(`BT /H 14 Tf 40 780 Td ${pdfString('Rapport Orvanel 2022')} Tj ET 40 770 m 555 770 l S`), HELVETICA]);
}

/** `count` pages each holding one short line (a slide title, a divider page), no image, no path. */
function shortLines(count: number): Buffer {
  return manyPagesPdf(count, '[0 0 842 595]', (index) => `BT /H 28 Tf 60 300 Td (Partie ${index + 1} : juin 2022) Tj ET`);
}

/** The letter with a document information dictionary whose title is `title` (raw PDF string syntax). */
function withInfoTitle(title: string): Buffer {
  const pdf = pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(proseLines), HELVETICA, `<< /Title ${title} /Producer (Orvanel) >>`]).toString('latin1');
  return Buffer.from(pdf.replace('/Root 1 0 R >>', '/Root 1 0 R /Info 6 0 R >>'), 'latin1');
}

/** The letter with its document information's author a string of `bytes`. */
function withInfoAuthor(bytes: number): Buffer {
  const pdf = pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(proseLines), HELVETICA, `<< /Title (Court) /Author (${'Orvanel '.repeat(bytes / 8)}) >>`]).toString('latin1');
  return Buffer.from(pdf.replace('/Root 1 0 R >>', '/Root 1 0 R /Info 6 0 R >>'), 'latin1');
}

/** A page drawing one string of 10 MB in its compressed content: a 21 KB file. */
function showText10Mb(): Buffer {
  const content = `BT /H 11 Tf 40 780 Td ${pdfString('Titre Orvanel '.repeat(750_000))} Tj ET`;
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [{ dictionary: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(content, 'latin1')) }, HELVETICA]);
}

/** The letter encrypted with AES-256 by qpdf, user password `user` (empty: opens without one). */
const aes256 = (user: string): Promise<Buffer | null> =>
  withTools(['qpdf'], (dir) => {
    writeFileSync(join(dir, 'in.pdf'), pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(proseLines), HELVETICA]));
    execFileSync('qpdf', ['--encrypt', user, 'proprietaire-9', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')], { stdio: 'ignore' });
    return readFileSync(join(dir, 'out.pdf'));
  });

/** One page of 100 000 one-letter runs, each placed by its own `Td`, left to right, wrapping into lines. */
function letterRuns(count: number): Buffer {
  const text = ROUND9_PROSE.join(' ');
  const ops: string[] = ['BT /H 4 Tf 10 830 Td'];
  let column = 0;
  for (let index = 0; index < count; index += 1) {
    const char = text[index % text.length] ?? ' ';
    if (column === 240) {
      ops.push(`${(-2.3 * column).toFixed(1)} -4.2 Td`);
      column = 0;
    }
    ops.push(`${pdfString(char)} Tj 2.3 0 Td`);
    column += 1;
  }
  ops.push('ET');
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [{ dictionary: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(ops.join('\n'), 'latin1')) }, HELVETICA]);
}

const RECIPES: Readonly<Record<Round9Kind, Recipe>> = {
  'reversed-true-advances': { description: 'the three lines drawn glyph by glyph from right to left, spaces drawn too, each glyph at its true Helvetica position', make: reversedTrueAdvances },
  'reversed-by-word': { description: 'thirty lines drawn word by word from the last word to the first (each word left to right)', make: reversedByWord },
  'page-tree-cycle-first': { description: 'a page tree whose first kid is an inner node listing the root (a cycle), before the one real page', make: pageTreeCycleFirst },
  'page-tree-only-cycle': { description: 'a page tree whose only kid lists the root as its kid: no page at all', make: pageTreeOnlyCycle },
  'short-line-over-image': { description: 'a full-page gray image with a short footer line in the text layer (a scan whose layer holds its footer)', make: shortLineOverImage },
  'short-line-with-rule': { description: 'a short title over a stroked rule, nothing else', make: shortLineWithRule },
  'short-lines-200': { description: '200 landscape pages of one short title each, no image, no path', make: () => shortLines(200) },
  'info-title-10mb': { description: 'the letter with a document information title of 10 MB', make: () => withInfoTitle(`(${'Titre Orvanel '.repeat(750_000)})`) },
  'info-author-10mb': { description: 'the letter with a document information author of 10 MB (a short title)', make: () => withInfoAuthor(10_000_000) },
  'showtext-10mb': { description: 'a page drawing one string of 10 MB, compressed: a 21 KB file', make: showText10Mb },
  'info-title-bad-utf16': { description: 'the letter with a title in UTF-16 holding lone surrogates and an odd byte count', make: () => withInfoTitle('<FEFFD800D8000041DC0000>') },
  'aes256-empty-password': { description: 'the letter encrypted with AES-256, empty user password (qpdf)', make: () => aes256('') },
  'aes256-user-password': { description: 'the letter encrypted with AES-256 and a real user password (qpdf)', make: () => aes256('secret-orvanel') },
  'letter-runs-100000': { description: 'one page of 100 000 one-letter runs, each placed by its own Td, left to right', make: () => letterRuns(100_000) },
};

/** Writes the requested PDFs (all by default) into `outDir`; `file` is null when qpdf is missing. */
export function makeRound9Pdfs(outDir: string, kinds: readonly Round9Kind[] = ROUND9_KINDS): Promise<MadePdf<Round9Kind>[]> {
  return writeRecipes(outDir, RECIPES, kinds);
}

export { madeFile };

await recipesCommand(import.meta.url, RECIPES, ROUND9_KINDS);
