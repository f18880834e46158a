/**
 * Document thread entry: reads one PDF at a time for the importer — text layer page by page,
 * the images of pages that need OCR, then the extractors over the final text. Everything that
 * can blow up on a hostile file runs here, under the thread's heap limit and the importer's
 * per-step clock, so that exceeding either kills this thread and fails this document alone.
 * OCR itself runs in the importer's shared tesseract pool; the images travel there by transfer.
 */
import { parentPort } from 'node:worker_threads';
import type { DocumentContext, DocumentExtraction, PageInput } from '../../extractors/index.js';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from './errors.js';
import type { DocumentStep, FromDocumentThread, LayerCheck, LayerPage, OcrMode, ToDocumentThread } from './document-messages.js';
import { MAX_DECODED_IMAGE_BYTES, MAX_INFLATED_STREAM_BYTES } from './decode-budget.js';
import { FileScreen } from './file-screen.js';
import { pageImageForOcr, useFileObjects } from './page-image.js';
import { PdfObjects } from './pdf-objects.js';
import { loadPdfJs, openPdf, readPageText } from './pdf-document.js';
import { realTitle } from './text-layer.js';
import { judgeTextLayer, tooSmallForOcr } from './text-quality.js';
import { WARM_UP_PAGES, WARM_UP_PDF } from './thread-warm-up.js';
import { enoughHidden, offPageGlyphs, pageTextOps, textLeftOut, type HiddenText } from './text-layer-check.js';
import { PageBoxes } from './page-box.js';
import { installOneCallInflate } from './inflate-stream.js';

const port = parentPort;

// pdf.js inflates streams through `DecompressionStream`: one zlib call each, not Node's web streams (inflate-stream.ts).
installOneCallInflate();

