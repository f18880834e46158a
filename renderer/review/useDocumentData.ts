/**
 * What the review screen reads from main for one document: its pages' metadata, its mentions,
 * its original PDF (opened with pdf.js), and each page's text and character boxes, loaded once
 * per page and kept while the document is open.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentDetail, MentionRecord, PageDetail } from '../../main/api/contract.js';
import { getApi, unwrap } from '../api/client.js';
import { runsFromWords, type Run } from '../page/boxes.js';
import { openPdf, textRuns } from '../page/pdf.js';

export interface LoadedPage {
  readonly detail: PageDetail;
  readonly runs: readonly Run[];
}

export interface DocumentData {
  readonly detail: DocumentDetail | null;
  readonly mentions: readonly MentionRecord[];
  readonly pdf: PDFDocumentProxy | null;
  /** The original could not be found (not in the corpus, not at its import path). */
  readonly noOriginal: boolean;
  readonly error: string | null;
  setMentions: (update: (mentions: readonly MentionRecord[]) => readonly MentionRecord[]) => void;
  reloadMentions: () => Promise<readonly MentionRecord[]>;
  /** A page with its boxes; cached. */
  loadPage: (page: number) => Promise<LoadedPage>;
}

export function useDocumentData(documentId: number): DocumentData {
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [mentions, setMentionsState] = useState<readonly MentionRecord[]>([]);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [noOriginal, setNoOriginal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pages = useRef(new Map<number, Promise<LoadedPage>>());
  const pdfReady = useRef<Promise<PDFDocumentProxy | null>>(Promise.resolve(null));

  useEffect(() => {
    let live = true;
    const api = getApi();
    pages.current = new Map();
    const original = api.getOriginal({ documentId }).then(async (result) => {
      if (!result.ok) {
        if (live) setNoOriginal(true);
        return null;
      }
      const doc = await openPdf(result.value.base64);
      if (live) setPdf(doc);
      return doc;
    });
    pdfReady.current = original.catch(() => null);
    Promise.all([unwrap(api.getDocument({ documentId })), unwrap(api.listMentions({ documentId }))])
      .then(([loaded, list]) => {
        if (!live) return;
        setDetail(loaded);
        setMentionsState(list);
      })
      .catch((failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)));
    return () => {
      live = false;
      void pdfReady.current.then((doc) => doc?.destroy());
    };
  }, [documentId]);

  const loadPage = useCallback(
    (page: number): Promise<LoadedPage> => {
      let pending = pages.current.get(page);
      if (pending === undefined) {
        pending = (async () => {
          const pageDetail = await unwrap(getApi().getPage({ documentId, page }));
          if (pageDetail.source === 'ocr') return { detail: pageDetail, runs: runsFromWords(pageDetail.words, pageDetail.text) };
          const doc = await pdfReady.current;
          return { detail: pageDetail, runs: doc === null ? [] : await textRuns(doc, page, pageDetail.text) };
        })();
        pending.catch(() => pages.current.delete(page));
        pages.current.set(page, pending);
      }
      return pending;
    },
    [documentId],
  );

  const setMentions = useCallback((update: (current: readonly MentionRecord[]) => readonly MentionRecord[]) => setMentionsState(update), []);
  const reloadMentions = useCallback(async () => {
    const list = await unwrap(getApi().listMentions({ documentId }));
    setMentionsState(list);
    return list;
  }, [documentId]);

  return { detail, mentions, pdf, noOriginal, error, setMentions, reloadMentions, loadPage };
}
