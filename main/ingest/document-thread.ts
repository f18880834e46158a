/**
 * Reads one document on a worker thread (document-worker.ts) under three limits, so that a
 * hostile file fails alone with a clear message and the import goes on:
 * - every step of every page (text layer, operator list and image, rendering, OCR, extraction)
 *   has the page time limit, on its own clock: time spent waiting for the shared OCR pool or
 *   behind another document is never charged;
 * - the thread's heap is capped (`resourceLimits`): a page whose drawing operators inflate to
 *   gigabytes kills the thread, not the process;
 * - the document as a whole has a budget of its own working time (steps plus OCR).
 * A thread that failed is stopped and replaced; a healthy one reads the next document.
 */
import type { DocumentContext, DocumentExtraction, PageInput } from '../../extractors/index.js';
import type { DocumentToStore, PageToStore } from '../store/document-writer.js';
import type { DocumentKind, DocumentWarning } from '../store/documents.js';
import { createSemaphore, type Semaphore } from '../util/semaphore.js';
import type { FromDocumentThread, OcrMode, ToDocumentThread, UnreachablePages } from './document-messages.js';
import { IngestError, type IngestErrorCode } from './errors.js';
import { ExtractionThread } from './extraction-thread.js';
import { ImportThread, type AtWork } from './import-thread.js';
import { OcrTimeoutError, type OcrPool, type OcrWord } from './ocr-pool.js';
import { recognizeUpright } from './orientation.js';
import { mergePageWarnings, pageList, type PageWarning } from './page-warnings.js';
import { layerCheckOutcome } from './text-layer-check.js';
import type { PixelToPoints } from './single-image.js';
import { StepClock } from './step-clock.js';

export type { OcrMode } from './document-messages.js';

/** The limits one document is read under. */
export interface DocumentLimits {
  /** Longest any one step of one page may take (text, image, rendering, OCR, extraction). */
  readonly pageTimeoutMs: number;
  /** Longest the document's own work may take in all (its steps plus its pages' OCR). */
  readonly documentTimeoutMs: number;
  /** Heap of a document thread, in MB (V8 old generation). */
  readonly heapMb: number;
}

export const DEFAULT_PAGE_TIMEOUT_MS = 180_000;
export const DEFAULT_DOCUMENT_TIMEOUT_MS = 60 * 60_000;
/** Enough for a 10 000-page text layer or a page of a million drawing operators, not for more. */
export const DEFAULT_THREAD_HEAP_MB = 192;

/**
 * Pages of one document prepared ahead of OCR. Bounds memory (each holds a page image) while
 * leaving enough queued that the pool never waits on one document's preparation.
 */
const MAX_PAGES_IN_FLIGHT = 3;
/** An OCR'd page with fewer letters than this "produced no text". */
const MIN_OCR_LETTERS = 10;
/** Mean OCR word confidence (0..100) below which a page is flagged for checking. */
export const LOW_OCR_CONFIDENCE = 55;

/**
 * What an import tells as it goes. `again`: the document is being read a second time, alone
 * (its pages were counted when it began the first time). `read-again`: the memory watchdog stopped
 * a document while another was read beside it; it is read again alone once the others are done
 * (import-files.ts), and its result comes then, after theirs.
 */
export type IngestProgress =
  | { readonly kind: 'document-start'; readonly fileName: string; readonly pages: number; readonly again?: true }
  | { readonly kind: 'page-done'; readonly fileName: string; readonly page: number; readonly source: 'text' | 'ocr' }
  /** A document the memory watchdog stopped, kept to be read again alone: `beside` when another document was read at the same time. */
  | { readonly kind: 'read-again'; readonly fileName: string; readonly reason: string; readonly beside: boolean };

export interface ReadContext {
  readonly ocr: OcrMode;
  readonly limits: DocumentLimits;
  /** Called only when a page needs OCR, so text-only imports never start tesseract. */
  readonly getOcrPool: () => Promise<OcrPool>;
  /** Page images prepared and not yet recognised, across every document of the import. */
  readonly ocrSlots: Semaphore;
  readonly onProgress?: ((event: IngestProgress) => void) | undefined;
  /** What the extractors are told about the document besides its pages (e.g. names known in the corpus). */
  readonly extraction?: DocumentContext | undefined;
  /** The file looks like a scan (its pages will go to OCR). */
  readonly likelyScan?: boolean | undefined;
  /** The import's extraction thread, shared by its reading threads (else the reading thread's own). */
  readonly extractor?: ExtractionThread | undefined;
  /** Called once, when the thread is done with the document (its pages read, or it failed): it may read another. */
  readonly onThreadFree?: (() => void) | undefined;
  /**
   * Called once the document's pages are read and none of them went to OCR: all it waits for
   * now is the extraction thread (not called for a document with OCR pages, nor one that failed).
   */
  readonly onExtractionOnly?: (() => void) | undefined;
}

