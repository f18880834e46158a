/**
 * What the review screen reads from main for one document: its pages' metadata, its mentions,
 * each page's text and character boxes (loaded once per page and kept while the document is
 * open), and each page painted at the screen's resolution.
 *
 * Painting: a scanned (OCR) page is shown from its stored image when main can hand it over as it
 * is (`getPageImage`), decoded natively by the browser; any other page, or a scan main cannot hand
 * over, is rendered by pdf.js from the original. The original (megabytes for a scan) is therefore
 * fetched only when a page needs pdf.js: at once for a document with text pages, whose boxes come
 * from pdf.js too, and never for a scanned document whose images all come from main.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentDetail, MentionRecord, PageDetail } from '../../main/api/contract.js';
import { getApi, unwrap } from '../api/client.js';
import { cachedBitmap } from '../page/bitmaps.js';
import { runsFromWords, type Run } from '../page/boxes.js';
import { openPdf, renderBitmap, textRuns } from '../page/pdf.js';
import { scanBitmap } from '../page/scan-image.js';

export interface LoadedPage {
  readonly detail: PageDetail;
  readonly runs: readonly Run[];
}

export interface DocumentData {
  readonly detail: DocumentDetail | null;
  readonly mentions: readonly MentionRecord[];
  /** The original could not be found (not in the corpus, not at its import path). */
  readonly noOriginal: boolean;
  readonly error: string | null;
  setMentions: (update: (mentions: readonly MentionRecord[]) => readonly MentionRecord[]) => void;
  reloadMentions: () => Promise<readonly MentionRecord[]>;
  /** A page with its boxes; cached. */
  loadPage: (page: number) => Promise<LoadedPage>;
  /** The page painted at `scale` CSS pixels per point, one pixel per device pixel; cached. */
  paintPage: (page: PageDetail, scale: number) => Promise<ImageBitmap>;
  /** Paints page `number` ahead of its being shown (nothing past the last page). */
  paintAhead: (number: number, scale: number) => void;
}

/** Everything kept for the document while it is open. */
interface Session {
  readonly id: number;
  readonly pages: Map<number, Promise<LoadedPage>>;
  pdf: Promise<PDFDocumentProxy | null> | undefined;
  live: boolean;
}

let sessions = 0;
const newSession = (): Session => ({ id: (sessions += 1), pages: new Map(), pdf: undefined, live: true });

export function useDocumentData(documentId: number): DocumentData {
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [mentions, setMentionsState] = useState<readonly MentionRecord[]>([]);
  const [noOriginal, setNoOriginal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const session = useRef<Session>(newSession());

  /** The original opened with pdf.js, fetched on first need; null when it cannot be found. */
  const pdfOf = useCallback(
    (current: Session): Promise<PDFDocumentProxy | null> => {
      current.pdf ??= getApi()
        .getOriginal({ documentId })
        .then(async (result) => {
          if (!result.ok) {
            if (current.live) setNoOriginal(true);
            return null;
          }
          const doc = await openPdf(result.value.base64);
          if (!current.live) void doc.destroy();
          return doc;
        })
        .catch(() => null);
      return current.pdf;
    },
    [documentId],
  );

  useEffect(() => {
    const current = newSession();
    session.current = current;
    const api = getApi();
    Promise.all([unwrap(api.getDocument({ documentId })), unwrap(api.listMentions({ documentId }))])
      .then(([loaded, list]) => {
        if (!current.live) return;
        // Text pages need pdf.js for their boxes as well as their picture: start reading it now.
        if (loaded.pages.some((page) => page.source === 'text')) void pdfOf(current);
        setDetail(loaded);
        setMentionsState(list);
      })
      .catch((failure: unknown) => current.live && setError(failure instanceof Error ? failure.message : String(failure)));
    return () => {
      current.live = false;
      void current.pdf?.then((doc) => doc?.destroy());
    };
  }, [documentId, pdfOf]);

  const loadPage = useCallback(
    (page: number): Promise<LoadedPage> => {
      const current = session.current;
      let pending = current.pages.get(page);
      if (pending === undefined) {
        pending = (async () => {
          const pageDetail = await unwrap(getApi().getPage({ documentId, page }));
          if (pageDetail.source === 'ocr') return { detail: pageDetail, runs: runsFromWords(pageDetail.words, pageDetail.text) };
          const doc = await pdfOf(current);
          return { detail: pageDetail, runs: doc === null ? [] : await textRuns(doc, page, pageDetail.text) };
        })();
        pending.catch(() => current.pages.delete(page));
        current.pages.set(page, pending);
      }
      return pending;
    },
    [documentId, pdfOf],
  );

  const paintPage = useCallback(
    (page: PageDetail, scale: number): Promise<ImageBitmap> => {
      const current = session.current;
      const ratio = window.devicePixelRatio || 1;
      return cachedBitmap(`${current.id}:${page.number}:${scale}:${ratio}`, async () => {
        if (page.source === 'ocr') {
          const image = await getApi().getPageImage({ documentId, page: page.number });
          if (image.ok && image.value !== null) {
            try {
              return await scanBitmap(image.value, Math.floor(page.width * scale * ratio), Math.floor(page.height * scale * ratio));
            } catch {
              // The browser could not decode it: pdf.js renders the page below.
            }
          }
        }
        const doc = await pdfOf(current);
        if (doc === null) throw new Error(`the original of document ${documentId} is not available`);
        return renderBitmap(doc, page.number, scale);
      });
    },
    [documentId, pdfOf],
  );

  const pageCount = detail?.pages.length ?? 0;
  const paintAhead = useCallback(
    (number: number, scale: number): void => {
      if (number < 1 || number > pageCount) return;
      void loadPage(number)
        .then((loaded) => paintPage(loaded.detail, scale))
        .catch(() => undefined);
    },
    [loadPage, paintPage, pageCount],
  );

  const setMentions = useCallback((update: (current: readonly MentionRecord[]) => readonly MentionRecord[]) => setMentionsState(update), []);
  const reloadMentions = useCallback(async () => {
    const list = await unwrap(getApi().listMentions({ documentId }));
    setMentionsState(list);
    return list;
  }, [documentId]);

  return { detail, mentions, noOriginal, error, setMentions, reloadMentions, loadPage, paintPage, paintAhead };
}
