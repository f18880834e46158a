/**
 * The page Revue shows: loaded when the page number changes (its neighbour read ahead), and the
 * scale at 100 % that makes the first page fill the pane's width (a landscape slide fits too).
 */
import { useEffect, useState, type RefObject } from 'react';
import { useNotice } from '../app/notice.js';
import { t } from '../i18n/fr.js';
import type { LoadedPage } from './useDocumentData.js';

/** CSS pixels per PDF point at 100 %: a 21 cm page is about 800 px wide. */
export const BASE_SCALE = 1.33;

export function usePageLoader(
  loadPage: (page: number) => Promise<LoadedPage>,
  pageNumber: number,
  pageCount: number,
  pane: RefObject<HTMLDivElement | null>,
): { readonly page: LoadedPage | null; readonly baseScale: number } {
  const notify = useNotice();
  const [page, setPage] = useState<LoadedPage | null>(null);
  const [baseScale, setBaseScale] = useState(BASE_SCALE);

  useEffect(() => {
    let live = true;
    if (pageCount === 0) return;
    loadPage(pageNumber)
      .then((loaded) => live && setPage(loaded))
      .catch((error: unknown) => notify({ kind: 'error', text: t.errors.generic(error instanceof Error ? error.message : String(error)) }));
    // The neighbours are read ahead, so turning the page shows it at once.
    if (pageNumber < pageCount) void loadPage(pageNumber + 1).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [loadPage, pageNumber, pageCount, notify]);

  const firstWidth = page?.detail.width;
  useEffect(() => {
    const element = pane.current;
    if (firstWidth === undefined || element === null) return;
    setBaseScale((current) => (current === BASE_SCALE ? Math.min(BASE_SCALE, (element.clientWidth - 40) / firstWidth) : current));
  }, [firstWidth, pane]);

  return { page: page?.detail.number === pageNumber ? page : null, baseScale };
}
