/**
 * The third round of hostile PDFs (issue 13: "other inputs of the same kind are tried again"),
 * generated at run time by `node --import tsx scripts/adversarial/round3-pdfs.ts OUT_DIR [KIND...]`.
 *
 * Page geometry (thousands of tiny pages, huge, empty, inverted or NaN page boxes, odd /Rotate),
 * text that lies (ToUnicode maps that are broken, map to NUL, or claim four billion codes; Type 3
 * glyphs that draw with their own font), pages with nothing but annotations, encryption with an
 * empty user password (RC4, AES), broken incremental updates and object-stream loops, images in
 * every colour space and depth pdf.js decodes (Indexed, Lab, DeviceN, 16-bit, CCITT, JBIG2, JPX in
 * a PDF/A), and a page whose only text is digits. Needs qpdf, img2pdf, ImageMagick's `convert`
 * and opj_compress for a few (skipped without them).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { scanPage } from '../hostile-pdfs.js';
import { recipesCommand, withTools, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { contentStream, HELVETICA, pagesPdf, pdfString, type RawObject, rawPdf } from './raw-pdf.js';

export const ROUND3_KINDS = [
  'tiny-pages-5000',
  'huge-box-blank',
  'huge-box-text',
  'zero-box',
  'inverted-box',
  'negative-box',
  'nan-box',
  'odd-rotations',
  'tounicode-garbage',
  'tounicode-to-nul',
  'tounicode-huge-range',
  'type3-self-drawing',
  'annotations-only',
  'rc4-empty-password',
  'aes128-empty-password',
  'incremental-broken-xref',
  'object-stream-loop',
  'indexed-scan',
  'lab-scan',
  'devicen-scan',
  'gray16-scan',
  'ccitt-scan',
  'jbig2-garbage',
  'pdfa-jpx-scan',
  'digits-only-page',
  'dct-escaped-filter-scan',
] as const;
export type Round3Kind = (typeof ROUND3_KINDS)[number];

const PROSE = 'Le comite de pilotage du pole a reuni 26 structures adherentes et 12 partenaires le 13 mai 2025 a Arras. ';
const content = contentStream;
const textOps = (size = 11): string => `BT /H ${size} Tf 40 780 Td ${pdfString(PROSE)} Tj 0 -14 Td ${pdfString(PROSE)} Tj ET\n`;

/** One text page with the given page-dictionary extras (the MediaBox in them replaces the default one). */
function textPage(extra: string, ops = textOps()): Buffer {
  // pagesPdf writes an A4 MediaBox first; a second one, later in the dictionary, wins (the last key does).
  return pagesPdf([`/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R ${extra}`], [content(ops), HELVETICA]);
}

/** Five thousand 1 × 1 pt pages sharing one content stream (a two-digit page number). */
function tinyPages(): Buffer {
  const count = 5000;
  const first = 5;
  const kids = Array.from({ length: count }, (_, index) => `${first + index} 0 R`).join(' ');
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} /MediaBox [0 0 1 1] /Resources << /Font << /H 4 0 R >> >> >>`,
    content('BT /H 1 Tf 0 0 Td (12) Tj ET\n'),
    HELVETICA,
    ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>'),
  ]);
}

/** A page box a million points wide (about 350 m): blank, so OCR would render it. */
const hugeBoxBlank = (): Buffer => pagesPdf(['/MediaBox [0 0 1000000 1000000] /Contents 4 0 R'], [content('')]);
const hugeBoxText = (): Buffer => textPage('/MediaBox [0 0 1000000 1000000]');
const zeroBox = (): Buffer => pagesPdf(['/MediaBox [0 0 0 0] /Contents 4 0 R'], [content('')]);
const invertedBox = (): Buffer => textPage('/MediaBox [595 842 0 0]');
const negativeBox = (): Buffer => textPage('/MediaBox [0 0 -595 -842]');
const nanBox = (): Buffer => textPage('/MediaBox [0 0 1e400 /Foo] /CropBox [(a) 2 3]');

/** Three text pages turned by 45°, -270° and 3 600 000 090°. */
function oddRotations(): Buffer {
  const pages = ['/Rotate 45', '/Rotate -270', '/Rotate 3600000090'].map((rotate) => `/Resources << /Font << /H 6 0 R >> >> /Contents 7 0 R ${rotate}`);
  return pagesPdf(pages, [HELVETICA, content(textOps())]);
}

/** Helvetica text whose /ToUnicode is the given CMap stream. */
function withToUnicode(cmap: string): Buffer {
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [
    content(textOps()),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>',
    { dictionary: '<< >>', stream: Buffer.from(cmap, 'latin1') },
  ]);
}
const CMAP_HEAD = '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def 1 begincodespacerange <00> <FF> endcodespacerange\n';
const CMAP_TAIL = 'endcmap CMapName currentdict /CMap defineresource pop end end\n';
const tounicodeGarbage = (): Buffer => withToUnicode(`${CMAP_HEAD}3 beginbfchar <41> <zz> <4 <0041> [ <42> endbfrange 99 beginbfchar\n${'\u00ff\u0000'.repeat(500)}`);
const tounicodeToNul = (): Buffer => withToUnicode(`${CMAP_HEAD}1 beginbfrange <00> <FF> <0000> endbfrange\n${CMAP_TAIL}`);
/** A four-byte codespace and one range claiming all 2³² codes. */
const tounicodeHugeRange = (): Buffer =>
  withToUnicode(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n2 beginbfrange <00000000> <FFFFFFFF> <0041> <00> <FF> <0041> endbfrange\n${CMAP_TAIL}`);

