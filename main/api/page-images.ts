/**
 * `getPageImage`: a scanned page's image as the file stores it (stored-scan.ts), for the review
 * app to show without running pdf.js over the scan. The page's object is found in the file's page
 * tree (page-tree.ts); only when that tree cannot be read directly (compressed object streams…)
 * is pdf.js opened to find it, and even then nothing is decoded. The last few documents asked
 * about stay indexed: the app asks for the pages of the document being reviewed one by one.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { openPdf } from '../ingest/pdf-document.js';
import { PdfObjects } from '../ingest/pdf-objects.js';
import type { PageImageData } from './contract.js';
import { findPage } from './page-tree.js';
import { storedScan, type PageBox } from './stored-scan.js';

/** A document's original file, as the service finds it. */
export interface OriginalSource {
  readonly fileName: string;
  /** Changes when the file does (the cache is keyed by it). */
  readonly sha256: string | null;
  readonly bytes: Uint8Array;
}

interface Opened {
  readonly objects: PdfObjects;
  /** pdf.js's reading of the file, opened on first need; null when it cannot open it. */
  pdf: Promise<PDFDocumentProxy | null> | undefined;
  readonly file: OriginalSource;
}

export interface PageImages {
  /** The page's stored scan, or null when it is not one a browser can show as it is; throws NotFoundError via `original`. */
  get(documentId: number, page: number): Promise<PageImageData | null>;
  close(): Promise<void>;
}

/** Documents kept open: the one reviewed and the one before it (each holds its file's bytes twice). */
const KEPT = 2;

export function createPageImages(original: (documentId: number) => OriginalSource): PageImages {
  const open = new Map<string, Opened>();

  const opened = (documentId: number): Opened => {
    const file = original(documentId);
    const key = `${documentId}:${file.sha256 ?? file.bytes.byteLength}`;
    let entry = open.get(key);
    if (entry !== undefined) {
      open.delete(key);
      open.set(key, entry); // most recently used last
      return entry;
    }
    entry = { objects: new PdfObjects(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)), pdf: undefined, file };
    open.set(key, entry);
    for (const [old, each] of open) {
      if (open.size <= KEPT) break;
      open.delete(old);
      void each.pdf?.then((doc) => doc?.destroy());
    }
    return entry;
  };

  /** The page as pdf.js finds it, for files whose tree is not read directly. */
  const throughPdfJs = async (file: Opened, page: number): Promise<{ ref: { num: number; gen: number } | null; box: PageBox; rotate: number } | null> => {
    // A file pdf.js cannot open answers null: the app then tries pdf.js itself and says what it finds.
    file.pdf ??= openPdf(file.file.bytes, file.file.fileName).catch(() => null);
    const doc = await file.pdf;
    if (doc === null || page > doc.numPages) return null;
    const proxy = await doc.getPage(page);
    return { ref: proxy.ref, box: proxy.view as unknown as PageBox, rotate: proxy.rotate };
  };

  return {
    async get(documentId, page) {
      const file = opened(documentId);
      const found = findPage(file.objects, page) ?? (await throughPdfJs(file, page));
      if (found === null || found.rotate % 360 !== 0 || found.ref === null) return null;
      const scan = storedScan(file.objects, found.ref, found.box);
      if (scan === null) return null;
      const { bytes, ...rest } = scan;
      return { documentId, page, ...rest, base64: bytes.toString('base64') };
    },
    async close() {
      const all = [...open.values()];
      open.clear();
      await Promise.all(all.map((each) => each.pdf?.then((doc) => doc?.destroy())));
    },
  };
}
