/**
 * The page Revue shows, and the scale at 100 % that makes the first page fill the pane's width (a
 * landscape slide fits too). A page already loaded (read ahead while the previous one was shown)
 * is returned in the very render that turns to it; any other is loaded then.
 */
import { useEffect, useReducer, useState, type RefObject } from 'react';
import { failureNotice, useNotice } from '../app/notice.js';
import type { LoadedPage } from './useDocumentData.js';

/** CSS pixels per PDF point at 100 %: a 21 cm page is about 800 px wide. */
export const BASE_SCALE = 1.33;

export function usePageLoader(
  loadPage: (page: number) => Promise<LoadedPage>,
  loadedPage: (page: number) => LoadedPage | undefined,
  pageNumber: number,
  pageCount: number,
  pane: RefObject<HTMLDivElement | null>,
): { readonly page: LoadedPage | null; readonly baseScale: number; readonly fitted: boolean } {
  const notify = useNotice();
  // Bumped when a page arrives: the page itself is read from the document's cache.
  const [, arrived] = useReducer((count: number) => count + 1, 0);
  const [fit, setFit] = useState<number | null>(null);
  const page = pageCount === 0 ? undefined : loadedPage(pageNumber);
  const missing = pageCount > 0 && page === undefined;

  useEffect(() => {
    if (!missing) return;
    let live = true;
    loadPage(pageNumber)
      .then(() => live && arrived())
      .catch((error: unknown) => notify(failureNotice(error)));
    return () => {
      live = false;
    };
  }, [loadPage, pageNumber, missing, notify]);

  const firstWidth = page?.detail.width;
  useEffect(() => {
    const element = pane.current;
    if (firstWidth === undefined || element === null) return;
    setFit((current) => current ?? Math.min(BASE_SCALE, (element.clientWidth - 40) / firstWidth));
  }, [firstWidth, pane]);

  return { page: page ?? null, baseScale: fit ?? BASE_SCALE, fitted: fit !== null };
}