/** A Type 3 font whose glyph procedure shows text in that same font (recursion). */
function type3SelfDrawing(): Buffer {
  return pagesPdf(['/Resources << /Font << /T 5 0 R >> >> /Contents 4 0 R'], [
    content('BT /T 12 Tf 40 780 Td (aaaa) Tj ET\n'),
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 6 0 R >> /Encoding << /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [600] /Resources << /Font << /T 5 0 R >> >> >>',
    { dictionary: '<< >>', stream: Buffer.from('600 0 d0 BT /T 12 Tf (aa) Tj ET 0 0 500 700 re f\n', 'latin1') },
  ]);
}

/** Pages with nothing but link and square annotations (no content, no appearance streams). */
function annotationsOnly(): Buffer {
  const annots = Array.from({ length: 200 }, (_, index) => `<< /Type /Annot /Subtype /${index % 2 === 0 ? 'Link' : 'Square'} /Rect [${index} ${index} ${index + 50} ${index + 20}] /Contents (note ${index}) >>`).join(' ');
  return pagesPdf([`/Annots [${annots}]`], []);
}

function qpdfEncrypt(source: Buffer, args: readonly string[]): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'glaneur-r3-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), source);
    execFileSync('qpdf', ['--allow-weak-crypto', '--encrypt', '', 'proprietaire', ...args, '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')], { stdio: 'ignore' });
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const rc4EmptyPassword = (): Buffer => qpdfEncrypt(textPage(''), ['128', '--use-aes=n']);
const aes128EmptyPassword = (): Buffer => qpdfEncrypt(textPage(''), ['128', '--use-aes=y']);

/** A good file, then an update whose xref offsets all point into the middle of nowhere. */
function incrementalBrokenXref(): Buffer {
  const base = textPage('');
  const startxref = Number(/startxref\s+(\d+)/u.exec(base.toString('latin1'))?.[1] ?? 0);
  const update = Buffer.from(
    `6 0 obj\n<< /Title (mise a jour) >>\nendobj\nxref\n0 1\n0000000000 65535 f \n6 1\n0000999999 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R /Prev ${startxref + 7} >>\nstartxref\n${base.length + 3}\n%%EOF\n`,
    'latin1',
  );
  return Buffer.concat([base, update]);
}

