/**
 * pdf.js in the renderer: opens a document's original (kept in the corpus) and renders its pages
 * at the screen's resolution, so they stay sharp at any zoom; also reads a text page's items, to
 * place mentions. A scanned page whose image main can hand over as it is does not come here
 * (scan-image.ts): pdf.js would decode the scan in JavaScript.
 */
import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { bytesOf } from './base64.js';
import { edgesFromCharWidths, runsFromTextItems, type Matrix, type Run, type TextItemLike } from './boxes.js';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Copied beside the app at build time (vite.config.ts): fonts, character maps, image decoders. */
const ASSETS = new URL('pdfjs/', document.baseURI).href;

/**
 * One pdf.js worker for the whole session: starting one per document (the default) costs its
 * 1 MB script's parse at every document opened.
 */
let sharedWorker: PDFWorker | undefined;

export function openPdf(base64: string): Promise<PDFDocumentProxy> {
  sharedWorker ??= new PDFWorker();
  return getDocument({
    worker: sharedWorker,
    data: bytesOf(base64),
    isEvalSupported: false,
    cMapUrl: `${ASSETS}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${ASSETS}standard_fonts/`,
    wasmUrl: `${ASSETS}wasm/`,
    iccUrl: `${ASSETS}iccs/`,
  }).promise;
}

/** The page rendered at `scale` CSS pixels per point times the device pixel ratio (one pixel per screen pixel: sharp at 200 %). */
export async function renderBitmap(doc: PDFDocumentProxy, pageNumber: number, scale: number): Promise<ImageBitmap> {
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale: scale * (window.devicePixelRatio || 1) });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
  return createImageBitmap(canvas);
}

/** A 2D context to measure glyphs on, made on first need (no layout: it is never in the page). */
let measuring: CanvasRenderingContext2D | null | undefined;
/** Each character's width at 100 px, per font family: a page's text uses a few dozen characters. */
const widthsByFamily = new Map<string, Map<string, number>>();

/** A character's width in `family`, measured once per session; undefined without a 2D canvas. */
function charWidths(family: string): ((char: string) => number) | undefined {
  measuring ??= document.createElement('canvas').getContext('2d');
  const context = measuring;
  if (context === null) return undefined;
  let widths = widthsByFamily.get(family);
  if (widths === undefined) widthsByFamily.set(family, (widths = new Map()));
  const known = widths;
  return (char) => {
    let width = known.get(char);
    if (width === undefined) {
      const font = `100px ${family}`;
      if (context.font !== font) context.font = font;
      width = context.measureText(char).width;
      known.set(char, width);
    }
    return width;
  };
}

/** Where each character of a text page is drawn (page points, top-left origin). */
export async function textRuns(doc: PDFDocumentProxy, pageNumber: number, storedText: string): Promise<Run[]> {
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent();
  const matrix = page.getViewport({ scale: 1 }).transform as unknown as Matrix;
  const items = content.items.filter((item): item is TextItemLike & (typeof content.items)[number] => 'str' in item);
  const metrics = (fontName: string | undefined): { ascent: number; descent: number } => {
    const style = fontName === undefined ? undefined : (content.styles[fontName] as { ascent?: number; descent?: number } | undefined);
    const ascent = style?.ascent !== undefined && style.ascent > 0 ? style.ascent : 0.8;
    const descent = style?.descent !== undefined && style.descent < 0 ? style.descent : ascent - 1;
    return { ascent, descent };
  };
  // Glyph widths measured in the item's generic font family place characters better than an even
  // spread (an "i" is narrower than an "M"); the run's box still comes from pdf.js.
  const measure = (text: string, fontName: string | undefined): number[] | undefined => {
    const family = fontName === undefined ? undefined : (content.styles[fontName] as { fontFamily?: string } | undefined)?.fontFamily;
    const width = charWidths(family ?? 'sans-serif');
    return width === undefined ? undefined : edgesFromCharWidths(text, width);
  };
  return runsFromTextItems(items, storedText, matrix, metrics, measure);
}
