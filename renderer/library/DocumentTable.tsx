/**
 * The documents, one row each, virtualised (@tanstack/react-virtual: only the rows on screen are
 * in the DOM, so 1 000 documents scroll smoothly). Sortable by any column (header buttons),
 * keyboard: ↑/↓ move, Entrée opens, → opens the list of a document's other versions (focus on its
 * first link), ← closes it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentGroup, DocumentSummary } from '../../main/api/contract.js';
import { navigate } from '../app/App.js';
import { TechnicalDetail } from '../app/TechnicalDetail.js';
import { documentName, shownName } from '../app/shown.js';
import { formatDateFr, importErrorText, t, warningText } from '../i18n/fr.js';
import { COLUMNS, type ColumnId, type LibraryView } from './columns.js';
import { VersionsButton, versionsHeight, VersionsList } from './Versions.js';

const ROW_HEIGHT = 52;

interface Versions {
  readonly group: DocumentGroup | undefined;
  readonly expanded: boolean;
  readonly onToggle: () => void;
}

/** The core's message of a failed document without the file name it repeats. */
function bareMessage(document: DocumentSummary): string {
  const message = document.errorMessage ?? '';
  return message.startsWith(`${document.fileName}: `) ? message.slice(document.fileName.length + 2) : message;
}

/** A failed document's technical detail: its code, then the core's message without the file name it repeats. */
function failureDetail(document: DocumentSummary): string | null {
  if (document.errorCode === null) return document.errorMessage;
  const bare = bareMessage(document);
  return bare === '' ? document.errorCode : `${document.errorCode} — ${bare}`;
}

