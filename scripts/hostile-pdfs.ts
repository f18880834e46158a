/**
 * Makes the hostile PDFs the ingest hardening tests import (issue 13), reproducibly, instead of
 * committing them: `node --import tsx scripts/hostile-pdfs.ts OUT_DIR [KIND...]`.
 *
 * Each is small on disk and expensive once read: drawing operators or pixels that inflate a
 * thousandfold, a page far too long for one time limit taken whole, a scan in JPEG 2000 or fed
 * sideways, an image with no text in it. Needs Node, plus `opj_compress` (Debian package
 * `libopenjp2-tools`) for the JPEG 2000 scan only.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createDeflate, deflateSync } from 'node:zlib';
import {
  PDFDocument,
  PDFName,
  StandardFonts,
  TextRenderingMode,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setTextRenderingMode,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import { encodePgm, type GrayImage } from '../main/ingest/gray-image.js';
import { pageImageForOcr } from '../main/ingest/page-image.js';
import { openPdf, readPageText } from '../main/ingest/pdf-document.js';
import { rotateGray } from '../main/ingest/rotate.js';
import { makeTextPdf } from './bad-inputs/synthetic-pdfs.js';

const run = promisify(execFile);

export const HOSTILE_KINDS = [
  'operator-bomb',
  'image-bomb',
  'long-document',
  'long-lines',
  'jpx-scan',
  'sideways-scan',
  'blank-photo',
  'invisible-layer-agrees',
  'invisible-layer-disagrees',
  'white-text-injected',
  'text-off-page',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** Uncompressed size of the operator bomb's one content stream. */
export const OPERATOR_BOMB_BYTES = 400 * 1024 * 1024;
/** Side of the image bomb's RGB image: 17 320² × 3 bytes ≈ 900 MB once decoded. */
export const IMAGE_BOMB_SIDE = 17_320;
/** Pages of the long document (each page reads in a few ms; all of them take far longer). */
export const LONG_DOCUMENT_PAGES = 3_000;
/** Characters on each of the long-lines document's lines of prose. */
export const LONG_LINE_CHARS = 40_000;

export interface HostilePdf {
  readonly kind: HostileKind;
  readonly file: string;
  readonly description: string;
}

/** The first dev scan's page 1 as OCR sees it (gray, 200 dpi), to build scans from. */
export const SCAN_SOURCE = fileURLToPath(new URL('../fixtures/corpus/dev/000-scan.pdf', import.meta.url));
/** The exported PDF the dev scan was made from: its page 1 text is what the scan shows. */
export const SCAN_TEXT_SOURCE = fileURLToPath(new URL('../fixtures/corpus/dev/000.pdf', import.meta.url));
/** Another dev document, whose page 1 text the scan does not show. */
export const OTHER_TEXT_SOURCE = fileURLToPath(new URL('../fixtures/corpus/dev/002.pdf', import.meta.url));

async function pageOneText(file: string): Promise<string> {
  const doc = await openPdf(new Uint8Array(await readFile(file)), file);
  try {
    return await readPageText(await doc.getPage(1));
  } finally {
    await doc.destroy();
  }
}

export async function scanPage(): Promise<{ image: GrayImage; dpi: number }> {
  const doc = await openPdf(new Uint8Array(await readFile(SCAN_SOURCE)), 'scan');
  try {
    const { input } = await pageImageForOcr(doc, await doc.getPage(1));
    return { image: input.image, dpi: input.dpi };
  } finally {
    await doc.destroy();
  }
}

/** Deflates `total` bytes made of `unit` repeated, without holding them all (a few seconds). */
export async function deflateRepeated(unit: Buffer, total: number): Promise<Buffer> {
  const chunk = Buffer.concat(Array.from({ length: Math.ceil((1 << 20) / unit.length) }, () => unit));
  const deflate = createDeflate({ level: 9, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (data: Buffer) => out.push(data));
  const finished = new Promise<void>((done, fail) => deflate.on('end', done).on('error', fail));
  for (let written = 0; written < total; written += chunk.length) {
    const piece = total - written < chunk.length ? chunk.subarray(0, total - written) : chunk;
    if (!deflate.write(piece)) await new Promise((drain) => deflate.once('drain', drain));
  }
  deflate.end();
  await finished;
  return Buffer.concat(out);
}

/** One blank A4 page whose content stream is `bytes` (uncompressed) of tiny strokes. */
export async function makeOperatorBomb(bytes: number = OPERATOR_BOMB_BYTES): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595.28, 841.89]);
  // White strokes: the page looks blank, and has no text layer, so it is sent to OCR.
  const content = await deflateRepeated(Buffer.from('1 1 m 2 2 l S\n'), bytes);
  const raw = doc.context.stream(content, { Filter: 'FlateDecode' });
  page.node.set(PDFName.of('Contents'), doc.context.register(raw));
  return doc.save({ useObjectStreams: false });
}

function placeImage(page: PDFPage, name: PDFName, width: number, height: number): void {
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(width, 0, 0, height, 0, 0), drawObject(name), popGraphicsState());
}

