/**
 * « Exporter les mentions (CSV) »: the corpus's mentions as the CLI's `--excel-fr` export writes
 * them (main/api/csv-export.ts), saved by the browser as a file, so that reviewing and taking the
 * table to a spreadsheet need no command line. The file is made from a Blob: nothing is served at
 * an address another page could ask for.
 */
import { useState } from 'react';
import type { CsvExport } from '../../main/api/contract.js';
import { getApi } from '../api/client.js';
import { apiErrorNotice, useNotice } from '../app/notice.js';
import { t } from '../i18n/fr.js';

function save(file: CsvExport): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the Blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportButton(props: { disabled: boolean }) {
  const notify = useNotice();
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    notify({ kind: 'info', text: t.library.exporting });
    const result = await getApi().exportMentionsCsv({});
    setBusy(false);
    if (!result.ok) return notify(apiErrorNotice(result.error));
    save(result.value);
    notify({ kind: 'info', text: t.library.exported(result.value.rows, result.value.fileName) });
  };
  return (
    // The title is the button's description too: what is exported, and in which format.
    <button type="button" onClick={() => void run()} disabled={props.disabled || busy} title={t.library.exportCsvHint}>
      {t.library.exportCsv}
    </button>
  );
}
