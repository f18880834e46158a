/**
 * The document's date in the review's header, and the dialog that sets it. The date is what the
 * document's days without a year and its relative days are read against: saving it asks main to
 * read the document again (decisions kept), and the review then shows the dates it read.
 */
import { useEffect, useState } from 'react';
import type { DocumentMetadata } from '../../main/api/contract.js';
import { getApi } from '../api/client.js';
import { apiErrorNotice, useNotice } from '../app/notice.js';
import { useApiEvents } from '../app/useEvents.js';
import { formatDateFr, t } from '../i18n/fr.js';
import { readDocumentDate } from './document-date.js';
import { Modal } from './dialogs.js';

export function DocumentDate(props: { documentId: number; onDatesReread: () => Promise<unknown> }) {
  const notify = useNotice();
  const [metadata, setMetadata] = useState<DocumentMetadata | null>(null);
  const [editing, setEditing] = useState(false);
  // Bumped when main has read this document again: a corpus re-extraction can change the date read in the text.
  const [readings, setReadings] = useState(0);
  const { documentId } = props;

  useApiEvents((event) => {
    if (event.type === 'reextract-finished' && event.summaries.some((summary) => summary.documentId === documentId)) setReadings((n) => n + 1);
  });

  useEffect(() => {
    let live = true;
    void getApi()
      .getDocumentMetadata({ documentId })
      .then((result) => {
        if (live && result.ok) setMetadata(result.value);
      });
    return () => {
      live = false;
    };
  }, [documentId, readings]);

  const date = metadata?.documentDate ?? null;
  const origin = metadata?.documentDateOrigin ?? null;

  const save = async (documentDate: string | null): Promise<void> => {
    setEditing(false);
    const result = await getApi().updateDocumentMetadata({ documentId, changes: { documentDate } });
    if (!result.ok) return notify(apiErrorNotice(result.error));
    setMetadata(result.value);
    await props.onDatesReread();
    notify({ kind: 'info', text: documentDate === null ? t.documentDate.cleared : t.documentDate.saved(formatDateFr(documentDate)) });
  };

  // The dialog sits beside the header's line, not inside it: the line does not wrap, the dialog's text must.
  return (
    <>
      <span className="document-date">
        {t.documentDate.label} : <strong>{date === null ? t.documentDate.unknown : formatDateFr(date)}</strong>{' '}
        {origin !== null ? <span className="muted">{t.documentDate.origin[origin]}</span> : null}{' '}
        <button type="button" onClick={() => setEditing(true)} disabled={metadata === null}>
          {t.documentDate.change}
        </button>
      </span>
      {editing ? <DocumentDateDialog initial={date ?? ''} setByPerson={origin === 'person'} onSave={(value) => void save(value)} onClose={() => setEditing(false)} /> : null}
    </>
  );
}

function DocumentDateDialog(props: { initial: string; setByPerson: boolean; onSave: (date: string | null) => void; onClose: () => void }) {
  const [typed, setTyped] = useState(props.initial);
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <Modal title={t.documentDate.title} onClose={props.onClose}>
      <p>{t.documentDate.explain}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const read = readDocumentDate(typed);
          if (read === null) setRefused(typed.trim());
          else props.onSave(read);
        }}
      >
        <label>
          {t.documentDate.field}
          <input value={typed} onChange={(event) => setTyped(event.target.value)} aria-invalid={refused !== null} data-autofocus="" />
        </label>
        {refused !== null ? (
          <p role="alert" className="error-text">
            {t.documentDate.invalid(refused)}
          </p>
        ) : null}
        <div className="modal-buttons">
          <button type="submit" className="primary">
            {t.documentDate.save}
          </button>
          {props.setByPerson ? (
            <button type="button" onClick={() => props.onSave(null)}>
              {t.documentDate.clear}
            </button>
          ) : null}
          <button type="button" onClick={props.onClose}>
            {t.documentDate.cancel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
