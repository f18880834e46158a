/**
 * A second round of hostile PDFs (issue 13: "other inputs of the same kind are tried again"),
 * generated at run time by `node --import tsx scripts/adversarial/more-pdfs.ts OUT_DIR [KIND...]`.
 *
 * The first round (scripts/hostile-pdfs.ts) bombs with plainly written dictionaries; these say the
 * same thing in ways a byte-level screen may not read (names spelled with `#xx` escapes, a filter
 * chain, an inline image, a size given by reference, a JPEG whose own header lies about its size),
 * multiply cheap objects (nested forms, a form cycle, 100 000 text runs, a 200 000-character line,
 * nested arrays), put the only text where a text layer does not look (an annotation, a form
 * field), and loop the file's own structure (an xref whose /Prev is itself).
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import { rotateGray } from '../../main/ingest/rotate.js';
import { deflateRepeated, scanPage } from '../hostile-pdfs.js';
import { madeFile, recipesCommand, writeRecipes, type MadePdf, type Recipe } from './recipes.js';
import { contentStream, HELVETICA, pagesPdf, pdfString, rawPdf } from './raw-pdf.js';

export const MORE_KINDS = [
  'escaped-name-image-bomb',
  'escaped-filter-operator-bomb',
  'double-flate-operator-bomb',
  'inline-image-bomb',
  'indirect-size-image-bomb',
  'jpeg-lying-size',
  'font-program-bomb',
  'nested-forms',
  'form-cycle',
  'nested-arrays',
  'text-runs-100k',
  'line-200k',
  'annotation-text-only',
  'form-field-text-only',
  'xref-prev-loop',
  'giant-page',
  'rotated-text-page',
  'upside-down-scan',
  'cmyk-scan',
  'white-image',
  'type3-font-text',
  'many-heavy-pages',
  'same-page-200k',
  'page-tree-cycle',
  'page-count-lie',
  'unknown-encryption',
] as const;
export type MoreKind = (typeof MORE_KINDS)[number];

const SIDE = 17_320; // 17 320² RGB ≈ 900 MB decoded
const OPERATORS = 400 * 1024 * 1024;
const STROKES = Buffer.from('1 1 m 2 2 l S\n');
const PROSE = 'Le comite de pilotage du pole a reuni 26 structures adherentes et 12 partenaires le 13 mai 2025 a Arras. ';

/** A 16×16 white baseline JPEG (162 bytes); its frame header (SOF0) sits at byte 89. */
const TINY_JPEG =
  'ffd8ffe000104a46494600010100000100010000ffdb0043000302020302020303030304030304050805050404050a070706080c0a0c0c0b0a0b0b0d0e12100d0e110e0b0b1016101113141515150c0f171816141812141514ffc0000b080010001001011100ffc4001500010100000000000000000000000000000009ffc40014100100000000000000000000000000000000ffda0008010100003f00aa603fffd9';

const content = contentStream;

/** One page drawing image object 5 over the page (object 4 is its content). */
function imagePage(image: { dictionary: string; stream: Uint8Array } | string, extra: readonly (string | { dictionary: string; stream: Uint8Array })[] = []): Buffer {
  return pagesPdf(['/Resources << /XObject << /Im 5 0 R >> >> /Contents 4 0 R'], [content('q 595 0 0 842 0 0 cm /Im Do Q\n'), image, ...extra]);
}

async function operatorBomb(filter: string, twice: boolean): Promise<Buffer> {
  const once = await deflateRepeated(STROKES, OPERATORS);
  const stream = twice ? deflateSync(once, { level: 9 }) : once;
  return pagesPdf(['/Contents 4 0 R'], [{ dictionary: `<< /Filter ${filter} >>`, stream }]);
}

