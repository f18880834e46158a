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
 *
 * A page's picture needs only its size and source, not its boxes: it is painted as soon as the
 * page's record arrives, while pdf.js reads the page's text items for the boxes. Pages and
 * pictures already loaded can be read synchronously (`loadedPage`, `paintedPage`), so turning to
 * a page read ahead shows it in the same frame as the key press.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentDetail, MentionRecord, PageDetail } from '../../main/api/contract.js';
import { getApi, unwrap } from '../api/client.js';
import { failureNotice, type Notice } from '../app/notice.js';
import { cachedPicture, readyPicture } from '../page/pictures.js';
import { runsFromWords, type Run } from '../page/boxes.js';
import { openPdf, renderCanvas, textRuns } from '../page/pdf.js';
import { scanCanvas, scanImageOf, type ScanImage } from '../page/scan-image.js';

export interface LoadedPage {
  readonly detail: PageDetail;
  readonly runs: readonly Run[];
}

export interface DocumentData {
  readonly detail: DocumentDetail | null;
  readonly mentions: readonly MentionRecord[];
  /** The original could not be found (not in the corpus, not at its import path). */
  readonly noOriginal: boolean;
  readonly error: Notice | null;
  setMentions: (update: (mentions: readonly MentionRecord[]) => readonly MentionRecord[]) => void;
  reloadMentions: () => Promise<readonly MentionRecord[]>;
  /** A page with its boxes; cached. */
  loadPage: (page: number) => Promise<LoadedPage>;
  /** The page with its boxes if it is already loaded, else undefined. */
  loadedPage: (page: number) => LoadedPage | undefined;
  /** The page painted at `scale` CSS pixels per point, one pixel per device pixel, in a canvas of its own; cached. */
  paintPage: (page: PageDetail, scale: number) => Promise<HTMLCanvasElement>;
  /** The page's picture at `scale` if it is already painted, else undefined. */
  paintedPage: (page: number, scale: number) => HTMLCanvasElement | undefined;
  /** Paints page `number` and reads its boxes ahead of its being shown (nothing past the last page). */
  paintAhead: (number: number, scale: number) => void;
}

/** Everything kept for the document while it is open. */
interface Session {
  readonly id: number;
  /** Each page's record (text, size, OCR words), as main sends it. */
  readonly details: Map<number, Promise<PageDetail>>;
  readonly pages: Map<number, Promise<LoadedPage>>;
  /** The pages of `pages` that have arrived. */
  readonly loaded: Map<number, LoadedPage>;
  /** Scanned pages' stored images, fetched ahead; each dropped once painted. */
  readonly images: Map<number, Promise<ScanImage | null>>;
  pdf: Promise<PDFDocumentProxy | null> | undefined;
  live: boolean;
}

let sessions = 0;
const newSession = (): Session => ({ id: (sessions += 1), details: new Map(), pages: new Map(), loaded: new Map(), images: new Map(), pdf: undefined, live: true });

/** The cache key of a page's picture: the session, the page, the scale and the screen's pixel ratio. */
const pictureKey = (current: Session, page: number, scale: number): string => `${current.id}:${page}:${scale}:${window.devicePixelRatio || 1}`;