export interface FileToRead {
  readonly path: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** Word boxes from image pixels to page points (top-left origin), as the store keeps them. */
export function wordsInPoints(words: readonly OcrWord[], toPoints: PixelToPoints): PageToStore['words'] {
  const { scaleX, scaleY, offsetX, offsetY } = toPoints;
  return words.map((word) => ({
    text: word.text,
    confidence: word.confidence,
    x0: offsetX + word.x0 * scaleX,
    y0: offsetY + word.y0 * scaleY,
    x1: offsetX + word.x1 * scaleX,
    y1: offsetY + word.y1 * scaleY,
  }));
}

function kindOf(pages: readonly PageToStore[]): DocumentKind {
  const ocr = pages.filter((page) => page.source === 'ocr').length;
  if (ocr === 0) return 'text';
  return ocr === pages.length ? 'scan' : 'mixed';
}

function titleOf(title: string | null, pages: readonly PageToStore[]): string | null {
  if (title !== null) return title;
  const firstLine = pages[0]?.text.split('\n').map((line) => line.trim()).find((line) => line.length >= 3);
  return firstLine === undefined ? null : firstLine.slice(0, 200);
}

/** Text a page draws outside its box, left out of its text (OCR'd pages and text pages alike). */
export function offPageWarning(page: number, offPageGlyphs: number): PageWarning {
  return { page, code: 'TEXT_OFF_PAGE', fact: offPageGlyphs };
}

/** A page whose text layer is drawn right to left (reading-order.ts): OCR'd, or kept reversed when it could not be. */
export function backwardsWarning(page: number, ocred: boolean): PageWarning {
  return { page, code: 'TEXT_LAYER_BACKWARDS', fact: ocred };
}

/** Pages the file's page tree does not lead to: one warning for the document. */
export function unreachableWarning(unreachable: UnreachablePages, total: number): DocumentWarning {
  const { numbers, reason } = unreachable;
  return { page: null, code: 'PAGES_UNREACHABLE', message: `${numbers.length === 1 ? 'page' : 'pages'} ${pageList(numbers)} of ${total} could not be reached in the file's page tree (${reason}) and were left out; the other pages were imported` };
}

/** What an OCR'd page says about itself that the user must know. */
export function ocrWarnings(page: number, text: string, confidence: number, paintsImage: boolean, turns: number, offPageGlyphs = 0): PageWarning[] {
  const warnings: PageWarning[] = [];
  if (offPageGlyphs > 0) warnings.push(offPageWarning(page, offPageGlyphs));
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (turns !== 0) warnings.push({ page, code: 'PAGE_TURNED', fact: turns * 90 });
  if (letters < MIN_OCR_LETTERS) {
    if (paintsImage) warnings.push({ page, code: 'OCR_NO_TEXT', fact: null });
  } else if (confidence < LOW_OCR_CONFIDENCE) {
    warnings.push({ page, code: 'OCR_LOW_CONFIDENCE', fact: confidence });
  }
  return warnings;
}

interface OcrPage {
  readonly page: PageToStore;
  /** Its own warnings, merged with the other pages' once all are read. */
  readonly warnings: readonly PageWarning[];
}

/** One reading thread, reused from document to document while it stays healthy. */
export class DocumentThread extends ImportThread {
  /** The extraction thread of documents read without one in their context (started at the first). */
  private ownExtractor: ExtractionThread | undefined;

  /** Starts the thread: pdf.js loads in it while the importer opens the corpus. */
  constructor(heapMb: number) {
    super(heapMb, 'document-worker', 'reading it');
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await Promise.all([worker?.terminate(), this.ownExtractor?.terminate()]);
  }

