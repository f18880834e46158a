/**
 * The groups of files that are one document (issue 16: an exported PDF and its scan, a re-saved
 * copy, a later version), by document id. Asked again only when the set of imported documents
 * changes: main recomputes the groups on each call, and the library reloads often during an import.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DocumentGroup, DocumentSummary } from '../../main/api/contract.js';
import { getApi } from '../api/client.js';

export function useGroups(documents: readonly DocumentSummary[] | null): ReadonlyMap<number, DocumentGroup> {
  const [groups, setGroups] = useState<readonly DocumentGroup[]>([]);
  const imported = useMemo(
    () =>
      (documents ?? [])
        .filter((document) => document.status === 'imported')
        .map((document) => document.id)
        .join(','),
    [documents],
  );
  useEffect(() => {
    if (imported === '') return;
    let live = true;
    // A failure (the corpus busy with a CLI import) leaves the groups as they were: the next
    // change asks again, and the library works without them.
    void getApi()
      .listDocumentGroups({})
      .then((result) => live && result.ok && setGroups(result.value));
    return () => {
      live = false;
    };
  }, [imported]);
  return useMemo(() => new Map(groups.flatMap((group) => group.members.map((member) => [member.documentId, group] as const))), [groups]);
}
