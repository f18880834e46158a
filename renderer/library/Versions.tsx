/**
 * A document's other versions (issue 16: files that are one document, grouped from their text):
 * the badge in its row (`2 versions`) and, opened, the list of every version, each reachable.
 */
import type { DocumentGroup, DocumentSummary } from '../../main/api/contract.js';
import { shownName } from '../app/shown.js';
import { t } from '../i18n/fr.js';

export function VersionsButton(props: { document: DocumentSummary; group: DocumentGroup; expanded: boolean; onToggle: () => void }) {
  const name = props.document.title ?? props.document.fileName;
  return (
    <button
      type="button"
      className="versions-button"
      aria-expanded={props.expanded}
      aria-controls={`versions-${props.document.id}`}
      aria-label={t.library.versionsOf(name, props.group.members.length)}
      onClick={(event) => {
        event.stopPropagation();
        props.onToggle();
      }}
    >
      {t.library.versions(props.group.members.length)} {props.expanded ? '▾' : '▸'}
    </button>
  );
}

export function VersionsList(props: { document: DocumentSummary; group: DocumentGroup; byId: ReadonlyMap<number, DocumentSummary> }) {
  return (
    <ul id={`versions-${props.document.id}`} className="versions-list" aria-label={t.library.versionsTitle} onClick={(event) => event.stopPropagation()}>
      {props.group.members.map((member) => {
        const version = props.byId.get(member.documentId);
        if (version === undefined) return null;
        const self = version.id === props.document.id;
        return (
          <li key={member.documentId} data-document-id={member.documentId}>
            {self ? (
              <span className="version-file">
                {shownName(version.fileName)} <span className="muted">{t.library.thisVersion}</span>
              </span>
            ) : (
              <a className="version-file" href={`#/document/${version.id}`} aria-label={t.library.open(version.fileName)}>
                {shownName(version.fileName)}
              </a>
            )}
            <span className="muted">
              {' · '}
              {t.library.versionPages(version.textPages, version.ocrPages)}
              {member.documentId === props.group.primaryId ? ` · ${t.library.versionRead}` : ` · ${t.library.versionSimilarity(member.similarity * 100)}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Height of an opened list of `count` versions, in pixels (the virtualised table needs it). */
export function versionsHeight(count: number): number {
  return 14 + count * 24;
}
