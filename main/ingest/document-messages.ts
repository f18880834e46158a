/**
 * The messages between the importer and its threads: a reading thread (document-thread.ts ↔
 * document-worker.ts) and the extraction thread (extraction-thread.ts ↔ extraction-worker.ts).
 * One document at a time per thread; each thread announces every step of every page, so the
 * importer can time every page on its own clock.
 */
import type { DocumentContext, DocumentExtraction, PageInput } from '../../extractors/index.js';
import type { GrayImage } from './gray-image.js';
import type { PixelToPoints } from './single-image.js';

export type OcrMode = 'auto' | 'always' | 'never';

/** What a thread is doing; each step of each page runs under the page time limit. */
export type DocumentStep = 'open' | 'text' | 'prepare' | 'title' | 'date' | 'extract';

export type ToDocumentThread =
  /** Read one document. */
  | {
      readonly type: 'read';
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly ocr: OcrMode;
      /** The file looks like a scan: a plain one is read by its plan, without loading pdf.js (scan-plan.ts). */
      readonly likelyScan: boolean;
    }
  /** Permission to prepare one more page image (the importer bounds images waiting for OCR). */
  | { readonly type: 'credit' };

/** To the extraction thread: every page's final text (OCR'd or not) of one document, and what the extractors are told besides. */
export type ToExtractionThread = { readonly type: 'extract'; readonly pages: readonly PageInput[]; readonly context: DocumentContext };

/** From the extraction thread: each step, then the document's mentions (or what went wrong). */
export type FromExtractionThread =
  | { readonly type: 'step'; readonly step: DocumentStep; readonly page: number | null; readonly pages?: number }
  | { readonly type: 'extracted'; readonly extraction: DocumentExtraction }
  | { readonly type: 'failed'; readonly message: string };

/** One page as the text pass saw it. */
export interface LayerPage {
  readonly number: number;
  readonly text: string;
  /** Page size in PDF points. */
  readonly width: number;
  readonly height: number;
  /** True when the page is sent for OCR (its text layer is missing, garbled, or OCR is forced). */
  readonly ocr: boolean;
  /** A text page: glyphs it draws outside its box, left out of its text (page-box.ts); absent when none. */
  readonly offPageGlyphs?: number;
  /** Its text layer is drawn backwards, right to left (reading-order.ts); absent when not. */
  readonly backwards?: true;
  /** pdf.js dropped part of its content (pdfjs-warnings.ts): its reason; absent when it read it all. */
  readonly contentDropped?: string;
}

/** Pages pdf.js could not reach in the file's page tree (a cycle, a missing node): left out. */
export interface UnreachablePages {
  readonly numbers: readonly number[];
  /** What pdf.js said of the first. */
  readonly reason: string;
}

/** A page whose text is drawn invisibly: OCR checks that the page shows it (text-layer-check.ts). */
export interface LayerCheck {
  /** The page's whole text layer, kept when OCR confirms it. */
  readonly layerText: string;
  /** The part of it drawn so that it cannot be seen. */
  readonly hiddenText: string;
}

export type FromDocumentThread =
  /**
   * A step starts. `pages` > 1 for a step that reads that many pages at once (the document date
   * is inferred from all of them): it gets the page time limit once per page.
   */
  | { readonly type: 'step'; readonly step: DocumentStep; readonly page: number | null; readonly pages?: number }
  /** Waiting for a credit: not a step, the page clock stops. */
  | { readonly type: 'need-credit' }
  /** The thread loads pdf.js, which a plain scan did not need until now: thread start-up, not a step (the clock stops). */
  | { readonly type: 'pause' }
  | { readonly type: 'opened'; readonly pages: number }
  | {
      readonly type: 'ocr-image';
      readonly page: number;
      readonly image: GrayImage;
      readonly dpi: number;
      readonly toPoints: PixelToPoints;
      /** Whether the page paints an image that is not blank (so an empty OCR result is suspicious). */
      readonly paintsImage: boolean;
      /** Glyphs the page draws outside its box, left out of its text (0 when few or none). */
      readonly offPageGlyphs: number;
      /** Set when the page has a text layer to check rather than replace. */
      readonly layerCheck?: LayerCheck | undefined;
    }
  /**
   * The text pass is done, and the thread with this document: it may be given the next one while
   * this one's last pages are OCR'd and its text is extracted on the extraction thread.
   */
  | { readonly type: 'layer'; readonly pages: readonly LayerPage[]; readonly title: string | null; readonly unreachable?: UnreachablePages }
  | { readonly type: 'failed'; readonly code: string | null; readonly message: string };
