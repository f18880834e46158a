/**
 * Reading PDFs with pdf.js (legacy build, as Node needs): open, read a page's text layer, render
 * a page to PNG for OCR. pdf.js is imported lazily so that `glaneur --help` stays fast.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { IngestError } from './errors.js';
import type { GrayImage } from './gray-image.js';
import { quietPdfJsWarnings } from './pdfjs-warnings.js';
import { drawnBackwards, type PlacedText } from './reading-order.js';

type PdfJs = typeof PdfJsModule;
/** pdf.js's parser module (untyped in pdfjs-dist; only handed back to pdf.js). */
const PDFJS_WORKER_MODULE: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
let pdfjsPromise: Promise<PdfJs> | undefined;

/**
 * pdf.js itself, imported on first use (it takes ~100 ms to load), with its parser: pdf.js in
 * Node runs its "worker" on the calling thread and would otherwise import that module only at
 * the first `getDocument`, charging a second or more of loading to the first document.
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    quietPdfJsWarnings(); // its warnings are heard (what a page lost), never printed
    const natives = builtInsPdfJsReplaces();
    const fonts = systemFontsPostponed();
    try {
      const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import(PDFJS_WORKER_MODULE) as Promise<unknown>]);
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
      return pdfjs;
    } finally {
      natives.restore();
      fonts.restore();
    }
  })();
  return pdfjsPromise;
}

/** The switch by which @napi-rs/canvas skips registering the system's fonts as it loads. */
const SKIP_SYSTEM_FONTS = 'DISABLE_SYSTEM_FONTS_LOAD';

/**
 * pdf.js loads @napi-rs/canvas as it loads in Node, and the canvas then registers every font of
 * the system (a scan of the font folders: about a quarter of a second of CPU in each document
 * thread, a fifth of its start-up) although reading a text layer draws nothing. The scan is put
 * off to the first rendering (`systemFontsForRendering`); pdf.js draws the glyphs of the PDF's own
 * fonts itself (`disableFontFace`), and only its fallback for a font it cannot read uses them.
 */
function systemFontsPostponed(): { restore(): void } {
  const before = process.env[SKIP_SYSTEM_FONTS];
  if (before === undefined) process.env[SKIP_SYSTEM_FONTS] = '1';
  return {
    restore() {
      if (before === undefined) delete process.env[SKIP_SYSTEM_FONTS];
      else systemFontsLoaded = true; // the user turned the scan off: it stays off
    },
  };
}

let systemFontsLoaded = false;

/**
 * Registers the system's fonts with the canvas pdf.js renders on, once, as the canvas does at load
 * (but for its `usr/local/share/fonts`, a path relative to the working folder).
 */
function systemFontsForRendering(): void {
  if (systemFontsLoaded) return;
  systemFontsLoaded = true;
  // The very module pdf.js loaded (resolved from pdf.js's own folder).
  const canvas = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'))('@napi-rs/canvas') as {
    GlobalFonts: { loadSystemFonts(): void; loadFontsFromDir(dir: string): number };
  };
  canvas.GlobalFonts.loadSystemFonts();
  if (process.platform === 'linux') canvas.GlobalFonts.loadFontsFromDir(join(homedir(), '.fonts'));
}

/**
 * The built-ins the legacy build's bundled core-js replaces, for every caller in the thread, with
 * JavaScript versions that only differ from Node's in edge cases nobody here meets (an array
 * length past 2^53, JSON source-text access): its `Array.prototype.push` alone cost about a tenth
 * of a text-layer import's CPU, in pdf.js and in the extractors alike. They are put back once
 * pdf.js is loaded; the methods core-js only adds (where Node lacks them) are kept.
 */
function builtInsPdfJsReplaces(): { restore(): void } {
  const { push } = Array.prototype;
  const { parse, stringify } = JSON;
  return {
    restore() {
      Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
      Object.defineProperty(JSON, 'parse', { value: parse, writable: true, configurable: true, enumerable: false });
      Object.defineProperty(JSON, 'stringify', { value: stringify, writable: true, configurable: true, enumerable: false });
    },
  };
}

