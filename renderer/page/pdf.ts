/**
 * pdf.js in the renderer: opens a document's original (kept in the corpus) and renders its pages
 * at the screen's resolution, so a text page and a scanned page (whose image pdf.js paints) look
 * the same and stay sharp at any zoom. Also reads a text page's items, to place mentions.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { edgesFromPrefixWidths, runsFromTextItems, type Matrix, type Run, type TextItemLike } from './boxes.js';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Copied beside the app at build time (vite.config.ts): fonts, character maps, image decoders. */
const ASSETS = new URL('pdfjs/', document.baseURI).href;

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function openPdf(base64: string): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytesOf(base64),
    isEvalSupported: false,
    cMapUrl: `${ASSETS}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${ASSETS}standard_fonts/`,
    wasmUrl: `${ASSETS}wasm/`,
    iccUrl: `${ASSETS}iccs/`,
  }).promise;
}

/**
 * Renders one page into `canvas` at `scale` CSS pixels per point, times the device pixel ratio,
 * so the bitmap has one pixel per screen pixel (sharp at 200 %). Cancels the previous render of
 * the same canvas.
 */
const tasks = new WeakMap<HTMLCanvasElement, RenderTask>();

export async function renderPage(doc: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, scale: number): Promise<void> {
  tasks.get(canvas)?.cancel();
  const page = await doc.getPage(pageNumber);
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  const task = page.render({ canvas, viewport });
  tasks.set(canvas, task);
  try {
    await task.promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'RenderingCancelledException') return;
    throw error;
  }
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
  const context = document.createElement('canvas').getContext('2d');
  const measure = (text: string, fontName: string | undefined): number[] | undefined => {
    if (context === null) return undefined;
    const family = fontName === undefined ? undefined : (content.styles[fontName] as { fontFamily?: string } | undefined)?.fontFamily;
    context.font = `100px ${family ?? 'sans-serif'}`;
    return edgesFromPrefixWidths(text, (prefix) => context.measureText(prefix).width);
  };
  return runsFromTextItems(items, storedText, matrix, metrics, measure);
}