export function useDocumentData(documentId: number): DocumentData {
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [mentions, setMentionsState] = useState<readonly MentionRecord[]>([]);
  const [noOriginal, setNoOriginal] = useState(false);
  const [error, setError] = useState<Notice | null>(null);
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
      .catch((failure: unknown) => current.live && setError(failureNotice(failure)));
    return () => {
      current.live = false;
      // A picture still kept (pictures.ts) must not keep the closed document's pages and images.
      for (const kept of [current.details, current.pages, current.loaded, current.images]) kept.clear();
      void current.pdf?.then((doc) => doc?.destroy());
    };
  }, [documentId, pdfOf]);

  const detailOf = useCallback(
    (current: Session, page: number): Promise<PageDetail> => {
      let pending = current.details.get(page);
      if (pending === undefined) {
        pending = unwrap(getApi().getPage({ documentId, page }));
        pending.catch(() => current.details.delete(page));
        current.details.set(page, pending);
      }
      return pending;
    },
    [documentId],
  );

  const loadPage = useCallback(
    (page: number): Promise<LoadedPage> => {
      const current = session.current;
      let pending = current.pages.get(page);
      if (pending === undefined) {
        pending = (async () => {
          const pageDetail = await detailOf(current, page);
          if (pageDetail.source === 'ocr') return { detail: pageDetail, runs: runsFromWords(pageDetail.words, pageDetail.text) };
          const doc = await pdfOf(current);
          return { detail: pageDetail, runs: doc === null ? [] : await textRuns(doc, page, pageDetail.text) };
        })();
        pending.then(
          (loaded) => current.loaded.set(page, loaded),
          () => current.pages.delete(page),
        );
        current.pages.set(page, pending);
      }
      return pending;
    },
    [detailOf, pdfOf],
  );

  const imageOf = useCallback(
    (current: Session, page: number): Promise<ScanImage | null> => {
      let pending = current.images.get(page);
      if (pending === undefined) {
        // null: main cannot hand this page's image over (pdf.js renders the page instead).
        pending = getApi()
          .getPageImage({ documentId, page })
          .then((image) => (image.ok && image.value !== null ? scanImageOf(image.value) : null))
          .catch(() => null);
        current.images.set(page, pending);
      }
      return pending;
    },
    [documentId],
  );

  const loadedPage = useCallback((page: number): LoadedPage | undefined => session.current.loaded.get(page), []);

  const paintPage = useCallback(
    (page: PageDetail, scale: number): Promise<HTMLCanvasElement> => {
      const current = session.current;
      const ratio = window.devicePixelRatio || 1;
      return cachedPicture(pictureKey(current, page.number, scale), async () => {
        if (page.source === 'ocr') {
          const image = await imageOf(current, page.number);
          current.images.delete(page.number);
          if (image !== null) {
            try {
              return await scanCanvas(image, Math.floor(page.width * scale * ratio), Math.floor(page.height * scale * ratio));
            } catch {
              // The browser could not decode it: pdf.js renders the page below.
            }
          }
        }
        const doc = await pdfOf(current);
        if (doc === null) throw new Error(`the original of document ${documentId} is not available`);
        return renderCanvas(doc, page.number, scale);
      });
    },
    [documentId, imageOf, pdfOf],
  );

  const paintedPage = useCallback((page: number, scale: number): HTMLCanvasElement | undefined => readyPicture(pictureKey(session.current, page, scale)), []);

  const pages = detail?.pages;
  /** Asks main for page `number`'s record and, for a scan, its image: no work in the page itself. */
  const fetchAhead = useCallback(
    (number: number): void => {
      const info = pages?.find((each) => each.number === number);
      if (info === undefined) return;
      const current = session.current;
      void detailOf(current, number).catch(() => undefined);
      if (info.source === 'ocr') void imageOf(current, number);
    },
    [detailOf, imageOf, pages],
  );

  const paintAhead = useCallback(
    (number: number, scale: number): void => {
      if (pages?.some((each) => each.number === number) !== true) return;
      // This page's record and image, and the next page's, are asked for at once, side by side.
      fetchAhead(number);
      fetchAhead(number + 1);
      // The picture from the page's record alone, and the boxes beside it: neither waits for the other.
      void detailOf(session.current, number)
        .then((page) => paintPage(page, scale))
        .catch(() => undefined);
      void loadPage(number).catch(() => undefined);
    },
    [detailOf, fetchAhead, loadPage, paintPage, pages],
  );

  const setMentions = useCallback((update: (current: readonly MentionRecord[]) => readonly MentionRecord[]) => setMentionsState(update), []);
  const reloadMentions = useCallback(async () => {
    const list = await unwrap(getApi().listMentions({ documentId }));
    setMentionsState(list);
    return list;
  }, [documentId]);

  return { detail, mentions, noOriginal, error, setMentions, reloadMentions, loadPage, loadedPage, paintPage, paintedPage, paintAhead };
}
