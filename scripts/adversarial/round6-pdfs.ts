/**
 * The sixth round of hostile PDFs (issue 13): page dictionaries inside compressed object streams
 * (with a CropBox cutting the text, and behind an xref stream whose /W lies), an update that
 * redefines its page, text moved off an ordinary box by its own matrix, a text layer of
 * private-use characters, a page whose /Contents is an empty array, scans drawn flipped or turned
 * by their matrix, as a stencil mask, 4-bit gray or behind a TIFF predictor, a Type 3 glyph that
 * paints a 900 MB image, a mesh shading of millions of triangles. Generated at run time by
 * `node --import tsx scripts/adversarial/round6-pdfs.ts OUT_DIR [KIND...]`; the prose is invented.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { deflateRepeated, scanPage } from '../hostile-pdfs.js';
import { madeFile, recipesCommand, withTools, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { contentStream, HELVETICA, pagesPdf, pdfString } from './raw-pdf.js';

export const ROUND6_KINDS = [
  'object-stream-crop-cuts-text',
  'object-stream-bad-w',
  'update-redefines-page',
  'text-matrix-off-page',
  'private-use-text-layer',
  'empty-contents-array',
  'scan-flipped-by-matrix',
  'scan-turned-by-matrix',
  'scan-image-mask',
  'scan-gray-4-bit',
  'scan-tiff-predictor',
  'type3-glyph-huge-image',
  'mesh-shading-bomb',
] as const;
export type Round6Kind = (typeof ROUND6_KINDS)[number];

export const ROUND6_PROSE = [
  'Le collectif Ambrelune a reuni 18 structures adherentes le 12 mai 2025 a Pontverdal.',
  'La cooperative Sorbiane emploie 31 salaries et compte 96 societaires depuis avril 2023.',
  'Le pole Quenvreux a signe 4 conventions avec la communaute de communes des Hautes Brumes.',
];
const content = contentStream;

/** `count` lines of the invented prose from (x, y) down, 14 pt apart, in font /H. */
function lines(x: number, y: number, count: number, prose: readonly string[] = ROUND6_PROSE): string {
  return `BT /H 10 Tf ${x} ${y} Td ${Array.from({ length: count }, (_, index) => `${pdfString(prose[index % prose.length] ?? '')} Tj 0 -14 Td`).join(' ')} ET\n`;
}

function textPage(extra: string, text: string): Buffer {
  return pagesPdf([`/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R ${extra}`], [content(text), HELVETICA]);
}


/** `pdf` rewritten by qpdf with every object it can put there in compressed object streams (and an xref stream). */
const inObjectStreams = (pdf: Buffer): Promise<Buffer | null> =>
  withTools(['qpdf'], (dir) => {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  });

/** Six lines from y 800, a CropBox [0 0 595 760] cutting off the first three (their bytes, CropBox included, deflated in an object stream). */
const cropInObjectStream = (): Promise<Buffer | null> => inObjectStreams(textPage('/CropBox [0 0 595 760]', lines(40, 800, 6)));

/** The same file with its xref stream's /W widened to an impossible field (the entries no longer parse). */
async function badW(): Promise<Buffer | null> {
  const pdf = await inObjectStreams(textPage('', lines(40, 780, 3)));
  if (pdf === null) return null;
  const text = pdf.toString('latin1');
  const bad = text.replace(/\/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]/u, (whole) => whole.replace(/\d+(?=\s*\d+\s*\]$)/u, (digit) => '9'.repeat(digit.length)));
  if (bad === text) throw new Error('no /W in the xref stream');
  return Buffer.from(bad, 'latin1');
}