/** One page painting a white RGB image of `IMAGE_BOMB_SIDE`² pixels (about 900 MB decoded). */
async function imageBomb(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const points = (IMAGE_BOMB_SIDE / 600) * 72;
  const page = doc.addPage([points, points]);
  const data = await deflateRepeated(Buffer.alloc(1 << 16, 0xff), IMAGE_BOMB_SIDE * IMAGE_BOMB_SIDE * 3);
  const image = doc.context.stream(data, { Type: 'XObject', Subtype: 'Image', Width: IMAGE_BOMB_SIDE, Height: IMAGE_BOMB_SIDE, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, Filter: 'FlateDecode' });
  placeImage(page, page.node.newXObject('Im', doc.context.register(image)), points, points);
  return doc.save({ useObjectStreams: false });
}

/** A page of prose on a few enormous lines, the shape that made extraction stall. */
async function longLines(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont('Helvetica');
  const page = doc.addPage([595.28, 841.89]);
  const sentence = 'Le comité de pilotage du pôle a réuni 26 structures adhérentes et 12 partenaires le 13 mai 2025 à Arras pour le projet Emploi Solidaire. ';
  const line = sentence.repeat(Math.ceil(LONG_LINE_CHARS / sentence.length)).slice(0, LONG_LINE_CHARS);
  for (let row = 0; row < 3; row += 1) page.drawText(line, { x: 20, y: 800 - row * 14, size: 10, font });
  return doc.save({ useObjectStreams: false });
}

/** One A4 page holding one gray image, stored with `filter` (`FlateDecode` or `JPXDecode`). */
async function imagePage(encoded: Uint8Array, image: { width: number; height: number }, dpi: number, filter: 'FlateDecode' | 'JPXDecode'): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const width = (image.width / dpi) * 72;
  const height = (image.height / dpi) * 72;
  const page = doc.addPage([width, height]);
  const common = { Type: 'XObject', Subtype: 'Image', Width: image.width, Height: image.height, BitsPerComponent: 8, Filter: filter };
  const dictionary = filter === 'FlateDecode' ? { ...common, ColorSpace: 'DeviceGray' } : common; // JPX carries its own
  const stream = doc.context.stream(encoded, dictionary);
  placeImage(page, page.node.newXObject('Im', doc.context.register(stream)), width, height);
  return doc.save({ useObjectStreams: false });
}

/** The dev scan's page 1 encoded in JPEG 2000 by OpenJPEG (as scanners and PDF/A tools do). */
async function jpxScan(): Promise<Uint8Array> {
  const { image, dpi } = await scanPage();
  const work = await mkdtemp(join(tmpdir(), 'glaneur-jpx-'));
  try {
    await writeFile(join(work, 'page.pgm'), encodePgm(image));
    await run('opj_compress', ['-i', join(work, 'page.pgm'), '-o', join(work, 'page.jp2'), '-r', '20']);
    return await imagePage(new Uint8Array(await readFile(join(work, 'page.jp2'))), image, dpi, 'JPXDecode');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The dev scan's page 1 fed into the scanner a quarter turn off, counter-clockwise: tesseract reads a page turned clockwise by itself, not this one. */
async function sidewaysScan(): Promise<Uint8Array> {
  const { image, dpi } = await scanPage();
  const turned = rotateGray(image, 3);
  return imagePage(deflateSync(turned.data), turned, dpi, 'FlateDecode');
}

/** A page that is one picture with no writing in it: soft gradients, as a photo would be. */
async function blankPhoto(): Promise<Uint8Array> {
  const width = 1200;
  const height = 1600;
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) data[y * width + x] = 96 + Math.round(80 * Math.sin(x / 190) * Math.cos(y / 230));
  }
  return imagePage(deflateSync(data), { width, height }, 150, 'FlateDecode');
}

/** The lines of `text` that `font` can encode, without the characters it cannot (WinAnsi for the standard fonts). */
function encodableLines(text: string, font: PDFFont): string[] {
  const known = new Set(font.getCharacterSet());
  return text
    .split('\n')
    .map((line) => [...line].filter((char) => known.has(char.codePointAt(0) ?? 0)).join('').trim())
    .filter((line) => line !== '');
}

/** `lines` written on `page` from the top, at 9 pt, in whatever rendering mode and colour are in force. */
function writeLines(page: PDFPage, font: PDFFont, lines: readonly string[], top: number, color = rgb(0, 0, 0)): void {
  lines.forEach((line, row) => page.drawText(line, { x: 36, y: top - row * 11, size: 9, font, color }));
}

/**
 * The dev scan's page 1 with an invisible text layer over it (text rendering mode 3), as OCR
 * tools write one: the layer is the page's own text (`agrees`) or another document's page.
 */
async function scanWithInvisibleLayer(agrees: boolean): Promise<Uint8Array> {
  const { image, dpi } = await scanPage();
  const doc = await PDFDocument.load(await imagePage(deflateSync(image.data), image, dpi, 'FlateDecode'), { updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.getPage(0);
  const lines = encodableLines(await pageOneText(agrees ? SCAN_TEXT_SOURCE : OTHER_TEXT_SOURCE), font);
  page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Invisible));
  writeLines(page, font, lines, page.getHeight() - 40);
  page.pushOperators(popGraphicsState());
  return doc.save({ useObjectStreams: false });
}

