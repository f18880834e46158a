/**
 * The unit the derived exports count in: a *work* — one document, or several imported files that
 * are the same document (an exported PDF and its scan, a re-saved copy), grouped by
 * `main/store/document-groups.ts`. A work reads each page from its best source (the text layer
 * over OCR) and carries only that page's mentions, so nothing is counted twice.
 */
import type { Db } from '../store/db.js';
import { groupDocuments, preferredFirst } from '../store/document-groups.js';
import { listDocuments, type DocumentRecord } from '../store/documents.js';
import { listMentions, type MentionRecord, type MentionStatus } from '../store/mentions.js';
import { listPageTexts, type PageText } from '../store/page-texts.js';

/** One page of a work, from the member document it was taken from. */
export interface WorkPage extends PageText {
  readonly fileName: string;
}

export interface Work {
  /** The document the work is named after (its best source). */
  readonly primary: DocumentRecord;
  /** Every imported file of the work, the primary first. */
  readonly documents: readonly DocumentRecord[];
  readonly pages: readonly WorkPage[];
  /** Mentions of the chosen pages that are not rejected. */
  readonly mentions: readonly MentionRecord[];
}

/** Which statuses an export keeps: `accepted` also keeps `edited` (a corrected mention is an accepted one). */
export function statusesFor(status: MentionStatus | 'all' | undefined): readonly MentionStatus[] {
  if (status === undefined || status === 'all') return ['pending', 'accepted', 'edited'];
  if (status === 'accepted') return ['accepted', 'edited'];
  return [status];
}

/** Groups of document ids that are one work; a hook so that grouping stays in the store. */
export type WorkGrouping = (db: Db, documents: readonly DocumentRecord[]) => DocumentRecord[][];

/** Each document its own work (for callers that must not group). */
export const eachAlone: WorkGrouping = (_db, documents) => documents.map((document) => [document]);

/** Ranks sources of one page: a text layer beats OCR; then the higher OCR confidence. */
function betterPage(a: PageText, b: PageText): boolean {
  if (a.source !== b.source) return a.source === 'text';
  return (a.ocrConfidence ?? 0) > (b.ocrConfidence ?? 0);
}

/**
 * Builds the works of the corpus. Pages come from the member whose page is best when the members
 * have the same number of pages; otherwise (a later version) every page comes from the primary.
 */
export function* corpusWorks(db: Db, grouping: WorkGrouping = groupDocuments): Generator<Work> {
  const imported = listDocuments(db).filter((document) => document.status === 'imported');
  for (const group of grouping(db, imported)) {
    const members = group.map((document) => ({ document, pages: listPageTexts(db, document.id) }));
    members.sort((a, b) => preferredFirst(a.document, b.document));
    const primary = members[0];
    if (primary === undefined) continue;
    const aligned = members.every((member) => member.pages.length === primary.pages.length);
    const pages: WorkPage[] = primary.pages.map((page, index) => {
      let best: { page: PageText; fileName: string } = { page, fileName: primary.document.fileName };
      if (aligned) {
        for (const member of members.slice(1)) {
          const other = member.pages[index];
          if (other !== undefined && betterPage(other, best.page)) best = { page: other, fileName: member.document.fileName };
        }
      }
      return { ...best.page, fileName: best.fileName };
    });
    const mentions = members.flatMap(({ document }) => {
      const chosen = new Set(pages.filter((page) => page.documentId === document.id).map((page) => page.number));
      if (chosen.size === 0) return [];
      return listMentions(db, { documentId: document.id, statuses: ['pending', 'accepted', 'edited'] }).filter((mention) => chosen.has(mention.page));
    });
    mentions.sort((a, b) => a.page - b.page || a.start - b.start || a.end - b.end);
    yield { primary: primary.document, documents: members.map((member) => member.document), pages, mentions };
  }
}
