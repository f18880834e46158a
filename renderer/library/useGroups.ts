/**
 * The groups of files that are one document (issue 16: an exported PDF and its scan, a re-saved
 * copy, a later version), by document id. Asked again only when the imported documents change
 * (which ones, and what decides a group's first member): main recomputes the groups on each call,
 * in a write transaction whose cost grows with the corpus, and the library reloads often during
 * an import and is opened again after every document reviewed. The last answer is kept for the
 * session, so coming back to the library does not ask again.
 */
import { useEffect, useMemo, useState } from 'react';
import type { DocumentGroup, DocumentSummary } from '../../main/api/contract.js';
import { getApi } from '../api/client.js';

/** The last groups main gave, and the documents they were computed for. */
let lastAnswer: { readonly imported: string; readonly groups: readonly DocumentGroup[] } | undefined;

export function useGroups(documents: readonly DocumentSummary[] | null): ReadonlyMap<number, DocumentGroup> {
  const [groups, setGroups] = useState<readonly DocumentGroup[]>(() => lastAnswer?.groups ?? []);
  const imported = useMemo(
    () =>
      (documents ?? [])
        .filter((document) => document.status === 'imported')
        // What orders a group's members (preferredFirst, main/store/document-groups.ts) is part of the key.
        .map((document) => `${document.id}:${document.textPages}:${document.ocrPages}:${document.documentDate ?? ''}`)
        .join(','),
    [documents],
  );
  useEffect(() => {
    if (imported === '') return;
    if (lastAnswer?.imported === imported) {
      setGroups(lastAnswer.groups);
      return;
    }
    let live = true;
    // A failure (the corpus busy with a CLI import) leaves the groups as they were: the next
    // change asks again, and the library works without them.
    void getApi()
      .listDocumentGroups({})
      .then((result) => {
        if (!result.ok) return;
        lastAnswer = { imported, groups: result.value };
        if (live) setGroups(result.value);
      });
    return () => {
      live = false;
    };
  }, [imported]);
  return useMemo(() => new Map(groups.flatMap((group) => group.members.map((member) => [member.documentId, group] as const))), [groups]);
}
