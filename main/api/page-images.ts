/**
 * `getPageImage`: a scanned page's image as the file stores it (stored-scan.ts), for the review
 * app to show without running pdf.js over the scan. pdf.js is used here only to find the page's
 * object (through the page tree, which may sit in compressed object streams); nothing is decoded.
 * The last few documents asked about stay open, with their object index: the app asks for the
 * pages of the document being reviewed one after the other.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { openPdf } from '../ingest/pdf-document.js';
import { PdfObjects } from '../ingest/pdf-objects.js';
import type { PageImageData } from './contract.js';
import { storedScan, type PageBox } from './stored-scan.js';

/** A document's original file, as the service finds it. */
export interface OriginalSource {
  readonly fileName: string;
  /** Changes when the file does (the cache is keyed by it). */
  readonly sha256: string | null;
  readonly bytes: Uint8Array;
}

interface Opened {
  readonly doc: PDFDocumentProxy;
  readonly objects: PdfObjects;
}

export interface PageImages {
  /** The page's stored scan, or null when it is not one a browser can show as it is; throws NotFoundError via `original`. */
  get(documentId: number, page: number): Promise<PageImageData | null>;
  close(): Promise<void>;
}

/** Documents kept open: the one reviewed and the one before it (each holds its file's bytes twice). */
const KEPT = 2;

export function createPageImages(original: (documentId: number) => OriginalSource): PageImages {
  const open = new Map<string, Promise<Opened | null>>();

  const opened = (documentId: number): Promise<Opened | null> => {
    const file = original(documentId);
    const key = `${documentId}:${file.sha256 ?? file.bytes.byteLength}`;
    let pending = open.get(key);
    if (pending !== undefined) {
      open.delete(key);
      open.set(key, pending); // most recently used last
      return pending;
    }
    const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    // A file pdf.js cannot open answers null: the app then tries pdf.js itself and says what it finds.
    pending = openPdf(file.bytes, file.fileName).then(
      (doc) => ({ doc, objects: new PdfObjects(bytes) }),
      () => null,
    );
    open.set(key, pending);
    for (const [old, each] of open) {
      if (open.size <= KEPT) break;
      open.delete(old);
      void each.then((gone) => gone?.doc.destroy());
    }
    return pending;
  };

  return {
    async get(documentId, page) {
      const file = await opened(documentId);
      if (file === null || page > file.doc.numPages) return null;
      const proxy = await file.doc.getPage(page);
      if (proxy.rotate % 360 !== 0 || proxy.ref === null) return null;
      const scan = storedScan(file.objects, proxy.ref, proxy.view as unknown as PageBox);
      if (scan === null) return null;
      const { bytes, ...rest } = scan;
      return { documentId, page, ...rest, base64: bytes.toString('base64') };
    },
    async close() {
      const all = [...open.values()];
      open.clear();
      await Promise.all(all.map((each) => each.then((gone) => gone?.doc.destroy())));
    },
  };
}