/** A one-page file, then an update appended that redefines the page (object 3) with other content (object 6). */
function updateRedefinesPage(): Buffer {
  const first = textPage('', lines(40, 780, 1, ['Ancienne version du collectif Ambrelune, sans chiffre.']));
  const startxref = Number(/startxref\s+(\d+)/u.exec(first.toString('latin1'))?.[1]);
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 5 0 R >> >> /Contents 6 0 R >>';
  const stream = Buffer.from(lines(40, 780, 3), 'latin1');
  const at3 = first.length;
  const body3 = Buffer.from(`3 0 obj\n${page}\nendobj\n`, 'latin1');
  const at6 = at3 + body3.length;
  const body6 = Buffer.concat([Buffer.from(`6 0 obj\n<< /Length ${stream.length} >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
  const xrefAt = at6 + body6.length;
  const pad = (offset: number): string => `${String(offset).padStart(10, '0')} 00000 n `;
  const xref = `xref\n3 1\n${pad(at3)}\n6 1\n${pad(at6)}\ntrailer\n<< /Size 7 /Root 1 0 R /Prev ${startxref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([first, body3, body6, Buffer.from(xref, 'latin1')]);
}

/** Three lines in the box, then three moved below it by their own text matrix (`1 0 0 1 40 -300 Tm`). */
const textMatrixOffPage = (): Buffer => textPage('', `${lines(40, 780, 3)}BT /H 10 Tf 1 0 0 1 40 -300 Tm ${ROUND6_PROSE.map((line) => `${pdfString(line)} Tj 0 -14 Td`).join(' ')} ET\n`);

/** A ToUnicode map sending every printable code to the private-use area (U+E000 + code): a text layer of junk. */
function privateUseTextLayer(): Buffer {
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <ff> endcodespacerange',
    '1 beginbfrange <21> <7e> <e021> endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>';
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [content(lines(40, 780, 12)), font, content(cmap)]);
}

/** The page's width and height where a scan's matrix says them (`… % page W H`). */
const PAGE_OF_MATRIX = /% page ([\d.]+) ([\d.]+)$/u;

/** A page painting one image with these dictionary keys, under `matrix` (the unit square's placement). */
function imagePage(size: { width: number; height: number; dpi: number }, keys: string, data: Uint8Array, matrix?: string, filter = '/FlateDecode'): Buffer {
  const w = ((size.width / size.dpi) * 72).toFixed(2);
  const h = ((size.height / size.dpi) * 72).toFixed(2);
  return pagesPdf([`/MediaBox [0 0 ${matrix === undefined ? `${w} ${h}` : PAGE_OF_MATRIX.exec(matrix)?.slice(1).join(' ')}] /Resources << /XObject << /Im 5 0 R >> >> /Contents 4 0 R`], [
    content(`q ${matrix?.replace(PAGE_OF_MATRIX, '') ?? `${w} 0 0 ${h} 0 0`} cm /Im Do Q\n`),
    { dictionary: `<< /Type /XObject /Subtype /Image /Width ${size.width} /Height ${size.height} ${keys} /Filter ${filter} >>`, stream: filter === '/FlateDecode' ? deflateSync(data) : data },
  ]);
}

/** The dev scan stored bottom row first, drawn with a matrix that flips it back upright. */
async function scanFlippedByMatrix(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const flipped = new Uint8Array(image.data.length);
  for (let row = 0; row < image.height; row += 1) flipped.set(image.data.subarray(row * image.width, (row + 1) * image.width), (image.height - 1 - row) * image.width);
  const w = ((image.width / dpi) * 72).toFixed(2);
  const h = ((image.height / dpi) * 72).toFixed(2);
  return imagePage({ ...image, dpi }, '/ColorSpace /DeviceGray /BitsPerComponent 8', flipped, `${w} 0 0 -${h} 0 ${h} % page ${w} ${h}`);
}

/** The dev scan stored turned a quarter (its rows are the page's columns), drawn with a matrix that turns it back. */
async function scanTurnedByMatrix(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const { width, height } = image;
  // Stored image: `height` wide, `width` tall; stored (x, y) = page pixel (column y, row height-1-x): turned a quarter to the left.
  const turned = new Uint8Array(image.data.length);
  for (let row = 0; row < height; row += 1) for (let column = 0; column < width; column += 1) turned[column * height + (height - 1 - row)] = image.data[row * width + column] as number;
  const w = ((width / dpi) * 72).toFixed(2);
  const h = ((height / dpi) * 72).toFixed(2);
  // The stored image's unit square: u (its columns) runs up the page, v (its rows, upwards) from right to left.
  return imagePage({ width: height, height: width, dpi }, '/ColorSpace /DeviceGray /BitsPerComponent 8', turned, `0 ${h} -${w} 0 ${w} 0 % page ${w} ${h}`);
}

/** The dev scan as 1-bit rows (a set bit where the pixel is light), `width` padded to whole bytes. */
function oneBit(image: { width: number; height: number; data: Uint8Array }, setWhenLight: boolean): Uint8Array {
  const rowBytes = Math.ceil(image.width / 8);
  const bits = new Uint8Array(rowBytes * image.height);
  for (let row = 0; row < image.height; row += 1)
    for (let column = 0; column < image.width; column += 1) {
      const light = (image.data[row * image.width + column] as number) >= 150;
      if (light === setWhenLight) bits[row * rowBytes + (column >> 3)]! |= 0x80 >> (column & 7);
    }
  return bits;
}

/** The dev scan as a stencil mask (/ImageMask true): the page paints black where a bit is 0. */
async function scanImageMask(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  return imagePage({ ...image, dpi }, '/ImageMask true /BitsPerComponent 1', oneBit(image, true));
}

/** The dev scan as 4-bit gray. */
async function scanGray4(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const rowBytes = Math.ceil(image.width / 2);
  const packed = new Uint8Array(rowBytes * image.height);
  for (let row = 0; row < image.height; row += 1)
    for (let column = 0; column < image.width; column += 1) packed[row * rowBytes + (column >> 1)]! |= ((image.data[row * image.width + column] as number) >> 4) << (column & 1 ? 0 : 4);
  return imagePage({ ...image, dpi }, '/ColorSpace /DeviceGray /BitsPerComponent 4', packed);
}

/** The dev scan behind a TIFF predictor (/Predictor 2: each byte stored as the difference to its left neighbour). */
async function scanTiffPredictor(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const diff = new Uint8Array(image.data.length);
  for (let row = 0; row < image.height; row += 1)
    for (let column = 0; column < image.width; column += 1) {
      const at = row * image.width + column;
      diff[at] = ((image.data[at] as number) - (column === 0 ? 0 : (image.data[at - 1] as number))) & 0xff;
    }
  return imagePage({ ...image, dpi }, `/ColorSpace /DeviceGray /BitsPerComponent 8 /DecodeParms << /Predictor 2 /Colors 1 /BitsPerComponent 8 /Columns ${image.width} >>`, diff);
}

/** Text in a Type 3 font whose one glyph paints a 17 320² gray image (900 MB decoded, a few KB deflated), over an ordinary text line. */
async function type3HugeImage(): Promise<Buffer> {
  const side = 17_320;
  const pixels = await deflateRepeated(Buffer.alloc(1 << 16, 0xff), side * side);
  const glyph = `1000 0 0 0 750 750 d1 q 750 0 0 750 0 0 cm /Big Do Q`;
  return pagesPdf(['/Resources << /Font << /H 5 0 R /T 6 0 R >> >> /Contents 4 0 R'], [
    content(`${lines(40, 780, 3)}BT /T 12 Tf 40 600 Td (aaaa) Tj ET\n`),
    HELVETICA,
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 7 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] /Resources << /XObject << /Big 8 0 R >> >> >>`,
    content(glyph),
    { dictionary: `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: pixels },
  ]);
}

/** A blank page (so it goes to OCR and is rendered) filled by a free-form mesh shading of 4 million triangles (a few hundred KB deflated). */
async function meshShadingBomb(): Promise<Buffer> {
  // Each vertex: flag (1 byte), x and y (2 bytes each), gray (1 byte); every triangle its three vertices, flag 0.
  const triangle = Buffer.from([0, 0x00, 0x00, 0x00, 0x00, 0x80, 0, 0xff, 0xff, 0x00, 0x00, 0x40, 0, 0x00, 0x00, 0xff, 0xff, 0xc0]);
  const data = await deflateRepeated(triangle, triangle.length * 4_000_000);
  return pagesPdf(['/Resources << /Shading << /Sh 5 0 R >> >> /Contents 4 0 R'], [
    content('/Sh sh\n'),
    { dictionary: '<< /ShadingType 4 /ColorSpace /DeviceGray /BitsPerCoordinate 16 /BitsPerComponent 8 /BitsPerFlag 8 /Decode [0 595 0 842 0 1] /Filter /FlateDecode >>', stream: data },
  ]);
}

const RECIPES: Readonly<Record<Round6Kind, Recipe>> = {
  'object-stream-crop-cuts-text': { description: 'six lines, a CropBox cutting off the first three, the page dictionary (CropBox and all) in a compressed object stream (qpdf)', make: cropInObjectStream },
  'object-stream-bad-w': { description: 'page dictionaries in an object stream behind an xref stream whose /W field widths are impossible', make: badW },
  'update-redefines-page': { description: 'an incremental update that redefines the page object with other content (the old text has no figure, the new one has)', make: updateRedefinesPage },
  'text-matrix-off-page': { description: 'an ordinary A4 box: three lines inside, three more moved below the page by their own text matrix (Tm, y -300)', make: textMatrixOffPage },
  'private-use-text-layer': { description: 'twelve lines whose ToUnicode map sends every letter and digit to the private-use area (U+E021…U+E07E)', make: privateUseTextLayer },
  'empty-contents-array': { description: 'a page whose /Contents is an empty array', make: () => pagesPdf(['/Contents []'], []) },
  'scan-flipped-by-matrix': { description: 'the dev scan stored bottom row first, drawn upright by a flipping matrix (w 0 0 -h 0 h cm)', make: scanFlippedByMatrix },
  'scan-turned-by-matrix': { description: 'the dev scan stored turned a quarter, drawn upright by a turning matrix (0 h -w 0 w 0 cm)', make: scanTurnedByMatrix },
  'scan-image-mask': { description: 'the dev scan as a 1-bit stencil mask (/ImageMask true), painted in the current black', make: scanImageMask },
  'scan-gray-4-bit': { description: 'the dev scan as 4-bit gray', make: scanGray4 },
  'scan-tiff-predictor': { description: 'the dev scan behind a TIFF predictor (/Predictor 2)', make: scanTiffPredictor },
  'type3-glyph-huge-image': { description: 'three text lines, then a Type 3 font whose glyph paints a 17 320² image (900 MB decoded) four times', make: type3HugeImage },
  'mesh-shading-bomb': { description: 'a blank page filled by a free-form mesh shading of 4 million triangles (72 MB of vertices deflated)', make: meshShadingBomb },
};

export interface Round6Pdf extends MadePdf<Round6Kind> {
  readonly file: string | null;
}

/** Writes the requested PDFs (all by default) into `outDir`; `file` is null when a tool (qpdf) is missing. */
export function makeRound6Pdfs(outDir: string, kinds: readonly Round6Kind[] = ROUND6_KINDS): Promise<Round6Pdf[]> {
  return writeRecipes(outDir, RECIPES, kinds);
}

export { madeFile };

await recipesCommand(import.meta.url, RECIPES, ROUND6_KINDS);
