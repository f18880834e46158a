/** Bibliothèque: every document, import, re-extraction. */
import { useMemo, useState } from 'react';
import type { ReextractSummary } from '../../main/api/contract.js';
import { getApi } from '../api/client.js';
import { apiErrorNotice, useNotice } from '../app/notice.js';
import { ErrorLine } from '../app/TechnicalDetail.js';
import { useApiEvents } from '../app/useEvents.js';
import { t } from '../i18n/fr.js';
import { visibleDocuments, type ColumnId, type LibraryView, type StatusFilter } from './columns.js';
import { DocumentTable } from './DocumentTable.js';
import { ExportButton } from './ExportButton.js';
import { ImportPanel } from './ImportPanel.js';
import { useGroups } from './useGroups.js';
import { useSummaries } from './useSummaries.js';

function ReextractReport(props: { summaries: readonly ReextractSummary[]; onClose: () => void }) {
  const total = props.summaries.reduce(
    (sum, each) => ({ added: sum.added + each.added, matched: sum.matched + each.matched, orphaned: sum.orphaned + each.orphaned, replaced: sum.replaced + each.replaced }),
    { added: 0, matched: 0, orphaned: 0, replaced: 0 },
  );
  return (
    <section className="report" aria-label={t.library.reextractReport}>
      <h2>{t.library.reextractReport}</h2>
      <p>{t.library.reextractSummary(total.added, total.matched, total.orphaned, total.replaced)}</p>
      <button type="button" onClick={props.onClose}>
        {t.library.close}
      </button>
    </section>
  );
}

export function LibraryScreen() {
  const notify = useNotice();
  const { documents, error } = useSummaries();
  const [view, setView] = useState<LibraryView>({ sort: 'file', descending: false, filter: '', status: 'all' });
  const [reextracting, setReextracting] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<readonly ReextractSummary[] | null>(null);
  const shown = useMemo(() => visibleDocuments(documents ?? [], view), [documents, view]);
  const groups = useGroups(documents);
  const byId = useMemo(() => new Map((documents ?? []).map((document) => [document.id, document])), [documents]);

  useApiEvents((event) => {
    if (event.type === 'reextract-progress') setReextracting({ done: event.done, total: event.total });
  });

  const reextract = async (): Promise<void> => {
    setReextracting({ done: 0, total: documents?.filter((document) => document.status === 'imported').length ?? 0 });
    const result = await getApi().reextract({});
    setReextracting(null);
    if (result.ok) setReport(result.value);
    else notify(apiErrorNotice(result.error));
  };

  const sortBy = (column: ColumnId): void => setView((current) => ({ ...current, sort: column, descending: current.sort === column ? !current.descending : false }));

  return (
    <ImportPanel>
      <div className="library-tools">
        <h1>{t.library.title}</h1>
        <input
          type="search"
          aria-label={t.library.filter}
          placeholder={t.library.filterPlaceholder}
          value={view.filter}
          onChange={(event) => setView({ ...view, filter: event.target.value })}
        />
        <label>
          {t.library.statusFilter}{' '}
          <select value={view.status} onChange={(event) => setView({ ...view, status: event.target.value as StatusFilter })}>
            <option value="all">{t.library.all}</option>
            <option value="imported">{t.library.imported}</option>
            <option value="toReview">{t.library.toReview}</option>
            <option value="failed">{t.library.failed}</option>
          </select>
        </label>
        <span className="muted">{t.library.count(shown.length, documents?.length ?? 0)}</span>
        <button type="button" onClick={() => void reextract()} disabled={reextracting !== null || (documents?.length ?? 0) === 0}>
          {t.library.reextract}
        </button>
        <ExportButton disabled={(documents?.filter((document) => document.status === 'imported').length ?? 0) === 0} />
        {reextracting !== null ? (
          <span role="status" className="muted">
            {t.library.reextracting(reextracting.done, reextracting.total)}
          </span>
        ) : null}
      </div>
      {report !== null ? <ReextractReport summaries={report} onClose={() => setReport(null)} /> : null}
      {error !== null ? <ErrorLine error={error} /> : null}
      {documents === null ? <p>{t.review.loading}</p> : <DocumentTable documents={shown} total={documents.length} view={view} onSort={sortBy} groups={groups} byId={byId} />}
    </ImportPanel>
  );
}