function send(message: FromDocumentThread, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

function step(name: DocumentStep, page: number | null, pages = 1): void {
  send({ type: 'step', step: name, page, pages });
}

/** Credits from the importer: each lets one more page image be prepared. */
let credits = 0;
let creditWaiter: (() => void) | null = null;
type ExtractRequest = Extract<ToDocumentThread, { type: 'extract' }>;
let extractRequest: ((request: ExtractRequest) => void) | null = null;
/** An extract request that came before the thread waited for it (while it warmed the extractors). */
let extractEarly: ExtractRequest | null = null;

function extractRequested(): Promise<ExtractRequest> {
  const early = extractEarly;
  extractEarly = null;
  if (early !== null) return Promise.resolve(early);
  return new Promise((resolve) => {
    extractRequest = resolve;
  });
}

function takeCredit(): Promise<void> {
  if (credits > 0) {
    credits -= 1;
    return Promise.resolve();
  }
  send({ type: 'need-credit' });
  return new Promise((resolve) => {
    creditWaiter = () => {
      credits -= 1;
      resolve();
    };
  });
}

function needsOcr(text: string, mode: OcrMode): boolean {
  return mode === 'always' || (mode === 'auto' && !judgeTextLayer(text).usable);
}

/** Pages of the current document sent to OCR (text-layer checks included). */
let sentForOcr = 0;

/** `layerText`: the page's text layer as read (null when it was not read, with `--ocr always`). */
async function preparePage(doc: PDFDocumentProxy, number: number, layerText: string | null, layerCheck?: LayerCheck): Promise<void> {
  sentForOcr += 1;
  await takeCredit();
  step('prepare', number);
  const page = await doc.getPage(number);
  try {
    const { input, paintsImage, drawnGlyphs } = await pageImageForOcr(doc, page);
    const offPage = layerText === null ? 0 : offPageGlyphs(drawnGlyphs, layerText);
    const buffer = input.image.data.buffer as ArrayBuffer;
    send({ type: 'ocr-image', page: number, image: input.image, dpi: input.dpi, toPoints: input.toPoints, paintsImage, offPageGlyphs: offPage, layerCheck }, [buffer]);
  } finally {
    page.cleanup(); // drops pdf.js's decoded copy of the scan now, not at document end
  }
}

/**
 * A text page's own operators, read when they can tell something its text layer cannot: text
 * drawn invisibly (checked against OCR, text-layer-check.ts), or text its unusual box leaves out
 * (page-box.ts, a TEXT_OFF_PAGE warning). Neither asked: no operator list, no cost.
 */
async function checkTextPage(page: PDFPageProxy, text: string, checks: { hidden: boolean; box: boolean }): Promise<{ hidden: HiddenText | null; leftOut: number }> {
  if (!checks.hidden && !checks.box) return { hidden: null, leftOut: 0 };
  const drawn = await pageTextOps(page);
  return { hidden: checks.hidden ? enoughHidden(drawn) : null, leftOut: checks.box ? textLeftOut(drawn.glyphs, text) : 0 };
}

async function readPages(doc: PDFDocumentProxy, mode: OcrMode, boxes: PageBoxes, mayHide = false): Promise<LayerPage[]> {
  const pages: LayerPage[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    step('text', number);
    const page = await doc.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    const text = mode === 'always' ? '' : await readPageText(page);
    // A page too small to hold a legible line is left with its text layer, whatever it holds.
    const ocr = needsOcr(text, mode) && !(mode === 'auto' && tooSmallForOcr(width, height));
    const textPage = !ocr && mode !== 'always';
    const { hidden, leftOut } = await checkTextPage(page, text, { hidden: textPage && mayHide && mode === 'auto', box: textPage && boxes.mayLeaveOutText(page) });
    if (hidden === null) page.cleanup(); // else preparePage reuses its operator list, then cleans up
    pages.push({ number, text, width, height, ocr, ...(leftOut > 0 ? { offPageGlyphs: leftOut } : {}) });
    // The page goes to OCR now, while the next pages are read: the pool starts at once.
    if (ocr || hidden !== null) await preparePage(doc, number, mode === 'always' ? null : text, hidden === null ? undefined : { layerText: text, hiddenText: hidden.text });
  }
  return pages;
}

async function titleOf(doc: PDFDocumentProxy): Promise<string | null> {
  const metadata = await doc.getMetadata().catch(() => null);
  const info = metadata?.info as { Title?: unknown } | undefined;
  return typeof info?.Title === 'string' ? realTitle(info.Title) : null;
}

/** The extractors over the final pages, each page under its own clock (the date under one per page). */
async function extract(pages: readonly PageInput[], context: DocumentContext): Promise<DocumentExtraction> {
  const { extractDocument } = await import('../../extractors/index.js');
  return extractDocument(pages, context, (stage, page) => {
    if (stage === 'date') step('date', null, pages.length);
    else step('extract', page?.page ?? null);
  });
}

/**
 * Loads the extractors in this thread and runs them once on an invented page (thread-warm-up.ts),
 * which builds their lexicons and compiles their patterns: start-up work, done as the thread
 * starts (see `ready`) or at the latest before a text document's first page, and for a likely
 * scan once its pages are read, so that they reach OCR sooner. No step runs meanwhile, so no
 * page is charged for it.
 */
let extractorsWarm: Promise<void> | undefined;
function warmExtractors(): Promise<void> {
  extractorsWarm ??= import('../../extractors/index.js').then(({ extractDocument }) => {
    extractDocument(WARM_UP_PAGES, {});
  }).catch(() => undefined);
  return extractorsWarm;
}

async function readDocument(read: Extract<ToDocumentThread, { type: 'read' }>): Promise<void> {
  credits = 0;
  sentForOcr = 0;
  extractEarly = null;
  await ready; // loading and warming the thread's pdf.js is not the document's time
  if (!read.likelyScan) await warmExtractors(); // nor loading its extractors
  step('open', null);
  // One reader of the file's bytes for the screen and for the scans read straight from them.
  const objects = PdfObjects.of(read.bytes);
  const screen = new FileScreen(objects, { hiddenText: read.ocr === 'auto' });
  const { oversizedImage: oversized, bomb } = screen.budgets();
  if (oversized !== null) {
    const mb = Math.round(oversized.decodedBytes / 1024 / 1024);
    throw new IngestError(
      'IMAGE_TOO_LARGE',
      `${read.fileName}: an embedded image of ${oversized.width}×${oversized.height} pixels would take ${mb} MB once decoded (limit ${Math.round(MAX_DECODED_IMAGE_BYTES / 1024 / 1024)} MB)`,
    );
  }
  if (bomb !== null) {
    throw new IngestError(
      'PAGE_TOO_COMPLEX',
      `${read.fileName}: a ${Math.round(bomb.compressedBytes / 1024)} KB stream inflates to more than ${MAX_INFLATED_STREAM_BYTES / 1024 / 1024} MB of page content, more than a page may hold`,
    );
  }
  const doc = await openPdf(read.bytes, read.fileName);
  useFileObjects(doc, objects);
  let pages: LayerPage[];
  let title: string | null;
  try {
    send({ type: 'opened', pages: doc.numPages });
    // The screen for hidden text reads every content stream: a document-wide pass, timed per page.
    step('text', null, doc.numPages);
    pages = await readPages(doc, read.ocr, new PageBoxes(objects), screen.mayHideText());
    title = await titleOf(doc);
  } finally {
    await doc.destroy();
  }
  // No page went to OCR: these texts are final, and the extractors run on them now rather than
  // after a round trip to the importer (which may be busy storing another document).
  const extracting = sentForOcr === 0;
  send({ type: 'layer', pages, title, extracting });
  await warmExtractors();
  const request = extracting ? { pages: pages.map((page): PageInput => ({ page: page.number, text: page.text, source: 'text' })), context: read.extraction } : await extractRequested();
  send({ type: 'extracted', extraction: await extract(request.pages, request.context) });
}

/** A likely scan has been handed to this thread: its pages go first, the extractors wait. */
let scanWaiting = false;

/**
 * Start-up, begun as the thread starts (while the importer opens the corpus and reads the first
 * file): loads pdf.js and reads a tiny page with it — a fresh thread's first page otherwise pays
 * for compiling the parser and loading font data, which is not that page's time and, on a busy
 * machine, can exceed a short page limit by itself — then warms the extractors (warmExtractors),
 * unless a scan is already waiting.
 */
const ready: Promise<unknown> = loadPdfJs()
  .then(async () => {
    const doc = await openPdf(new TextEncoder().encode(WARM_UP_PDF), 'warm-up.pdf');
    try {
      await readPageText(await doc.getPage(1));
    } finally {
      await doc.destroy();
    }
    if (!scanWaiting) await warmExtractors();
  })
  .catch(() => undefined);

if (port !== null) {
  port.on('message', (message: ToDocumentThread) => {
    if (message.type === 'credit') {
      credits += 1;
      const waiter = creditWaiter;
      creditWaiter = null;
      waiter?.();
    } else if (message.type === 'extract') {
      const resolve = extractRequest;
      extractRequest = null;
      if (resolve === null) extractEarly = message;
      else resolve(message);
    } else {
      scanWaiting ||= message.likelyScan;
      readDocument(message).catch((error: unknown) => {
        const code = error instanceof IngestError ? error.code : null;
        send({ type: 'failed', code, message: error instanceof Error ? error.message : String(error) });
      });
    }
  });
}