function Cells({ document, versions }: { document: DocumentSummary; versions: Versions }) {
  const failed = document.status === 'failed';
  const decided = document.mentions.accepted + document.mentions.edited;
  return (
    <>
      <div role="cell" className="col-title">
        {failed ? <span className="badge failed">{t.library.failedBadge}</span> : null}
        {failed ? (
          <span className="title-text">{documentName(document)}</span>
        ) : (
          <a className="title-text" href={`#/document/${document.id}`} aria-label={t.library.open(document.title ?? document.fileName)} onClick={(event) => event.stopPropagation()}>
            {documentName(document)}
          </a>
        )}
        {versions.group !== undefined ? <VersionsButton document={document} group={versions.group} expanded={versions.expanded} onToggle={versions.onToggle} /> : null}
      </div>
      <div role="cell" className="col-file" title={shownName(document.filePath)}>
        {shownName(document.fileName)}
      </div>
      <div role="cell" className="col-date">
        {formatDateFr(document.documentDate)}
        {document.documentDateInferred ? <span className="muted"> {document.documentDateFromFileName ? t.library.dateFromFileName : t.library.dateInferred}</span> : null}
      </div>
      <div role="cell" className="col-ptce">
        {document.ptce ?? '—'}
      </div>
      <div role="cell" className="col-pages">
        {failed ? '—' : `${document.pageCount} (${document.textPages} / ${document.ocrPages})`}
      </div>
      <div role="cell" className="col-mentions">
        {failed ? '—' : t.library.mentionsCell(document.mentions.pending, decided, document.mentions.rejected)}
      </div>
      <div role="cell" className="col-status">
        {failed ? (
          <span className="error-text">
            {importErrorText(document.errorCode, bareMessage(document))}
            <TechnicalDetail detail={failureDetail(document)} />
          </span>
        ) : document.mentions.pending > 0 ? (
          t.library.toReview
        ) : (
          '✓'
        )}
        {document.warnings.length > 0 ? (
          // A disclosure, not a tooltip: the warnings are read by keyboard and touch too.
          <details className="badge warning warning-list" onClick={(event) => event.stopPropagation()}>
            <summary>{t.library.warnings(document.warnings.length)}</summary>
            <ul className="tech-text">
              {document.warnings.map((warning, index) => (
                <li key={index}>{warningText(warning)}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </>
  );
}

export interface DocumentTableProps {
  readonly documents: readonly DocumentSummary[];
  readonly total: number;
  readonly view: LibraryView;
  readonly onSort: (column: ColumnId) => void;
  /** Each grouped document's group (useGroups). */
  readonly groups: ReadonlyMap<number, DocumentGroup>;
  /** Every document of the corpus by id, shown or filtered out (a version may be either). */
  readonly byId: ReadonlyMap<number, DocumentSummary>;
}

export function DocumentTable(props: DocumentTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState<number | null>(null);
  const focusVersions = useRef(false);
  const rowHeight = (document: DocumentSummary | undefined): number => {
    const group = document === undefined ? undefined : props.groups.get(document.id);
    return document !== undefined && document.id === expanded && group !== undefined ? ROW_HEIGHT + versionsHeight(group.members.length) : ROW_HEIGHT;
  };
  const virtualizer = useVirtualizer({ count: props.documents.length, getScrollElement: () => scroller.current, estimateSize: (index) => rowHeight(props.documents[index]), overscan: 10 });
  useEffect(() => {
    virtualizer.measure();
    if (!focusVersions.current || expanded === null) return;
    focusVersions.current = false;
    scroller.current?.querySelector<HTMLElement>(`#versions-${expanded} a`)?.focus();
  }, [expanded, virtualizer]);
  const toggle = (document: DocumentSummary, open: boolean, focus: boolean): void => {
    if (open && !props.groups.has(document.id)) return;
    focusVersions.current = focus && open;
    setExpanded(open ? document.id : null);
  };
  const open = (document: DocumentSummary | undefined): void => {
    if (document !== undefined && document.status === 'imported') navigate({ screen: 'review', documentId: document.id });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys pressed on a link or button inside a row are theirs (Entrée follows that link).
    if (event.target !== event.currentTarget) {
      if (event.key === 'Escape' || event.key === 'ArrowLeft') {
        setExpanded(null);
        scroller.current?.focus();
      }
      return;
    }
    const current = props.documents[active];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.max(0, Math.min(props.documents.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
      setActive(next);
      virtualizer.scrollToIndex(next);
    } else if (event.key === 'Enter') {
      open(current);
    } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && current !== undefined) {
      event.preventDefault();
      toggle(current, event.key === 'ArrowRight', true);
    }
  };
  return (
    <>
      <div role="table" aria-label={t.library.title} aria-rowcount={props.documents.length + 1} className="doc-table">
        <div role="rowgroup">
          <div role="row" className="doc-row doc-head">
            {COLUMNS.map((column) => (
              <div role="columnheader" key={column.id} className={`col-${column.id}`} aria-sort={props.view.sort === column.id ? (props.view.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" onClick={() => props.onSort(column.id)} aria-label={t.library.sortBy(column.label)}>
                  {column.label}
                  {props.view.sort === column.id ? (props.view.descending ? ' ▾' : ' ▴') : ''}
                </button>
              </div>
            ))}
          </div>
        </div>
        <div
          ref={scroller}
          role="rowgroup"
          className="doc-body"
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-describedby="library-keys"
          aria-activedescendant={props.documents[active] ? `doc-${props.documents[active].id}` : undefined}
        >
          {props.documents.length === 0 ? <p className="empty">{props.total === 0 ? t.library.empty : '—'}</p> : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const document = props.documents[item.index];
              if (document === undefined) return null;
              const group = props.groups.get(document.id);
              const opened = group !== undefined && expanded === document.id;
              return (
                <div
                  role="row"
                  id={`doc-${document.id}`}
                  key={document.id}
                  aria-rowindex={item.index + 2}
                  aria-label={documentName(document)}
                  aria-selected={item.index === active}
                  className={`doc-row ${document.status} ${item.index === active ? 'active' : ''} ${opened ? 'expanded' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
                  onClick={() => {
                    setActive(item.index);
                    open(document);
                  }}
                >
                  <Cells document={document} versions={{ group, expanded: opened, onToggle: () => toggle(document, !opened, false) }} />
                  {opened ? (
                    // A row holds only cells: the list is one more cell, across the whole row.
                    <div role="cell" className="versions-cell">
                      <VersionsList document={document} group={group} byId={props.byId} />
                    </div>
                  ) : null}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p id="library-keys" className="keys-hint muted">
        {t.library.keysHint}
      </p>
    </>
  );
}
