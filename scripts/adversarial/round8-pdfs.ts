/**
 * The eighth round of hostile PDFs (issue 13): a cross-reference table whose `/Prev` points to
 * itself; a chain of 10 000 objects each said to lie in the next one's object stream; a page tree
 * whose child lists its parent as its kid; an image one pixel high and 100 000 wide; a CCITT G4
 * scan (what fax-grade scanners write); 10 000 pages of one line each, and 50 of a line too short to count as a text layer; a font whose
 * ToUnicode map gives every glyph the same letter, and one giving U+FFFD; a text layer drawn
 * letter by letter from right to left (the page reads well, the text layer backwards). Generated
 * at run time by `node --import tsx scripts/adversarial/round8-pdfs.ts OUT_DIR [KIND...]`; the
 * prose is invented.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { madeFile, recipesCommand, withTools, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { contentStream, HELVETICA, letterPdf, manyPagesPdf, pagesPdf, pdfString, rawPdf } from './raw-pdf.js';

export const ROUND8_KINDS = [
  'xref-prev-itself',
  'objstm-chain-10000',
  'page-tree-cycle',
  'image-1x100000',
  'ccitt-g4-scan',
  'pages-10000-tiny',
  'pages-50-short-line',
  'tounicode-all-same',
  'tounicode-all-fffd',
  'text-layer-reversed',
] as const;
export type Round8Kind = (typeof ROUND8_KINDS)[number];

export const ROUND8_PROSE = [
  'Le collectif Brunevelle compte 27 membres depuis mars 2023.',
  'La cooperative Talmirande a signe 6 conventions en octobre 2021.',
  'Monsieur Armel Pradoux preside le pole depuis 2020.',
];

/** Three lines of the prose at the top of an A4 page, in font /H. */
const proseLines = `BT /H 11 Tf 40 780 Td 14 TL ${ROUND8_PROSE.map((line) => `${pdfString(line)} '`).join(' ')} ET`;

/** The three-line letter with its trailer's `/Prev` naming its own cross-reference table. */
function xrefPrevItself(): Buffer {
  const pdf = pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(proseLines), HELVETICA]).toString('latin1');
  const at = /startxref\n(\d+)/u.exec(pdf)![1]!;
  return Buffer.from(pdf.replace('/Root 1 0 R >>', `/Root 1 0 R /Prev ${at} >>`), 'latin1');
}

/** A cross-reference stream's rows (type, field 2, field 3 as 1, 4, 2 bytes), deflated. */
function xrefStream(rows: readonly (readonly [number, number, number])[]): Buffer {
  const bytes = Buffer.alloc(rows.length * 7);
  rows.forEach(([type, second, third], index) => {
    bytes.writeUInt8(type, index * 7);
    bytes.writeUInt32BE(second, index * 7 + 1);
    bytes.writeUInt16BE(third, index * 7 + 5);
  });
  return deflateSync(bytes);
}

/**
 * The letter whose font (object 6) is said to lie in object stream 7, which is said to lie in
 * object stream 8, and so on for 10 000 objects: resolving the font walks the whole chain.
 */