async function escapedNameImageBomb(): Promise<Buffer> {
  const data = await deflateRepeated(Buffer.alloc(1 << 16, 0xff), SIDE * SIDE * 3);
  // `#61` is `a`, `#69` is `i`, `#65` is `e`: the same names to a PDF reader, not to a byte search.
  return imagePage({ dictionary: `<< /Type /XObject /Subtype /Im#61ge /W#69dth ${SIDE} /H#65ight ${SIDE} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: data });
}

async function inlineImageBomb(): Promise<Buffer> {
  const data = await deflateRepeated(Buffer.alloc(1 << 16, 0xff), SIDE * SIDE * 3);
  const stream = Buffer.concat([Buffer.from(`q 595 0 0 842 0 0 cm BI /W ${SIDE} /H ${SIDE} /CS /RGB /BPC 8 /F /Fl ID `, 'latin1'), data, Buffer.from('\nEI Q\n', 'latin1')]);
  return pagesPdf(['/Contents 4 0 R'], [{ dictionary: '<< >>', stream }]);
}

async function indirectSizeImageBomb(): Promise<Buffer> {
  const data = await deflateRepeated(Buffer.alloc(1 << 16, 0xff), SIDE * SIDE * 3);
  return imagePage({ dictionary: '<< /Type /XObject /Subtype /Image /Width 6 0 R /Height 6 0 R /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode >>', stream: data }, [String(SIDE)]);
}

function jpegLyingSize(): Buffer {
  const jpeg = Buffer.from(TINY_JPEG, 'hex');
  // The frame header says 60 000 × 60 000; the dictionary says 16 × 16.
  jpeg.writeUInt16BE(60_000, 89 + 5);
  jpeg.writeUInt16BE(60_000, 89 + 7);
  return imagePage({ dictionary: '<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode >>', stream: jpeg });
}

async function fontProgramBomb(): Promise<Buffer> {
  const program = await deflateRepeated(Buffer.alloc(1 << 16, 0), 300 * 1024 * 1024);
  return pagesPdf(
    ['/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R'],
    [
      content(`BT /F1 12 Tf 50 700 Td ${pdfString(PROSE)} Tj ET\n`),
      '<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /Widths [] /FontDescriptor 6 0 R /Encoding /WinAnsiEncoding >>',
      '<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>',
      { dictionary: '<< /Filter /FlateDecode >>', stream: program },
    ],
  );
}

/** Eight levels of forms, each drawing the one below ten times: 10⁸ rectangles from a few KB. */
function nestedForms(): Buffer {
  const levels = 8;
  const forms = Array.from({ length: levels }, (_, level) => {
    const body = level === 0 ? '0 0 1 1 re f\n' : Array.from({ length: 10 }, () => '/F Do').join(' ') + '\n';
    const resources = level === 0 ? '' : `/Resources << /XObject << /F ${5 + level - 1} 0 R >> >>`;
    return { dictionary: `<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] ${resources} >>`, stream: Buffer.from(body, 'latin1') };
  });
  return pagesPdf([`/Resources << /XObject << /F ${5 + levels - 1} 0 R >> /Font << /H ${5 + levels} 0 R >> >> /Contents 4 0 R`], [
    content(`BT /H 12 Tf 50 780 Td ${pdfString(PROSE)} Tj ET /F Do\n`),
    ...forms,
    HELVETICA,
  ]);
}

function formCycle(): Buffer {
  const form = (other: number): { dictionary: string; stream: Uint8Array } => ({
    dictionary: `<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /F ${other} 0 R >> >> >>`,
    stream: Buffer.from('/F Do\n', 'latin1'),
  });
  return pagesPdf(['/Resources << /XObject << /F 5 0 R >> /Font << /H 7 0 R >> >> /Contents 4 0 R'], [
    content(`BT /H 12 Tf 50 780 Td ${pdfString(PROSE)} Tj ET /F Do\n`),
    form(6),
    form(5),
    HELVETICA,
  ]);
}

function nestedArrays(): Buffer {
  const depth = 200_000;
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [
    content(`BT /H 12 Tf 50 780 Td ${pdfString(PROSE)} Tj ET\n${'['.repeat(depth)}${']'.repeat(depth)} TJ\n`),
    HELVETICA,
  ]);
}

/** 100 000 runs of two characters each, at 2 pt, in a 400 × 250 grid of runs. */
function textRuns(): Buffer {
  const runs: string[] = ['BT /H 2 Tf'];
  for (let index = 0; index < 100_000; index += 1) {
    const x = 10 + (index % 400) * 1.4;
    const y = 830 - Math.floor(index / 400) * 3.2;
    runs.push(`1 0 0 1 ${x.toFixed(1)} ${y.toFixed(1)} Tm (${String(index % 100).padStart(2, '0')}) Tj`);
  }
  runs.push('ET');
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [content(runs.join('\n')), HELVETICA]);
}

function line200k(): Buffer {
  const line = PROSE.repeat(Math.ceil(200_000 / PROSE.length)).slice(0, 200_000);
  return pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [content(`BT /H 1 Tf 5 420 Td ${pdfString(line)} Tj ET\n`), HELVETICA]);
}

const ANNOTATION_TEXT = 'Compte rendu du comite de pilotage du 13 mai 2025 : 26 structures adherentes, 12 partenaires.';

/** A page whose only text is a FreeText annotation (with its appearance stream). */
function annotationTextOnly(): Buffer {
  const appearance = `BT /H 11 Tf 5 10 Td ${pdfString(ANNOTATION_TEXT)} Tj ET\n`;
  return pagesPdf(['/Annots [5 0 R] /Contents 4 0 R'], [
    content('\n'),
    `<< /Type /Annot /Subtype /FreeText /Rect [40 700 560 730] /Contents ${pdfString(ANNOTATION_TEXT)} /DA (/H 11 Tf 0 g) /AP << /N 6 0 R >> >>`,
    { dictionary: '<< /Type /XObject /Subtype /Form /BBox [0 0 520 30] /Resources << /Font << /H 7 0 R >> >> >>', stream: Buffer.from(appearance, 'latin1') },
    HELVETICA,
  ]);
}

/** A page whose only text is a filled-in form field's value (AcroForm, with its appearance). */
function formFieldTextOnly(): Buffer {
  const appearance = `/Tx BMC BT /H 11 Tf 2 8 Td ${pdfString(ANNOTATION_TEXT)} Tj ET EMC\n`;
  const catalogFree = rawPdf([
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /DA (/H 11 Tf 0 g) /DR << /Font << /H 7 0 R >> >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [5 0 R] /Contents 4 0 R >>',
    content('\n'),
    `<< /Type /Annot /Subtype /Widget /FT /Tx /T (compte_rendu) /V ${pdfString(ANNOTATION_TEXT)} /Rect [40 700 560 730] /P 3 0 R /DA (/H 11 Tf 0 g) /AP << /N 6 0 R >> >>`,
    { dictionary: '<< /Type /XObject /Subtype /Form /BBox [0 0 520 30] /Resources << /Font << /H 7 0 R >> >> >>', stream: Buffer.from(appearance, 'latin1') },
    HELVETICA,
  ]);
  return catalogFree;
}

/** A well-formed one-page file, then an update whose trailer's /Prev points at its own xref. */
function xrefPrevLoop(): Buffer {
  const base = pagesPdf(['/Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R'], [content(`BT /H 12 Tf 50 780 Td ${pdfString(PROSE)} Tj ET\n`), HELVETICA]);
  const update = `6 0 obj\n<< /Producer (loop) >>\nendobj\n`;
  const objectAt = base.length;
  const xrefAt = objectAt + update.length;
  const tail = `xref\n6 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R /Prev ${xrefAt} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([base, Buffer.from(update + tail, 'latin1')]);
}

/** A 200 × 200 inch page (the largest PDF allows) painting one small gray image over it all. */
function giantPage(): Buffer {
  const side = 64;
  const pixels = Buffer.alloc(side * side, 0xf0);
  return pagesPdf(['/MediaBox [0 0 14400 14400] /Resources << /XObject << /Im 5 0 R >> >> /Contents 4 0 R'], [
    content('q 14400 0 0 14400 0 0 cm /Im Do Q\n'),
    { dictionary: `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: deflateSync(pixels) },
  ]);
}

/** A text page turned a quarter (`/Rotate 90`), as a landscape table often is. */
async function rotatedTextPage(): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  [PROSE, 'Budget 2024 : 187 500 euros, dont Region 45 000 euros.', 'Contact : Claire Martin, coordinatrice.'].forEach((line, row) => page.drawText(line, { x: 40, y: 780 - row * 16, size: 11, font }));
  page.setRotation(degrees(90));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** One gray scan page as an image XObject in `space` (pixels given already in that space). */
function scanImagePage(width: number, height: number, dpi: number, space: string, pixels: Uint8Array): Buffer {
  const w = (width / dpi) * 72;
  const h = (height / dpi) * 72;
  return pagesPdf([`/MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im 5 0 R >> >> /Contents 4 0 R`], [
    content(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im Do Q\n`),
    { dictionary: `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${space} /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: deflateSync(pixels) },
  ]);
}

/** The dev scan's page 1 fed upside down. */
async function upsideDownScan(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const turned = rotateGray(image, 2);
  return scanImagePage(turned.width, turned.height, dpi, '/DeviceGray', turned.data);
}

/** The dev scan's page 1 stored as CMYK (print workflows): the gray is all in the black channel. */
async function cmykScan(): Promise<Buffer> {
  const { image, dpi } = await scanPage();
  const cmyk = new Uint8Array(image.data.length * 4);
  image.data.forEach((gray, index) => (cmyk[index * 4 + 3] = 255 - gray));
  return scanImagePage(image.width, image.height, dpi, '/DeviceCMYK', cmyk);
}

/** A page that is one all-white image (a blank sheet scanned). */
function whiteImage(): Buffer {
  return scanImagePage(1240, 1754, 150, '/DeviceGray', new Uint8Array(1240 * 1754).fill(255));
}

/** Text in a Type 3 font (glyphs drawn by content streams, named by /Differences): its text layer is real. */
function type3FontText(): Buffer {
  const letters = [...new Set(PROSE.toLowerCase().replace(/[^a-z]/gu, ''))];
  const procs = ['/space 8 0 R', ...letters.map((letter, index) => `/${letter} ${9 + index} 0 R`)].join(' ');
  const glyph = { dictionary: '<< >>', stream: Buffer.from('600 0 0 0 500 700 d1 0 0 500 700 re f\n', 'latin1') };
  const space = { dictionary: '<< >>', stream: Buffer.from('300 0 0 0 0 0 d1\n', 'latin1') };
  const text = PROSE.toLowerCase().replace(/[^a-z ]/gu, '').replace(/ +/gu, ' ');
  const widths = Array.from({ length: 91 }, (_, index) => (index === 0 ? '300' : '600')).join(' ');
  const alphabet = Array.from({ length: 26 }, (_, index) => `/${String.fromCharCode(97 + index)}`).join(' ');
  return pagesPdf(['/Resources << /Font << /T3 5 0 R >> >> /Contents 4 0 R'], [
    content(`BT /T3 12 Tf 40 780 Td (${text}) Tj ET\n`),
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs 6 0 R /Encoding 7 0 R /FirstChar 32 /LastChar 122 /Widths [${widths}] >>`,
    `<< ${procs} >>`,
    `<< /Type /Encoding /Differences [32 /space 97 ${alphabet}] >>`,
    space,
    ...letters.map(() => glyph),
  ]);
}

/** 60 pages, each a line of text over 8 MB of drawing operators (each page well under every per-page limit). */
async function manyHeavyPages(): Promise<Buffer> {
  const pages = 60;
  const strokes = await deflateRepeated(STROKES, 8 * 1024 * 1024);
  const objects = Array.from({ length: pages }, (_, index) => ({
    dictionary: '<< /Filter /FlateDecode >>',
    stream: Buffer.concat([deflateSync(`BT /H 12 Tf 50 780 Td (Page ${index + 1} : ${PROSE}) Tj ET\n`)]),
  }));
  // Each page draws its text, then the shared 8 MB of strokes (one object, referenced by every page).
  return pagesPdf(
    Array.from({ length: pages }, (_, index) => `/Resources << /Font << /H ${3 + pages} 0 R >> >> /Contents [${3 + pages + 1 + index} 0 R ${3 + pages + 1 + pages} 0 R]`),
    [HELVETICA, ...objects, { dictionary: '<< /Filter /FlateDecode >>', stream: strokes }],
  );
}

const TEXT_PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /H 5 0 R >> >> /Contents 4 0 R >>';
const textContent = (): { dictionary: string; stream: Uint8Array } => content(`BT /H 12 Tf 50 780 Td ${pdfString(PROSE)} Tj ET\n`);

/** A page tree listing one page object 200 000 times (1.2 MB). */
function samePage200k(): Buffer {
  const kids = Array.from({ length: 200_000 }, () => '3 0 R').join(' ');
  return rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count 200000 >>`, TEXT_PAGE, textContent(), HELVETICA]);
}

/** A page tree node whose kid is the root again. */
function pageTreeCycle(): Buffer {
  return rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [6 0 R 3 0 R] /Count 2 >>', TEXT_PAGE, textContent(), HELVETICA, '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>']);
}

/** A page tree that says it holds 10 000 000 pages and holds one. */
function pageCountLie(): Buffer {
  return rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 10000000 >>', TEXT_PAGE, textContent(), HELVETICA]);
}

/** A file encrypted (it says) by a security handler nobody knows. */
function unknownEncryption(): Buffer {
  const plain = rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', TEXT_PAGE, textContent(), HELVETICA, '<< /Filter /FooCrypt /V 9 /R 9 /O (x) /U (y) /P -4 >>']);
  return Buffer.from(plain.toString('latin1').replace('/Root 1 0 R >>', '/Root 1 0 R /Encrypt 6 0 R /ID [<01> <01>] >>'), 'latin1');
}

const RECIPES: Readonly<Record<MoreKind, Recipe>> = {
  'escaped-name-image-bomb': { description: 'a 900 MB image whose /Subtype /Image, /Width and /Height are spelled with #xx escapes', make: escapedNameImageBomb },
  'escaped-filter-operator-bomb': { description: '400 MB of drawing operators behind /Fl#61teDecode (FlateDecode spelled with an escape)', make: () => operatorBomb('/Fl#61teDecode', false) },
  'double-flate-operator-bomb': { description: '400 MB of drawing operators deflated twice ([/FlateDecode /FlateDecode]): a few KB on disk', make: () => operatorBomb('[/FlateDecode /FlateDecode]', true) },
  'inline-image-bomb': { description: 'a 900 MB inline image (BI … ID … EI) inside a content stream', make: inlineImageBomb },
  'indirect-size-image-bomb': { description: 'a 900 MB image whose /Width and /Height are references to another object', make: indirectSizeImageBomb },
  'jpeg-lying-size': { description: 'a 162-byte JPEG whose frame header says 60 000 × 60 000 (the dictionary says 16 × 16)', make: jpegLyingSize },
  'font-program-bomb': { description: 'a TrueType font program that inflates to 300 MB', make: fontProgramBomb },
  'nested-forms': { description: 'eight levels of forms each drawing the one below ten times (10⁸ rectangles)', make: nestedForms },
  'form-cycle': { description: 'two forms that draw each other', make: formCycle },
  'nested-arrays': { description: '200 000 nested arrays in a content stream', make: nestedArrays },
  'text-runs-100k': { description: 'one page of 100 000 two-character text runs', make: textRuns },
  'line-200k': { description: 'one 200 000-character line of prose', make: line200k },
  'annotation-text-only': { description: 'a page whose only text is a FreeText annotation', make: annotationTextOnly },
  'form-field-text-only': { description: 'a page whose only text is a filled-in form field', make: formFieldTextOnly },
  'xref-prev-loop': { description: 'an incremental update whose trailer /Prev points at its own xref', make: xrefPrevLoop },
  'giant-page': { description: 'a 200 × 200 inch page painted with one image (OCR would render it at 60 000² pixels)', make: giantPage },
  'rotated-text-page': { description: 'a text page turned a quarter (/Rotate 90)', make: rotatedTextPage },
  'upside-down-scan': { description: 'a scanned page fed upside down', make: upsideDownScan },
  'cmyk-scan': { description: 'a scanned page stored as a CMYK image', make: cmykScan },
  'white-image': { description: 'a page that is one all-white image (a blank sheet scanned)', make: whiteImage },
  'same-page-200k': { description: 'a page tree listing one page object 200 000 times', make: samePage200k },
  'page-tree-cycle': { description: 'a page tree node whose kid is the root again', make: pageTreeCycle },
  'page-count-lie': { description: 'a page tree saying 10 000 000 pages and holding one', make: pageCountLie },
  'unknown-encryption': { description: 'encrypted by an unknown security handler (/Filter /FooCrypt)', make: unknownEncryption },
  'many-heavy-pages': { description: '60 pages, each a line of text over 8 MB of drawing operators', make: manyHeavyPages },
  'type3-font-text': { description: 'a line of text in a Type 3 font (glyphs drawn by content streams)', make: type3FontText },
};

export interface MorePdf extends MadePdf<MoreKind> {
  readonly file: string;
}

/** Writes the requested PDFs (all by default) into `outDir`. */
export async function makeMorePdfs(outDir: string, kinds: readonly MoreKind[] = MORE_KINDS): Promise<MorePdf[]> {
  return (await writeRecipes(outDir, RECIPES, kinds)).map((made) => ({ ...made, file: madeFile(made) }));
}

await recipesCommand(import.meta.url, RECIPES, MORE_KINDS);
