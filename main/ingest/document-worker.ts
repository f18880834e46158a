/**
 * Reading thread entry: reads one PDF at a time for the importer — text layer page by page, and
 * the images of pages that need OCR. Everything in pdf.js that can blow up on a hostile file runs
 * here, under the thread's heap limit and the importer's per-step clock, so that exceeding either
 * kills this thread and fails this document alone. OCR itself runs in the importer's shared
 * tesseract pool (the images travel there by transfer), and the extractors on the import's
 * extraction thread (extraction-worker.ts): this thread never loads them.
 */
import { parentPort } from 'node:worker_threads';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from './errors.js';
import type { DocumentStep, FromDocumentThread, LayerCheck, LayerPage, OcrMode, ToDocumentThread, UnreachablePages } from './document-messages.js';
import { MAX_DECODED_IMAGE_BYTES, MAX_INFLATED_STREAM_BYTES } from './decode-budget.js';
import { FileScreen } from './file-screen.js';
import { MAX_PDF_STRING_BYTES } from './long-strings.js';
import { pageImageForOcr, takePlannedScan, useFileObjects, type OcrInput } from './page-image.js';
import { hasInk } from './gray-image.js';
import { paintsOnlyText } from './single-image.js';
import { PdfObjects } from './pdf-objects.js';
import { AnnotationScreen, annotationText } from './annotation-text.js';
import { planScan, uprightViewport, type PlannedPage, type ScanPlan } from './scan-plan.js';
import { loadPdfJs, openPdf, readPageLayer, readPageText } from './pdf-document.js';
import { realTitle } from './text-layer.js';
import { judgeTextLayer, tooSmallForOcr } from './text-quality.js';
import { WARM_UP_PDF } from './thread-warm-up.js';
import { enoughHidden, offPageGlyphs, pageTextOps, textLeftOut, type HiddenText } from './text-layer-check.js';
import { PageBoxes } from './page-box.js';
import { DroppedContentLog, onDroppedContent } from './pdfjs-warnings.js';
import { installOneCallInflate } from './inflate-stream.js';
import { tuneTiering } from './v8-tiering.js';

// Before pdf.js loads: V8 optimises their functions later, so less often (v8-tiering.ts).
tuneTiering();

const port = parentPort;

// pdf.js inflates streams through `DecompressionStream`: one zlib call each, not Node's web streams (inflate-stream.ts).
installOneCallInflate();