/**
 * The folders inside pdfjs-dist that pdf.js loads decoders and data from: the OpenJPEG/QCMS
 * WASM (JPEG 2000 scans, ICC colours), CMaps (CJK and Identity fonts), the standard fonts.
 * Filesystem paths with a trailing slash: in Node a `file://` URL fails to load and pdf.js
 * silently renders a JPEG 2000 page blank (see DESIGN.md).
 */
export interface PdfJsDataPaths {
  readonly wasmUrl: string;
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
  readonly iccUrl: string;
}

let dataPaths: PdfJsDataPaths | undefined;

export function pdfJsDataPaths(): PdfJsDataPaths {
  if (dataPaths === undefined) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const folder = (name: string): string => `${join(root, name)}/`;
    dataPaths = { wasmUrl: folder('wasm'), cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts'), iccUrl: folder('iccs') };
  }
  return dataPaths;
}

/**
 * Largest image pdf.js decodes, in pixels: a backstop behind `checkImageSizes` (which reads the
 * image dictionaries before anything is decoded) for images whose size it cannot see.
 */
export const PDFJS_MAX_IMAGE_PIXELS = 200_000_000;

/**
 * Most pages an import reads from one document. A page tree can list the same page object any
 * number of times: a 1 MB file of 200 000 pages kept an import busy for its whole hour and grew it
 * past 700 MB (a document's pages are stored together, once all are read). Twice the longest
 * document the import is tested with (10 000 pages).
 */
export const MAX_DOCUMENT_PAGES = 20_000;

/** Opens a PDF from its bytes; maps pdf.js failures to IngestErrors a user can read. */
export async function openPdf(bytes: Uint8Array, fileName: string): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) throw new IngestError('EMPTY_FILE', `${fileName}: the file is empty (0 bytes)`);
  if (!looksLikePdf(bytes)) {
    throw new IngestError('NOT_PDF', `${fileName}: not a PDF (no %PDF- header; ${describeMagic(bytes)})`);
  }
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    ...pdfJsDataPaths(),
    cMapPacked: true,
    maxImageSize: PDFJS_MAX_IMAGE_PIXELS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    // Warnings on, but taken off the console (pdfjs-warnings.ts): it says only there that it
    // dropped part of a page's content, which `stopAtErrors: false` lets it do and go on.
    verbosity: pdfjs.VerbosityLevel.WARNINGS,
    stopAtErrors: false,
    // A pure XFA form (Acrobat's dynamic forms) shows only a "please wait" placeholder in its page
    // content; its text is in the form's XFA packet, which pdf.js lays out and returns as the
    // pages' text content when asked. Without it, such a document was imported as that
    // placeholder, 0 mentions, silently. No effect on any other PDF.
    enableXfa: true,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages === 0) throw new IngestError('NO_PAGES', `${fileName}: the PDF has no pages`);
    if (doc.numPages > MAX_DOCUMENT_PAGES) {
      await doc.destroy().catch(() => undefined);
      throw new IngestError('TOO_LARGE', `${fileName}: ${doc.numPages} pages, more than the ${MAX_DOCUMENT_PAGES} an import reads from one document; split it`);
    }
    return doc;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (error instanceof IngestError) throw error;
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') {
      throw new IngestError('ENCRYPTED', `${fileName}: the PDF is protected by a password`);
    }
    if (name === 'InvalidPDFException') {
      throw new IngestError('CORRUPT_PDF', `${fileName}: the PDF is damaged and cannot be read (${message})`);
    }
    throw new IngestError('CORRUPT_PDF', `${fileName}: pdf.js could not open the file (${message})`);
  }
}

function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may be preceded by junk within the first kilobyte (the spec tolerates it).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function describeMagic(bytes: Uint8Array): string {
  // A corpus given as an input (its own, or its folder's): its header is printable, so it read as text.
  if (Buffer.from(bytes.subarray(0, 16)).toString('latin1') === 'SQLite format 3\0') return 'it is a SQLite database: a Glaneur corpus, or another program\'s';
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'it is a PNG image';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'it is a ZIP archive (or an Office document)';
  if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'it is a JPEG image';
  const text = head.toString('utf8');
  if (/^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/u.test(text)) return 'it looks like plain text';
  return 'unknown format';
}