  /**
   * Reads, OCRs where needed, and extracts (on `context.extractor`, else on an extraction thread
   * of its own); rejects with an IngestError naming the file. The thread is free for the next
   * document once this one's pages are read (`context.onThreadFree`), before its OCR and
   * extraction end.
   */
  read(file: FileToRead, context: ReadContext): Promise<DocumentToStore> {
    const worker = (this.worker ??= this.start());
    const extractor = context.extractor ?? (this.ownExtractor ??= new ExtractionThread(this.heapMb));
    return new Promise<DocumentToStore>((resolve, reject) => {
      const { limits } = context;
      const started = performance.now();
      const perDocument = createSemaphore(MAX_PAGES_IN_FLIGHT);
      const grantedReleases: (() => void)[] = [];
      const ocred: Promise<OcrPage>[] = [];
      let settled = false;
      /** The thread still works on this document (until its text pass is done or it fails). */
      let attached = true;

      /** The thread is done with this document: it may read the next one. */
      const detach = (): void => {
        if (!attached) return;
        attached = false;
        clock.end();
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (this.current === current) this.current = null;
        context.onThreadFree?.();
      };
      const fail = (error: IngestError): void => {
        if (settled) return;
        settled = true;
        clock.end();
        for (const release of grantedReleases.splice(0)) release();
        if (attached) {
          // The thread may be mid-page or waiting for what will never come: stop it (before it is
          // handed on, so that the next document gets a fresh one).
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
          detach();
        }
        reject(error);
      };
      const clock = new StepClock(file.fileName, limits, fail);
      const send = (message: ToDocumentThread, transfer: ArrayBuffer[] = []): void => {
        if (attached) worker.postMessage(message, transfer);
      };

      const grantCredit = async (): Promise<void> => {
        // A page needs OCR: the models load while its image is being prepared.
        context.getOcrPool().catch(() => undefined);
        const releaseDocument = await perDocument.acquire();
        const releaseGlobal = await context.ocrSlots.acquire();
        const release = (): void => {
          releaseGlobal();
          releaseDocument();
        };
        if (settled) return release();
        grantedReleases.push(release);
        send({ type: 'credit' });
      };

      const recognise = async (message: Extract<FromDocumentThread, { type: 'ocr-image' }>, release: () => void): Promise<OcrPage> => {
        try {
          const pool = await context.getOcrPool();
          const limit = Math.min(limits.pageTimeoutMs, Math.max(1, clock.remainingMs()));
          const reading = await recognizeUpright(pool, message.image, message.dpi, limit);
          clock.ownMs += reading.seconds * 1000;
          const page: PageToStore = {
            number: message.page,
            text: reading.text,
            source: 'ocr',
            ocrConfidence: reading.confidence,
            width: 0, // the text pass's page size is set in settlePages()
            height: 0,
            words: wordsInPoints(reading.words, message.toPoints),
          };
          const check = message.layerCheck === undefined ? null : layerCheckOutcome(message.page, message.layerCheck.hiddenText, reading);
          if (check?.keepLayer === true && message.layerCheck !== undefined) {
            return { page: { ...page, text: message.layerCheck.layerText, source: 'text', ocrConfidence: null, words: [] }, warnings: [] };
          }
          context.onProgress?.({ kind: 'page-done', fileName: file.fileName, page: message.page, source: 'ocr' });
          return { page, warnings: [...(check?.warnings ?? []), ...ocrWarnings(message.page, reading.text, reading.confidence, message.paintsImage, reading.turns, message.offPageGlyphs)] };
        } finally {
          release();
        }
      };

      const ocrFailure = (page: number, error: unknown): IngestError => {
        if (error instanceof OcrTimeoutError) {
          return new IngestError('PAGE_TIMEOUT', `${file.fileName}: page ${page} (OCR) took longer than ${Math.round(error.timeoutMs / 1000)} s`);
        }
        return new IngestError('OCR_FAILED', `${file.fileName}: OCR failed on page ${page} (${error instanceof Error ? error.message : String(error)})`);
      };

      /** The final pages: each page's OCR reading where it has one, else its text layer. */
      const settlePages = (layer: Extract<FromDocumentThread, { type: 'layer' }>, done: readonly OcrPage[]): ReadPages => {
        const { pages, title, unreachable } = layer;
        const byNumber = new Map(done.map((ocr) => [ocr.page.number, ocr]));
        const finalPages = pages.map((page): PageToStore => {
          const ocr = byNumber.get(page.number)?.page;
          if (ocr !== undefined) return { ...ocr, width: page.width, height: page.height };
          context.onProgress?.({ kind: 'page-done', fileName: file.fileName, page: page.number, source: 'text' });
          return { number: page.number, text: page.text, source: 'text', ocrConfidence: null, width: page.width, height: page.height, words: [] };
        });
        const textPageWarnings = pages.flatMap((page, index) => (page.offPageGlyphs !== undefined && finalPages[index]?.source === 'text' ? [offPageWarning(page.number, page.offPageGlyphs)] : []));
        const backwards = pages.flatMap((page, index) => (page.backwards === true ? [backwardsWarning(page.number, finalPages[index]?.source === 'ocr')] : []));
        const damaged = pages.flatMap((page): PageWarning[] => (page.contentDropped === undefined ? [] : [{ page: page.number, code: 'PAGE_CONTENT_DAMAGED', fact: page.contentDropped }]));
        const left = unreachable === undefined ? [] : [unreachableWarning(unreachable, pages.length + unreachable.numbers.length)];
        // Every page's warnings at once, so that each kind is one warning naming all its pages.
        const merged = mergePageWarnings([...damaged, ...done.flatMap((ocr) => ocr.warnings), ...textPageWarnings, ...backwards]);
        const warnings = [...left, ...merged].sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
        return { pages: finalPages, title, warnings };
      };
      /** Once every page is final (its OCR done): the extraction, queued behind the documents read before. */
      const finish = async (layer: Extract<FromDocumentThread, { type: 'layer' }>): Promise<void> => {
        const read = settlePages(layer, await Promise.all(ocred));
        if (settled) return;
        const pages = read.pages.map((page): PageInput => ({ page: page.number, text: page.text, source: page.source }));
        const extraction = await extractor.extract({ fileName: file.fileName, pages, context: context.extraction ?? {}, limits, spentMs: clock.ownMs });
        if (settled) return;
        settled = true;
        resolve(documentToStore(file, read, extraction, (performance.now() - started) / 1000));
      };

      const onMessage = (message: FromDocumentThread): void => {
        if (settled) return;
        switch (message.type) {
          case 'step':
            return clock.begin(message.step, message.page, message.pages ?? 1);
          case 'need-credit':
            clock.end();
            void grantCredit();
            return;
          case 'pause':
            return clock.end();
          case 'opened':
            context.onProgress?.({ kind: 'document-start', fileName: file.fileName, pages: message.pages });
            return;
          case 'ocr-image': {
            const release = grantedReleases.shift() ?? (() => undefined);
            const result = recognise(message, release);
            result.catch((error: unknown) => fail(ocrFailure(message.page, error)));
            ocred.push(result);
            return;
          }
          case 'layer':
            // The thread is done with this document: it reads the next one meanwhile.
            detach();
            if (ocred.length === 0) context.onExtractionOnly?.();
            finish(message).catch((error: unknown) => fail(error instanceof IngestError ? error : ocrFailure(0, error)));
            return;
          case 'failed':
            return fail(message.code === null ? new IngestError('CORRUPT_PDF', `${file.fileName}: could not be read (${message.message})`) : new IngestError(message.code as IngestErrorCode, message.message));
        }
      };
      const onError = (error: Error & { code?: string }): void => fail(this.workerError(file.fileName, error, 'the reader stopped'));
      const onExit = (code: number): void => fail(new IngestError('CORRUPT_PDF', `${file.fileName}: the reader stopped unexpectedly (exit code ${code})`));

      const current: AtWork = { clock, fail, fileName: file.fileName };
      this.current = current;
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      const bytes = file.bytes.slice(); // transferred: the caller keeps its own bytes
      send({ type: 'read', bytes, fileName: file.fileName, ocr: context.ocr, likelyScan: context.likelyScan === true }, [bytes.buffer as ArrayBuffer]);
    });
  }
}

/** A document's final pages, title and warnings, before its extraction. */
interface ReadPages {
  readonly pages: readonly PageToStore[];
  readonly title: string | null;
  readonly warnings: readonly DocumentWarning[];
}

/** What the importer stores of a document read and extracted. */
function documentToStore(file: FileToRead, read: ReadPages, extraction: DocumentExtraction, importSeconds: number): DocumentToStore {
  return {
    sha256: file.sha256,
    fileName: file.fileName,
    filePath: file.path,
    fileSize: file.bytes.length,
    title: titleOf(read.title, read.pages),
    kind: kindOf(read.pages),
    documentDate: extraction.documentDate?.value ?? null,
    documentDateInferred: extraction.documentDate?.inferred ?? false,
    documentDateFromFileName: extraction.documentDate?.fromFileName === true,
    importSeconds,
    pages: read.pages,
    mentions: extraction.mentions,
    warnings: read.warnings,
  };
}
