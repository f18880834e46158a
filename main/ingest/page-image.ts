/**
 * The image of a page that OCR reads: the scan embedded in the page when the page is a single
 * upright image (taken as it is, shrunk only if it is finer than OCR needs), else a rendering of
 * the page. Either way it comes with the mapping from its pixels back to page points.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { toGrayShrunk, type DecodedImage, type GrayImage } from './gray-image.js';
import { loadPdfJs, renderPageToGray, DEFAULT_RENDER, type RenderOptions } from './pdf-document.js';
import { MAX_DECODED_IMAGE_BYTES } from './decode-budget.js';
import { PdfObjects } from './pdf-objects.js';
import { readRawScan } from './raw-scan.js';
import { uprightViewport, type PlannedPage } from './scan-plan.js';
import { hiddenTextOf } from './text-layer-check.js';
import { findSingleImage, paintsAnImage, placeImage, type Matrix, type OperatorList, type PixelToPoints } from './single-image.js';

/** A gray page image for tesseract.js, its resolution, and how its pixels map to page points. */
export interface OcrInput {
  readonly image: GrayImage;
  readonly dpi: number;
  readonly toPoints: PixelToPoints;
  /** How it was obtained, for progress and the bench. */
  readonly origin: 'raw' | 'embedded' | 'rendered';
}

export interface EmbeddedImageOptions {
  /** Above this resolution the image is shrunk: finer detail costs OCR time and buys nothing. */
  readonly maxDpi: number;
  /** Below this the page is rendered at `render.dpi` instead: tesseract misreads small glyphs. */
  readonly minDpi: number;
  /** Largest gray image handed to OCR, in pixels. */
  readonly maxPixels: number;
}

export const DEFAULT_EMBEDDED: EmbeddedImageOptions = { maxDpi: 300, minDpi: 150, maxPixels: 40_000_000 };

interface ObjectStore {
  has(objId: string): boolean;
  get(objId: string, callback?: (data: unknown) => void): unknown;
}

function objectStoreFor(page: PDFPageProxy, objId: string): ObjectStore {
  // pdf.js keeps images shared across pages in the document-wide store, with a `g_` prefix.
  return (objId.startsWith('g_') ? page.commonObjs : page.objs) as unknown as ObjectStore;
}

async function decodedImage(page: PDFPageProxy, objId: string): Promise<DecodedImage | null> {
  const store = objectStoreFor(page, objId);
  const data = store.has(objId) ? store.get(objId) : await new Promise<unknown>((resolve) => store.get(objId, resolve));
  if (typeof data !== 'object' || data === null) return null;
  const image = data as Partial<DecodedImage>;
  if (typeof image.width !== 'number' || typeof image.height !== 'number' || typeof image.kind !== 'number' || !(image.data instanceof Uint8Array || image.data instanceof Uint8ClampedArray)) {
    return null; // e.g. an ImageBitmap, which only exists where OffscreenCanvas does
  }
  return image as DecodedImage;
}

/**
 * The page's embedded scan as a gray PGM, or null when the page is more than one upright image
 * or the image is too coarse; call `page.cleanup()` afterwards to drop pdf.js's decoded copy.
 */
export async function takeEmbeddedImage(page: PDFPageProxy, list: OperatorList, options: EmbeddedImageOptions = DEFAULT_EMBEDDED): Promise<OcrInput | null> {
  if (page.rotate % 360 !== 0) return null;
  const { OPS } = await loadPdfJs();
  const single = findSingleImage(list, OPS);
  if (single === null) return null;
  const image = await decodedImage(page, single.objId);
  if (image === null) return null;
  return placedForOcr(page.getViewport({ scale: 1 }), image, single.matrix, 'embedded', options);
}

/** What placing an image needs of a page's viewport (pdf.js's at scale 1, or scan-plan.ts's). */
interface PageViewportLike {
  readonly width: number;
  readonly height: number;
  readonly transform: readonly number[];
}

/**
 * A decoded page image as OCR input: placed on the page (null when it is turned, skewed or off
 * the page, or coarser than `minDpi`), converted to gray and shrunk to `maxDpi`.
 */