/** A page's text layer as plain text: items in content order, line ends where pdf.js marks them. */
export async function readPageText(page: PDFPageProxy): Promise<string> {
  return (await readPageLayer(page)).text;
}

/**
 * A page's text layer as `readPageText` gives it, and whether it was drawn backwards, glyph by
 * glyph from right to left (reading-order.ts): then the text reads reversed.
 */
export async function readPageLayer(page: PDFPageProxy): Promise<{ text: string; backwards: boolean }> {
  const content = await page.getTextContent();
  let text = '';
  const placed: PlacedText[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
    placed.push(item);
  }
  return { text, backwards: drawnBackwards(placed) };
}

/** Rendering options: OCR wants about 300 dpi; the pixel cap bounds memory on huge pages. */
export interface RenderOptions {
  readonly dpi: number;
  /** Largest bitmap allowed, in pixels (width × height); the scale is lowered to fit. */
  readonly maxPixels: number;
}

/** 25 MP: A3 at 300 dpi fits; larger pages are rendered coarser (the canvas, its pixel copy and the gray image then stay under 250 MB). */
export const DEFAULT_RENDER: RenderOptions = { dpi: 300, maxPixels: 25_000_000 };

interface CanvasAndContext {
  canvas: { toBuffer(mime: 'image/png'): Buffer; width: number; height: number };
  context: { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } };
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

/**
 * Renders a page to an 8-bit gray image (what OCR reads; it can be turned upright cheaply and is
 * handed to tesseract as PGM, with no PNG round trip), with the same canvas as `renderPageToPng`.
 */
export async function renderPageToGray(doc: PDFDocumentProxy, page: PDFPageProxy, options: RenderOptions = DEFAULT_RENDER): Promise<{ gray: GrayImage; dpi: number }> {
  return renderWith(doc, page, options, (target, width, height) => {
    const rgba = target.context.getImageData(0, 0, width, height).data;
    const data = new Uint8Array(width * height);
    for (let pixel = 0, at = 0; pixel < data.length; pixel += 1, at += 4) {
      // Unpainted canvas is transparent black: composite over the white page, as paper shows it.
      const luma = ((rgba[at] ?? 0) * 77 + (rgba[at + 1] ?? 0) * 150 + (rgba[at + 2] ?? 0) * 29) >> 8;
      const alpha = rgba[at + 3] ?? 255;
      data[pixel] = 255 - (((255 - luma) * alpha + 127) / 255 | 0);
    }
    return { width, height, data };
  }).then(({ result, dpi }) => ({ gray: result, dpi }));
}

/**
 * Renders a page to PNG with the document's own canvas factory (pdf.js's nested @napi-rs/canvas;
 * mixing in another canvas build breaks on Chromium-exported PDFs).
 */
export async function renderPageToPng(
  doc: PDFDocumentProxy,
  page: PDFPageProxy,
  options: RenderOptions = DEFAULT_RENDER,
): Promise<{ png: Buffer; width: number; height: number; dpi: number }> {
  const { result, width, height, dpi } = await renderWith(doc, page, options, (target) => target.canvas.toBuffer('image/png'));
  return { png: result, width, height, dpi };
}

async function renderWith<T>(
  doc: PDFDocumentProxy,
  page: PDFPageProxy,
  options: RenderOptions,
  take: (target: CanvasAndContext, width: number, height: number) => T,
): Promise<{ result: T; width: number; height: number; dpi: number }> {
  const unit = page.getViewport({ scale: 1 });
  let scale = options.dpi / 72;
  const pixels = unit.width * unit.height * scale * scale;
  if (pixels > options.maxPixels) scale *= Math.sqrt(options.maxPixels / pixels);
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  systemFontsForRendering();
  const factory = doc.canvasFactory as CanvasFactory;
  const target = factory.create(width, height);
  try {
    type RenderParameters = Parameters<PDFPageProxy['render']>[0];
    const parameters = { canvas: target.canvas, canvasContext: target.context, viewport };
    await page.render(parameters as unknown as RenderParameters).promise;
    return { result: take(target, width, height), width, height, dpi: scale * 72 };
  } finally {
    factory.destroy(target);
  }
}