/** An exported-looking page of black text with another document's paragraph written on it in white. */
async function whiteTextInjected(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  const shown = encodableLines(await pageOneText(SCAN_TEXT_SOURCE), font).slice(0, 30);
  writeLines(page, font, shown, 800);
  writeLines(page, font, encodableLines(await pageOneText(OTHER_TEXT_SOURCE), font).slice(0, 20), 780 - shown.length * 11, rgb(1, 1, 1));
  return doc.save({ useObjectStreams: false });
}

/** The lines `text-off-page` draws outside its page (another document's paragraph). */
export async function offPageLines(): Promise<string[]> {
  const doc = await PDFDocument.create();
  return encodableLines(await pageOneText(OTHER_TEXT_SOURCE), await doc.embedFont(StandardFonts.Helvetica)).slice(0, 20);
}

/** An exported-looking page of black text with another document's paragraph drawn far left of the page, where no viewer shows it. */
async function textOffPage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  writeLines(page, font, encodableLines(await pageOneText(SCAN_TEXT_SOURCE), font).slice(0, 30), 800);
  (await offPageLines()).forEach((line, row) => page.drawText(line, { x: -2000, y: 780 - row * 11, size: 9, font }));
  return doc.save({ useObjectStreams: false });
}

const RECIPES: Readonly<Record<HostileKind, { fileName: string; description: string; make: () => Promise<Uint8Array> }>> = {
  'operator-bomb': { fileName: 'operator-bomb.pdf', description: `one blank page whose content stream inflates to ${OPERATOR_BOMB_BYTES / 1024 / 1024} MB of stroke operators`, make: () => makeOperatorBomb() },
  'image-bomb': { fileName: 'image-bomb.pdf', description: `one page painting a ${IMAGE_BOMB_SIDE}² RGB image (${Math.round((IMAGE_BOMB_SIDE * IMAGE_BOMB_SIDE * 3) / 1e6)} MB decoded)`, make: imageBomb },
  'long-document': { fileName: 'long-document.pdf', description: `${LONG_DOCUMENT_PAGES} text pages, each read in a few ms`, make: () => makeTextPdf(LONG_DOCUMENT_PAGES) },
  'long-lines': { fileName: 'long-lines.pdf', description: `one page of three ${LONG_LINE_CHARS}-character lines of prose`, make: longLines },
  'jpx-scan': { fileName: 'jpx-scan.pdf', description: 'a scanned page stored as a JPEG 2000 (JPXDecode) image', make: jpxScan },
  'sideways-scan': { fileName: 'sideways-scan.pdf', description: 'a scanned portrait page turned a quarter counter-clockwise (the way tesseract cannot read by itself)', make: sidewaysScan },
  'blank-photo': { fileName: 'blank-photo.pdf', description: 'one page that is a picture with no text', make: blankPhoto },
  'invisible-layer-agrees': { fileName: 'invisible-layer-agrees.pdf', description: 'a scanned page with an invisible text layer (mode 3) that is its own text, as OCR tools write', make: () => scanWithInvisibleLayer(true) },
  'invisible-layer-disagrees': { fileName: 'invisible-layer-disagrees.pdf', description: 'a scanned page with an invisible text layer (mode 3) holding another document\'s text', make: () => scanWithInvisibleLayer(false) },
  'white-text-injected': { fileName: 'white-text-injected.pdf', description: 'a page of black text with another document\'s paragraph written in white on the white page', make: whiteTextInjected },
  'text-off-page': { fileName: 'text-off-page.pdf', description: 'a page of black text with another document\'s paragraph drawn outside the page, where nobody sees it', make: textOffPage },
};

/** Writes the requested hostile PDFs (all by default) into `outDir`. */
export async function makeHostilePdfs(outDir: string, kinds: readonly HostileKind[] = HOSTILE_KINDS): Promise<HostilePdf[]> {
  await mkdir(outDir, { recursive: true });
  const made: HostilePdf[] = [];
  for (const kind of kinds) {
    const recipe = RECIPES[kind];
    const file = join(resolve(outDir), recipe.fileName);
    await writeFile(file, await recipe.make());
    made.push({ kind, file, description: recipe.description });
  }
  return made;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [outDir, ...kinds] = process.argv.slice(2);
  if (outDir === undefined) {
    process.stderr.write(`usage: node --import tsx scripts/hostile-pdfs.ts OUT_DIR [${HOSTILE_KINDS.join('|')}...]\n`);
    process.exit(2);
  }
  const unknown = kinds.filter((kind) => !(HOSTILE_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0) {
    process.stderr.write(`unknown kind: ${unknown.join(', ')}\n`);
    process.exit(2);
  }
  for (const made of await makeHostilePdfs(outDir, kinds.length === 0 ? HOSTILE_KINDS : (kinds as HostileKind[]))) {
    process.stdout.write(`${made.file}\t${made.description}\n`);
  }
}
