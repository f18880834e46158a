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

const DECIDED = new Set(['accepted', 'edited']);
const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();
/** The same thing read on two twin pages: same type, and the same value or the same words (an edited value). */
const sameReading = (a: MentionRecord, b: MentionRecord): boolean => a.type === b.type && ((a.value === b.value && (a.unit ?? '') === (b.unit ?? '')) || flat(a.text) === flat(b.text));

/** Where `text` reads in a page, whitespace-insensitively; null when it does not. */
function locate(pageText: string, text: string): { start: number; end: number } | null {
  const words = flat(text).split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const match = new RegExp(words.join('\\s+'), 'u').exec(pageText);
  return match === null ? null : { start: match.index, end: match.index + match[0].length };
}

/**
 * The mentions of a work: those of each chosen page, with the decisions a person took on a twin
 * page carried over (a figure accepted on the scan counts as accepted on the text layer), and a
 * mention a person added or decided on a twin with no counterpart on the chosen page placed on it
 * by its text (kept where it was when the text is not found). Rejected mentions never count.
 */
function workMentions(db: Db, documents: readonly DocumentRecord[], pages: readonly WorkPage[]): MentionRecord[] {
  const byDocument = new Map(documents.map((document) => [document.id, listMentions(db, { documentId: document.id })]));
  const result: MentionRecord[] = [];
  for (const page of pages) {
    const own = (byDocument.get(page.documentId) ?? []).filter((mention) => mention.page === page.number);
    const twins = documents.filter((document) => document.id !== page.documentId).flatMap((document) => (byDocument.get(document.id) ?? []).filter((mention) => mention.page === page.number));
    const used = new Set<MentionRecord>();
    for (const mention of own) {
      const twin = mention.status === 'pending' ? twins.find((other) => !used.has(other) && other.status !== 'pending' && sameReading(other, mention)) : undefined;
      if (twin !== undefined) used.add(twin);
      const status = twin?.status ?? mention.status;
      if (status !== 'rejected') result.push(twin === undefined ? mention : { ...mention, status, value: twin.value, unit: twin.unit, entity: twin.entity ?? mention.entity });
    }
    for (const twin of twins) {
      if (used.has(twin) || !(DECIDED.has(twin.status) || twin.origin === 'user') || own.some((mention) => sameReading(mention, twin))) continue;
      const place = locate(page.text, twin.text);
      result.push(place === null ? twin : { ...twin, ...place, documentId: page.documentId });
    }
  }
  return result;
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
    const mentions = workMentions(db, members.map((member) => member.document), pages);
    mentions.sort((a, b) => a.page - b.page || a.start - b.start || a.end - b.end);
    yield { primary: primary.document, documents: members.map((member) => member.document), pages, mentions };
  }
}