function send(message: FromDocumentThread, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

/** What pdf.js dropped of the current document's pages, heard as it reads them. */
const dropped = new DroppedContentLog();
onDroppedContent((what) => dropped.heard(what));

function step(name: DocumentStep, page: number | null, pages = 1): void {
  dropped.reading(page);
  send({ type: 'step', step: name, page, pages });
}

/** Credits from the importer: each lets one more page image be prepared. */
let credits = 0;
let creditWaiter: (() => void) | null = null;
function takeCredit(): Promise<void> {
  if (credits > 0) {
    credits -= 1;
    return Promise.resolve();
  }
  send({ type: 'need-credit' });
  return new Promise<void>((resolve) => {
    creditWaiter = () => {
      credits -= 1;
      resolve();
    };
  });
}

/** `layerText`: the page's text layer as read (null when it was not read, with `--ocr always`). */
async function preparePage(doc: PDFDocumentProxy, number: number, layerText: string | null, layerCheck?: LayerCheck): Promise<void> {
  await takeCredit();
  step('prepare', number);
  await sendPageImage(doc, number, layerText, layerCheck);
}

/** Prepares page `number`'s image with pdf.js and sends it to OCR. */
async function sendPageImage(doc: PDFDocumentProxy, number: number, layerText: string | null, layerCheck?: LayerCheck): Promise<void> {
  const page = await doc.getPage(number);
  try {
    const { input, paintsImage, drawnGlyphs } = await pageImageForOcr(doc, page);
    sendImage(number, input, paintsImage, layerText === null ? 0 : offPageGlyphs(drawnGlyphs, layerText), layerCheck);
  } finally {
    page.cleanup(); // drops pdf.js's decoded copy of the scan now, not at document end
  }
}

function sendImage(number: number, input: OcrInput, paintsImage: boolean, offPage: number, layerCheck?: LayerCheck): void {
  // A blank image (the back of a sheet scanned in duplex) is no picture OCR failed to read.
  const showsSomething = paintsImage && hasInk(input.image);
  const buffer = input.image.data.buffer as ArrayBuffer;
  send({ type: 'ocr-image', page: number, image: input.image, dpi: input.dpi, toPoints: input.toPoints, paintsImage: showsSomething, offPageGlyphs: offPage, layerCheck }, [buffer]);
}

/**
 * The file opened with pdf.js only when a plainly scanned file needs it after all (a page image
 * that does not decode from the file's bytes, a title to decode). Loading pdf.js is the thread's
 * start-up, not the page's: the clock is paused meanwhile.
 */
class LateDocument {
  private doc: Promise<PDFDocumentProxy> | undefined;

  constructor(
    private readonly read: Extract<ToDocumentThread, { type: 'read' }>,
    private readonly objects: PdfObjects,
  ) {}

  async get(): Promise<PDFDocumentProxy> {
    this.doc ??= (async () => {
      send({ type: 'pause' });
      await warmPdfJs();
      step('open', null);
      const doc = await openPdf(this.read.bytes, this.read.fileName);
      useFileObjects(doc, this.objects);
      return doc;
    })();
    return this.doc;
  }

  async destroy(): Promise<void> {
    await (await this.doc?.catch(() => undefined))?.destroy();
  }
}

/**
 * Every page of a planned scan (scan-plan.ts) sent to OCR without pdf.js: the same pages, texts
 * (none: a page that paints one image draws no text) and images as `readPages` would give; null
 * when some page would not go to OCR (a page too small, `--ocr never`), and pdf.js reads the file.
 */
async function readPlannedPages(plan: ScanPlan, mode: OcrMode, late: LateDocument, objects: PdfObjects): Promise<LayerPage[] | null> {
  if (mode === 'never') return null;
  const sized = plan.pages.map((planned) => ({ planned, ...uprightViewport(planned.view) }));
  // A page of one image has an empty text layer, which `ocrNeeded` sends to OCR unless the page is too small for it.
  if (mode === 'auto' && sized.some(({ width, height }) => tooSmallForOcr(width, height))) return null;
  send({ type: 'opened', pages: plan.pages.length });
  step('text', null, plan.pages.length);
  const pages: LayerPage[] = [];
  for (const { planned, width, height } of sized) {
    step('text', planned.number);
    pages.push({ number: planned.number, text: '', width, height, ocr: true });
    await preparePlanned(planned, mode === 'always' ? null : '', late, objects);
  }
  return pages;
}

async function preparePlanned(planned: PlannedPage, layerText: string | null, late: LateDocument, objects: PdfObjects): Promise<void> {
  await takeCredit();
  step('prepare', planned.number);
  const input = takePlannedScan(objects, planned);
  // A page of one image draws no glyph (raw-scan.ts): as `pageImageForOcr` says of a raw scan.
  if (input !== null) return sendImage(planned.number, input, true, layerText === null ? 0 : offPageGlyphs(0, layerText));
  // Its image does not decode from the bytes: pdf.js decodes it, as it would have.
  const doc = await late.get();
  step('prepare', planned.number);
  await sendPageImage(doc, planned.number, layerText);
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

/** A text page's text with what its annotations show (filled form fields, notes) after it, when the file may hold some. */
async function withAnnotations(page: PDFPageProxy, text: string, annotations: AnnotationScreen): Promise<string> {
  if (!annotations.mayShowText()) return text;
  const shown = await annotationText(page);
  return shown === '' ? text : `${text}\n\n${shown}`;
}

/**
 * Whether a page read with pdf.js goes to OCR. Besides a missing or garbled text layer: a layer
 * drawn backwards (reading-order.ts) reads reversed, and OCR reads what the page shows. A short
 * layer (a title, a page number) on a page that paints nothing but text is all the page shows:
 * OCR would only read it again (50 such pages took 87 s and 648 MiB of OCR).
 */
async function ocrNeeded(page: PDFPageProxy, layer: { text: string; backwards: boolean }, mode: OcrMode, size: { width: number; height: number }): Promise<boolean> {
  if (mode !== 'auto') return mode === 'always';
  // A page too small to hold a legible line is left with its text layer, whatever it holds.
  if (tooSmallForOcr(size.width, size.height)) return false;
  if (layer.backwards) return true;
  const verdict = judgeTextLayer(layer.text);
  if (verdict.usable) return false;
  if (verdict.reason !== 'empty' || !/[\p{L}\p{Nd}]/u.test(layer.text)) return true;
  const { OPS } = await loadPdfJs();
  return !paintsOnlyText(await page.getOperatorList(), OPS);
}

/** Pages read, and the numbers pdf.js could not reach (their page tree has a cycle, a missing node). */
interface PagesRead {
  readonly pages: LayerPage[];
  readonly unreachable?: UnreachablePages;
}

/** Page `number`, or null when the page tree does not lead to it (noted in `unreachable`). */
async function reachPage(doc: PDFDocumentProxy, number: number, unreachable: { numbers: number[]; reason: string; error: unknown }): Promise<PDFPageProxy | null> {
  try {
    return await doc.getPage(number);
  } catch (error) {
    if (unreachable.numbers.length === 0) unreachable.error = error;
    unreachable.numbers.push(number);
    unreachable.reason ||= error instanceof Error ? error.message : String(error);
    return null;
  }
}

async function readPages(doc: PDFDocumentProxy, mode: OcrMode, screens: { boxes: PageBoxes; annotations: AnnotationScreen }, mayHide = false): Promise<PagesRead> {
  const { boxes, annotations } = screens;
  const pages: LayerPage[] = [];
  const unreachable = { numbers: [] as number[], reason: '', error: undefined as unknown };
  for (let number = 1; number <= doc.numPages; number += 1) {
    step('text', number);
    // A font pdf.js could not translate stays cached as one without glyphs: forgetting its fonts
    // makes each later page that uses it fail (and be heard) again, rather than lose its text
    // silently. Only in such a document: fonts are translated again for every page.
    if (dropped.keepsBrokenFont()) await doc.cleanup();
    const page = await reachPage(doc, number, unreachable);
    if (page === null) continue;
    const { width, height } = page.getViewport({ scale: 1 });
    const layer = mode === 'always' ? { text: '', backwards: false } : await readPageLayer(page);
    const { text } = layer;
    const ocr = await ocrNeeded(page, layer, mode, { width, height });
    const textPage = !ocr && mode !== 'always';
    const { hidden, leftOut } = await checkTextPage(page, text, { hidden: textPage && mayHide && mode === 'auto', box: textPage && boxes.mayLeaveOutText(page) });
    const shown = textPage ? await withAnnotations(page, text, annotations) : text;
    if (hidden === null) page.cleanup(); // else preparePage reuses its operator list, then cleans up
    pages.push({ number, text: shown, width, height, ocr, ...(leftOut > 0 ? { offPageGlyphs: leftOut } : {}), ...(layer.backwards ? { backwards: true as const } : {}) });
    // The page goes to OCR now, while the next pages are read: the pool starts at once.
    if (ocr || hidden !== null) await preparePage(doc, number, mode === 'always' ? null : text, hidden === null ? undefined : { layerText: text, hiddenText: hidden.text });
  }
  // No page at all: the file is refused with what pdf.js said, as before.
  if (pages.length === 0 && unreachable.numbers.length > 0) throw unreachable.error;
  return unreachable.numbers.length === 0 ? { pages } : { pages, unreachable: { numbers: unreachable.numbers, reason: unreachable.reason } };
}

/**
 * The document information's title. pdf.js gives it only with the XMP metadata, which it parses
 * whole: when the screen found that metadata too large, no title is read (the first line stands
 * for it), rather than the document refused for its metadata.
 */
async function titleOf(doc: PDFDocumentProxy, screen: FileScreen): Promise<string | null> {
  if (screen.metadataTooLarge()) return null;
  step('title', null);
  const metadata = await doc.getMetadata().catch(() => null);
  const info = metadata?.info as { Title?: unknown } | undefined;
  return typeof info?.Title === 'string' ? realTitle(info.Title) : null;
}

async function readDocument(read: Extract<ToDocumentThread, { type: 'read' }>): Promise<void> {
  dropped.clear();
  credits = 0;
  if (!read.likelyScan) {
    await warmPdfJs(); // loading and warming the thread's pdf.js is not the document's time
  } else if (pdfJsWarm !== undefined) {
    await pdfJsWarm; // begun before the scan came: let it finish outside the scan's steps
  }
  step('open', null);
  // One reader of the file's bytes for the screen and for the scans read straight from them.
  const objects = PdfObjects.of(read.bytes);
  const screen = new FileScreen(objects, { hiddenText: read.ocr === 'auto' });
  const { oversizedImage: oversized, bomb, longString } = screen.budgets();
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
  if (longString !== null) {
    throw new IngestError(
      'PAGE_TOO_COMPLEX',
      longString.kind === 'word'
        ? `${read.fileName}: it holds an operator word or number of ${(longString.bytes / 1024 / 1024).toFixed(1)} MB (limit ${MAX_PDF_STRING_BYTES / 1024 / 1024} MB), which no page holds; pdf.js would give up on the page's content there and the text after it would be lost`
        : `${read.fileName}: it holds a text string of ${(longString.bytes / 1024 / 1024).toFixed(1)} MB (limit ${MAX_PDF_STRING_BYTES / 1024 / 1024} MB), more than any page or title holds; reading it would take more memory than a document may use`,
    );
  }
  const { pages, title, unreachable } = (await readPlanned(read, objects, screen)) ?? (await readWithPdfJs(read, objects, screen));
  dropped.reading(null);
  send({ type: 'layer', pages: withDroppedContent(pages), title, ...(unreachable === undefined ? {} : { unreachable }) });
}

/**
 * A likely scan read by its plan (scan-plan.ts), without pdf.js unless one of its page images or
 * its title needs it; null when the file has no plan, and pdf.js reads it.
 */
async function readPlanned(read: Extract<ToDocumentThread, { type: 'read' }>, objects: PdfObjects, screen: FileScreen): Promise<DocumentRead | null> {
  const plan = read.likelyScan ? planScan(objects) : null;
  if (plan === null) return null;
  const late = new LateDocument(read, objects);
  try {
    const pages = await readPlannedPages(plan, read.ocr, late, objects);
    if (pages === null) return null;
    return { pages, title: plan.hasTitle ? await titleOf(await late.get(), screen) : null };
  } finally {
    await late.destroy();
  }
}

/** A document's pages, its title, and the pages its page tree does not lead to. */
interface DocumentRead extends PagesRead {
  readonly title: string | null;
}

/** Reads the document with pdf.js: every page's text layer, and the images of those that need OCR. */
async function readWithPdfJs(read: Extract<ToDocumentThread, { type: 'read' }>, objects: PdfObjects, screen: FileScreen): Promise<DocumentRead> {
  if (read.likelyScan) {
    send({ type: 'pause' });
    await warmPdfJs();
    step('open', null);
  }
  const doc = await openPdf(read.bytes, read.fileName);
  useFileObjects(doc, objects);
  let pages: PagesRead;
  let title: string | null;
  try {
    send({ type: 'opened', pages: doc.numPages });
    // The screen for hidden text reads every content stream: a document-wide pass, timed per page.
    step('text', null, doc.numPages);
    const packed = objects.objectStreams();
    pages = await readPages(doc, read.ocr, { boxes: new PageBoxes(objects, packed), annotations: new AnnotationScreen(objects, packed) }, screen.mayHideText());
    title = await titleOf(doc, screen);
  } finally {
    await doc.destroy();
  }
  return { ...pages, title };
}

/** The pages, each with what pdf.js dropped of its content (its text layer or its rendering for OCR). */
function withDroppedContent(pages: readonly LayerPage[]): LayerPage[] {
  return pages.map((page) => {
    const reason = dropped.reasonFor(page.number);
    return reason === undefined ? page : { ...page, contentDropped: reason };
  });
}

/**
 * Loads pdf.js and reads a tiny page with it — a fresh thread's first page otherwise pays for
 * compiling the parser and loading font data, which is not that page's time and, on a busy
 * machine, can exceed a short page limit by itself.
 */
let pdfJsWarm: Promise<unknown> | undefined;
function warmPdfJs(): Promise<unknown> {
  pdfJsWarm ??= loadPdfJs()
    .then(async () => {
      const doc = await openPdf(new TextEncoder().encode(WARM_UP_PDF), 'warm-up.pdf');
      try {
        await readPageText(await doc.getPage(1));
      } finally {
        await doc.destroy();
      }
    })
    .catch(() => undefined);
  return pdfJsWarm;
}

/**
 * How long a fresh thread waits for its first document before warming up anyway. The importer
 * starts its threads ahead (while it opens the corpus), and the first document is usually waiting
 * when the thread is up: a plain scan then never loads pdf.js (scan-plan.ts), and any other
 * document loads it at once, as it would have.
 */
const FIRST_DOCUMENT_GRACE_MS = 50;
let documentSeen = false;
setTimeout(() => {
  if (!documentSeen) void warmPdfJs();
}, FIRST_DOCUMENT_GRACE_MS);

if (port !== null) {
  port.on('message', (message: ToDocumentThread) => {
    if (message.type === 'credit') {
      credits += 1;
      const waiter = creditWaiter;
      creditWaiter = null;
      waiter?.();
    } else {
      documentSeen = true;
      readDocument(message).catch((error: unknown) => {
        const code = error instanceof IngestError ? error.code : null;
        send({ type: 'failed', code, message: error instanceof Error ? error.message : String(error) });
      });
    }
  });
}