function objstmChain(length: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 6 0 R >> >> /Contents 4 0 R >>',
  ];
  const parts: Buffer[] = [head];
  const offsets: number[] = [];
  let offset = head.length;
  const push = (text: Buffer): void => {
    offsets.push(offset);
    parts.push(text);
    offset += text.length;
  };
  bodies.forEach((body, index) => push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1')));
  const content = Buffer.from(proseLines, 'latin1');
  push(Buffer.concat([Buffer.from(`4 0 obj\n<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  const xrefAt = offset;
  const size = 6 + length + 1;
  // 0 free; 1-4 plain; 5 the cross-reference stream; 6..6+length-1 each in the next one's stream; the last plain but absent.
  const rows: [number, number, number][] = [[0, 0, 65535], ...offsets.map((at): [number, number, number] => [1, at, 0]), [1, xrefAt, 0]];
  for (let index = 0; index < length; index += 1) rows.push([2, 7 + index, 0]);
  rows.push([1, 0, 0]);
  const stream = xrefStream(rows);
  parts.push(Buffer.from(`5 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`, 'latin1'), stream, Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Pages 2 lists page 3 and an inner node 4 as kids; node 4 lists pages 2 (its own parent) as its kid. */
function pageTreeCycle(): Buffer {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 6 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 2 >>',
    contentStream(proseLines),
    HELVETICA,
  ]);
}

/** A page painting one gray image 100 000 pixels wide and 1 high across its width (no text). */
function wideImage(): Buffer {
  const pixels = Buffer.alloc(100_000, 0x80);
  return pagesPdf(
    ['/Resources << /XObject << /I 5 0 R >> >> /Contents 4 0 R'],
    [contentStream('q 595 0 0 2 0 420 cm /I Do Q'), { dictionary: '<< /Type /XObject /Subtype /Image /Width 100000 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>', stream: deflateSync(pixels) }],
  );
}

/** The three-line letter rendered at 200 dpi in black and white, stored as a CCITT G4 image (ImageMagick, img2pdf): a scan with no text layer. */
const ccittScan = (): Promise<Buffer | null> =>
  withTools(['pdftoppm', 'convert', 'img2pdf'], (dir) => {
    writeFileSync(join(dir, 'lettre.pdf'), pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(proseLines), HELVETICA]));
    execFileSync('pdftoppm', ['-r', '200', '-mono', '-singlefile', join(dir, 'lettre.pdf'), join(dir, 'page')]);
    execFileSync('convert', [join(dir, 'page.pbm'), '-compress', 'Group4', join(dir, 'page.tif')]);
    execFileSync('img2pdf', ['--output', join(dir, 'scan.pdf'), join(dir, 'page.tif')]);
    return readFileSync(join(dir, 'scan.pdf'));
  });

/**
 * `count` pages, each its own content stream of one line naming its number: a line of prose
 * (`long`), or one short of the 40 letters and digits below which a text layer counts as missing.
 */
function tinyPages(count: number, long: boolean): Buffer {
  return manyPagesPdf(count, '[0 0 595 842]', (index) => `BT /H 11 Tf 40 780 Td (Fiche ${index + 1} du collectif Brunevelle, ${long ? 'creee en mars 2023 avec la cooperative Talmirande' : 'mars 2023'}.) Tj ET`);
}

/** The letter in Helvetica with a ToUnicode map sending every code from 32 to 126 to `target` (four hex digits). */
function sameUnicode(target: string): Buffer {
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Meme def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
95 beginbfchar
${Array.from({ length: 95 }, (_, index) => `<${(32 + index).toString(16).padStart(2, '0')}> <${target}>`).join('\n')}
endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`;
  return pagesPdf(
    ['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'],
    [contentStream(proseLines), HELVETICA.replace('>>', '/ToUnicode 6 0 R >>'), contentStream(cmap)],
  );
}

/** The three lines drawn one letter at a time from the right end of each line to its left: the page reads right, its text layer backwards. */
function reversedLayer(): Buffer {
  const width = 6.1; // Helvetica 11's average advance, near enough for a readable page
  const lines = ROUND8_PROSE.map((line, row) =>
    [...line]
      .map((char, column) => ({ char, x: 40 + column * width }))
      .reverse()
      .map(({ char, x }) => `1 0 0 1 ${x.toFixed(1)} ${780 - row * 14} Tm ${pdfString(char)} Tj`)
      .join(' '),
  );
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [contentStream(`BT /H 11 Tf ${lines.join(' ')} ET`), HELVETICA]);
}

const RECIPES: Readonly<Record<Round8Kind, Recipe>> = {
  'xref-prev-itself': { description: 'the three-line letter whose trailer /Prev names its own cross-reference table (a loop)', make: xrefPrevItself },
  'objstm-chain-10000': { description: 'the letter whose font is said to lie in an object stream said to lie in another, 10 000 deep (a cross-reference stream)', make: () => objstmChain(10_000) },
  'page-tree-cycle': { description: 'a page tree whose inner node lists its own parent as its kid (a cycle), beside one real page', make: pageTreeCycle },
  'image-1x100000': { description: 'a page painting one gray image 1 pixel high and 100 000 wide, no text', make: wideImage },
  'ccitt-g4-scan': { description: 'the three-line letter scanned at 200 dpi in black and white, stored as a CCITT G4 image (no text layer)', make: ccittScan },
  'pages-10000-tiny': { description: '10 000 pages of one line of prose each, each its own content stream', make: () => tinyPages(10_000, true) },
  'pages-50-short-line': { description: '50 pages of one short line each (under 40 letters and digits: taken for a scan and OCR\'d), no image', make: () => tinyPages(50, false) },
  'tounicode-all-same': { description: 'the letter in a font whose ToUnicode map gives every glyph the letter x', make: () => sameUnicode('0078') },
  'tounicode-all-fffd': { description: 'the letter in a font whose ToUnicode map gives every glyph U+FFFD', make: () => sameUnicode('FFFD') },
  'text-layer-reversed': { description: 'the three lines drawn letter by letter from right to left: the page reads well, its text layer backwards', make: reversedLayer },
};

/** Writes the requested PDFs (all by default) into `outDir`; `file` is null when a tool (pdftoppm, convert, img2pdf) is missing. */
export function makeRound8Pdfs(outDir: string, kinds: readonly Round8Kind[] = ROUND8_KINDS): Promise<MadePdf<Round8Kind>[]> {
  return writeRecipes(outDir, RECIPES, kinds);
}

export { letterPdf, madeFile };

await recipesCommand(import.meta.url, RECIPES, ROUND8_KINDS);