/** An xref stream whose catalog lives in an object stream that /Extends itself. */
function objectStreamLoop(): Buffer {
  const header = '1 0 ';
  const catalog = '<< /Type /Catalog /Pages 2 0 R >>';
  const objstm = Buffer.from(`${header}${catalog}`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  const add = (text: string | Buffer): void => {
    offsets.push(parts.reduce((sum, part) => sum + part.length, 0));
    parts.push(typeof text === 'string' ? Buffer.from(text, 'latin1') : text);
  };
  add(`2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n`);
  add(`3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R >>\nendobj\n`);
  const ops = textOps();
  add(`4 0 obj\n<< /Length ${ops.length} >>\nstream\n${ops}\nendstream\nendobj\n`);
  add(`5 0 obj\n${HELVETICA}\nendobj\n`);
  add(Buffer.concat([Buffer.from(`6 0 obj\n<< /Type /ObjStm /N 1 /First ${header.length} /Extends 6 0 R /Length ${objstm.length} >>\nstream\n`, 'latin1'), objstm, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  const xrefAt = parts.reduce((sum, part) => sum + part.length, 0);
  const row = (type: number, field: number, index: number): Buffer => Buffer.from([type, (field >> 24) & 255, (field >> 16) & 255, (field >> 8) & 255, field & 255, index]);
  const rows = Buffer.concat([row(0, 0, 255), row(2, 6, 0), ...offsets.map((at) => row(1, at, 0)), row(1, xrefAt, 0)]);
  parts.push(Buffer.from(`7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 1] /Root 1 0 R /Length ${rows.length} >>\nstream\n`, 'latin1'), rows, Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A page painting one image with these dictionary keys and (deflated unless a filter is given) data. */
function imagePage(width: number, height: number, dpi: number, keys: string, data: Uint8Array, filter = '/FlateDecode', extra: RawObject[] = []): Buffer {
  const w = ((width / dpi) * 72).toFixed(2);
  const h = ((height / dpi) * 72).toFixed(2);
  return pagesPdf([`/MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im 5 0 R >> >> /Contents 4 0 R`], [
    content(`q ${w} 0 0 ${h} 0 0 cm /Im Do Q\n`),
    { dictionary: `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} ${keys} /Filter ${filter} >>`, stream: filter === '/FlateDecode' ? deflateSync(data) : data },
    ...extra,
  ]);
}

async function indexedScan(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const palette = Buffer.from(Array.from({ length: 256 }, (_, index) => [index, index, index]).flat()).toString('hex');
  return imagePage(image.width, image.height, dpi, `/ColorSpace [/Indexed /DeviceRGB 255 <${palette}>] /BitsPerComponent 8`, image.data);
}

async function labScan(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const lab = new Uint8Array(image.data.length * 3);
  image.data.forEach((gray, index) => {
    lab[index * 3] = gray; // L from 0 to 100, a and b neutral
    lab[index * 3 + 1] = 128;
    lab[index * 3 + 2] = 128;
  });
  return imagePage(image.width, image.height, dpi, '/ColorSpace [/Lab << /WhitePoint [0.9505 1 1.089] /Range [-128 127 -128 127] >>] /BitsPerComponent 8', lab);
}

async function deviceNScan(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const ink = Uint8Array.from(image.data, (gray) => 255 - gray);
  return imagePage(image.width, image.height, dpi, '/ColorSpace [/DeviceN [/Black] /DeviceGray 6 0 R] /BitsPerComponent 8', ink, '/FlateDecode', [
    { dictionary: '<< /FunctionType 4 /Domain [0 1] /Range [0 1] >>', stream: Buffer.from('{ 1 exch sub }', 'latin1') },
  ]);
}

async function gray16Scan(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const wide = new Uint8Array(image.data.length * 2);
  image.data.forEach((gray, index) => {
    wide[index * 2] = gray;
    wide[index * 2 + 1] = gray;
  });
  return imagePage(image.width, image.height, dpi, '/ColorSpace /DeviceGray /BitsPerComponent 16', wide);
}

/** The scan as a PGM file (for the command-line encoders). */
async function scanFile(dir: string): Promise<{ pgm: string; dpi: number }> {
  const { image, dpi } = await scanPage();
  const pgm = join(dir, 'scan.pgm');
  writeFileSync(pgm, Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'), Buffer.from(image.data)]));
  return { pgm, dpi };
}


/** The scan as a 1-bit CCITT Group 4 image (fax, old scanners), through a TIFF and img2pdf. */
const ccittScan = (): Promise<Buffer | null> =>
  withTools(['convert', 'img2pdf'], async (dir) => {
    const { pgm, dpi } = await scanFile(dir);
    execFileSync('convert', [pgm, '-threshold', '60%', '-density', String(dpi), '-compress', 'Group4', join(dir, 'scan.tif')]);
    execFileSync('img2pdf', [join(dir, 'scan.tif'), '-o', join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  });

/** A JBIG2 image whose stream is not JBIG2 at all (what pdf.js's decoder makes of garbage). */
const jbig2Garbage = (): Buffer => imagePage(1240, 1754, 150, '/ColorSpace /DeviceGray /BitsPerComponent 1', Buffer.from('not jbig2 '.repeat(300), 'latin1'), '/JBIG2Decode');

/** The scan as JPEG 2000 in a file that says it is PDF/A-2b (an OutputIntent and PDF/A metadata). */
const pdfaJpxScan = (): Promise<Buffer | null> =>
  withTools(['opj_compress'], async (dir) => {
    const { image, dpi } = await scanPage();
    const { pgm } = await scanFile(dir);
    execFileSync('opj_compress', ['-i', pgm, '-o', join(dir, 'scan.jp2'), '-r', '20'], { stdio: 'ignore' });
    const jpx = readFileSync(join(dir, 'scan.jp2'));
    const w = ((image.width / dpi) * 72).toFixed(2);
    const h = ((image.height / dpi) * 72).toFixed(2);
    const xmp = '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
    return rawPdf([
      '<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) >>] >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im 5 0 R >> >> /Contents 4 0 R >>`,
      content(`q ${w} 0 0 ${h} 0 0 cm /Im Do Q\n`),
      { dictionary: `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /Filter /JPXDecode >>`, stream: jpx },
      { dictionary: '<< /Type /Metadata /Subtype /XML >>', stream: Buffer.from(xmp, 'utf8') },
    ]);
  });

/** A page whose text layer is a table of figures only (no letters). */
function digitsOnlyPage(): Buffer {
  const rows = Array.from({ length: 40 }, (_, row) => `0 -16 Td (${2000 + row}    ${row * 37 + 5}    ${(row * 1.5).toFixed(1)}    ${row * 412}) Tj`).join(' ');
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [content(`BT /H 11 Tf 60 800 Td ${rows} ET\n`), HELVETICA]);
}

/** The scan as a JPEG whose filter is written /DCT#44ecode. */
const dctEscapedFilterScan = (): Promise<Buffer | null> =>
  withTools(['convert'], async (dir) => {
    const { image, dpi } = await scanPage();
    const { pgm } = await scanFile(dir);
    execFileSync('convert', [pgm, '-quality', '80', join(dir, 'scan.jpg')]);
    return imagePage(image.width, image.height, dpi, '/ColorSpace /DeviceGray /BitsPerComponent 8', readFileSync(join(dir, 'scan.jpg')), '/DCT#44ecode');
  });

const RECIPES: Readonly<Record<Round3Kind, Recipe>> = {
  'tiny-pages-5000': { description: '5 000 pages of 1 × 1 pt, each a page number', make: tinyPages },
  'huge-box-blank': { description: 'a blank page a million points wide (350 m)', make: hugeBoxBlank },
  'huge-box-text': { description: 'a text page a million points wide', make: hugeBoxText },
  'zero-box': { description: 'a blank page whose MediaBox is [0 0 0 0]', make: zeroBox },
  'inverted-box': { description: 'a text page whose MediaBox is [595 842 0 0]', make: invertedBox },
  'negative-box': { description: 'a text page whose MediaBox is [0 0 -595 -842]', make: negativeBox },
  'nan-box': { description: 'a text page whose MediaBox holds 1e400 and a name, its CropBox a string', make: nanBox },
  'odd-rotations': { description: 'three text pages with /Rotate 45, -270 and 3 600 000 090', make: oddRotations },
  'tounicode-garbage': { description: 'Helvetica text whose ToUnicode CMap is cut off and full of garbage', make: tounicodeGarbage },
  'tounicode-to-nul': { description: 'Helvetica text whose ToUnicode maps every code to U+0000', make: tounicodeToNul },
  'tounicode-huge-range': { description: 'a ToUnicode range claiming all 2³² four-byte codes', make: tounicodeHugeRange },
  'type3-self-drawing': { description: 'a Type 3 glyph that shows text in its own font (recursion)', make: type3SelfDrawing },
  'annotations-only': { description: 'a page with 200 link and square annotations and no content', make: annotationsOnly },
  'rc4-empty-password': { description: 'text PDF, RC4 128-bit, empty user password (qpdf)', make: rc4EmptyPassword },
  'aes128-empty-password': { description: 'text PDF, AES-128, empty user password (qpdf)', make: aes128EmptyPassword },
  'incremental-broken-xref': { description: 'an incremental update (a new /Info) whose xref offsets, /Prev and startxref all point wrong', make: incrementalBrokenXref },
  'object-stream-loop': { description: 'the catalog in an object stream that /Extends itself (xref stream)', make: objectStreamLoop },
  'indexed-scan': { description: 'the dev scan as an Indexed (palette) image', make: indexedScan },
  'lab-scan': { description: 'the dev scan as a Lab image', make: labScan },
  'devicen-scan': { description: 'the dev scan as a DeviceN (one ink, PostScript tint function) image', make: deviceNScan },
  'gray16-scan': { description: 'the dev scan as 16-bit gray', make: gray16Scan },
  'ccitt-scan': { description: 'the dev scan as a 1-bit CCITT G4 image (img2pdf)', make: ccittScan },
  'jbig2-garbage': { description: 'a JBIG2 image whose data is not JBIG2', make: jbig2Garbage },
  'pdfa-jpx-scan': { description: 'the dev scan as JPEG 2000 in a PDF/A-2b', make: pdfaJpxScan },
  'digits-only-page': { description: 'a page whose text layer is a table of figures only', make: digitsOnlyPage },
  'dct-escaped-filter-scan': { description: 'the dev scan as a JPEG whose filter is written /DCT#44ecode', make: dctEscapedFilterScan },
};

export type Round3Pdf = MadePdf<Round3Kind>;

/** Writes the requested PDFs (all by default) into `outDir`; `file` is null when a tool is missing. */
export function makeRound3Pdfs(outDir: string, kinds: readonly Round3Kind[] = ROUND3_KINDS): Promise<Round3Pdf[]> {
  return writeRecipes(outDir, RECIPES, kinds);
}

await recipesCommand(import.meta.url, RECIPES, ROUND3_KINDS);