function placedForOcr(viewport: PageViewportLike, image: DecodedImage, matrix: Matrix, origin: 'raw' | 'embedded', options: EmbeddedImageOptions): OcrInput | null {
  const placed = placeImage(matrix, viewport.transform as unknown as Matrix, image, viewport);
  if (placed === null) return null;
  const dpi = 72 / Math.max(placed.scaleX, placed.scaleY);
  if (dpi < options.minDpi) return null;
  // A 5 % tolerance keeps a 310 dpi scan whole rather than halving it; the pixel cap is strict.
  const shrinkForDpi = Math.ceil(dpi / options.maxDpi - 0.05);
  const shrinkForCap = Math.ceil(Math.sqrt((image.width * image.height) / options.maxPixels));
  const shrink = Math.max(1, shrinkForDpi, shrinkForCap);
  const gray = toGrayShrunk(image, shrink);
  if (gray === null) return null;
  // Gray pixel p averages source pixels [p × shrink, (p + 1) × shrink): the scale grows by `shrink`.
  const toPoints = { scaleX: placed.scaleX * shrink, scaleY: placed.scaleY * shrink, offsetX: placed.offsetX, offsetY: placed.offsetY };
  return {
    image: gray,
    dpi: Math.round(72 / Math.max(toPoints.scaleX, toPoints.scaleY)),
    toPoints,
    origin,
  };
}

/** The file's objects, for reading scans straight from it: one reader per document. */
const rawObjects = new WeakMap<PDFDocumentProxy, Promise<PdfObjects | null>>();

/**
 * Hands over the reader of the file's own bytes the caller already holds (a document thread has
 * the file, and has screened it with this very reader), so that `takeRawScan` reads scans from
 * them rather than asking pdf.js for another copy of the file.
 */
export function useFileObjects(doc: PDFDocumentProxy, objects: PdfObjects): void {
  rawObjects.set(doc, Promise.resolve(objects));
}

function objectsOf(doc: PDFDocumentProxy): Promise<PdfObjects | null> {
  let objects = rawObjects.get(doc);
  if (objects === undefined) {
    // No reader handed over (a caller with only the document): pdf.js's copy of the bytes.
    objects = doc.getData().then((data) => PdfObjects.of(data), () => null);
    rawObjects.set(doc, objects);
  }
  return objects;
}

/**
 * The page's scan read from the file's bytes (raw-scan.ts), without pdf.js decoding it: null when
 * the page is not one plain Flate image drawn upright, and the caller asks pdf.js.
 */
export async function takeRawScan(doc: PDFDocumentProxy, page: PDFPageProxy, options: EmbeddedImageOptions = DEFAULT_EMBEDDED): Promise<OcrInput | null> {
  if (page.rotate % 360 !== 0 || page.ref === null) return null;
  const objects = await objectsOf(doc);
  const scan = objects === null ? null : readRawScan(objects, page.ref, MAX_DECODED_IMAGE_BYTES);
  return scan === null ? null : placedForOcr(page.getViewport({ scale: 1 }), scan.image, scan.matrix, 'raw', options);
}

/**
 * A planned scan page's image read from the file's bytes (scan-plan.ts), with no pdf.js at all:
 * the same image and mapping as `takeRawScan` on the same page; null when it does not decode here.
 */
export function takePlannedScan(objects: PdfObjects, page: PlannedPage, options: EmbeddedImageOptions = DEFAULT_EMBEDDED): OcrInput | null {
  const scan = readRawScan(objects, page.ref, MAX_DECODED_IMAGE_BYTES);
  return scan === null ? null : placedForOcr(uprightViewport(page.view), scan.image, scan.matrix, 'raw', options);
}

/** The page rendered at OCR resolution (the fallback for pages that are not one plain scan). */
export async function renderForOcr(doc: PDFDocumentProxy, page: PDFPageProxy, options: RenderOptions = DEFAULT_RENDER): Promise<OcrInput> {
  const rendered = await renderPageToGray(doc, page, options);
  const toPoints = 72 / rendered.dpi;
  return { image: rendered.gray, dpi: Math.round(rendered.dpi), toPoints: { scaleX: toPoints, scaleY: toPoints, offsetX: 0, offsetY: 0 }, origin: 'rendered' };
}

/**
 * What OCR should read for this page: its embedded scan when it is one, else a rendering; whether
 * the page paints any image at all (a page that does and yields no text is a warning); and how
 * many glyphs its text operators draw, wherever they land (compared with its text layer, which
 * keeps only those inside the page's box, this finds text drawn off the page).
 */
export async function pageImageForOcr(doc: PDFDocumentProxy, page: PDFPageProxy): Promise<{ input: OcrInput; paintsImage: boolean; drawnGlyphs: number }> {
  const raw = await takeRawScan(doc, page);
  // A raw scan's page is one image and nothing else (raw-scan.ts): it draws no text.
  if (raw !== null) return { input: raw, paintsImage: true, drawnGlyphs: 0 };
  const list = await page.getOperatorList();
  const { OPS } = await loadPdfJs();
  const paintsImage = paintsAnImage(list, OPS);
  const drawnGlyphs = hiddenTextOf(list, OPS).glyphs;
  const input = (await takeEmbeddedImage(page, list)) ?? (await renderForOcr(doc, page));
  return { input, paintsImage, drawnGlyphs };
}
