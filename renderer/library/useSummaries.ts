import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../main/api/contract.js';
import { getApi } from '../api/client.js';
import { apiErrorNotice, type Notice } from '../app/notice.js';
import { useApiEvents } from '../app/useEvents.js';

/**
 * The library's documents, reloaded when main says the corpus changed (an import from the app
 * or a CLI import in another process) or a file finished importing. Reloads are coalesced.
 */
export function useSummaries(): { documents: DocumentSummary[] | null; error: Notice | null; reload: () => void } {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<Notice | null>(null);
  const pending = useRef<number | undefined>(undefined);
  const load = useCallback(async () => {
    const result = await getApi().listDocumentSummaries({});
    if (result.ok) {
      setDocuments(result.value);
      setError(null);
    } else {
      setError(apiErrorNotice(result.error));
    }
  }, []);
  const reload = useCallback(() => {
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => void load(), 150);
  }, [load]);
  useEffect(() => {
    void load();
    return () => window.clearTimeout(pending.current);
  }, [load]);
  useApiEvents((event) => {
    if (event.type === 'corpus-changed' || event.type === 'import-file-done') reload();
  });
  return { documents, error, reload };
}
