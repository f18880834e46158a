/**
 * Document metadata a person can trust and correct: title, date, PTCE and genre, inferred from
 * the text (main/corpus/metadata.ts, the indicator PTCE reader) and stored in
 * `document_metadata`; a field a person sets is listed in `edited` and never re-inferred. Each
 * correction writes an audit row.
 */
import { inferGenre, inferTitle, type Box } from '../corpus/metadata.js';
import { PtceReader, UNKNOWN_PTCE } from '../export/indicators-ptce.js';
import { InvalidArgumentError, NotFoundError } from '../errors.js';
import { writeAudit } from './audit.js';
import type { Db } from './db.js';
import { getDocument, listDocuments, type DocumentRecord } from './documents.js';
import { listMentions } from './mentions.js';
import { listPageTexts } from './page-texts.js';
import { nowIso, prepared } from './statements.js';

export const METADATA_FIELDS = ['title', 'documentDate', 'ptce', 'genre'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Where a document's date comes from: set by a person, read in its text, or read in its file's name. */
export const DOCUMENT_DATE_ORIGINS = ['person', 'text', 'file-name'] as const;
export type DocumentDateOrigin = (typeof DOCUMENT_DATE_ORIGINS)[number];

export interface DocumentMetadata {
  readonly documentId: number;
  readonly title: string | null;
  readonly documentDate: string | null;
  /** Where `documentDate` comes from (null when there is none). */
  readonly documentDateOrigin: DocumentDateOrigin | null;
  readonly ptce: string | null;
  readonly genre: string | null;
  /** Fields a person set (kept as they are by re-inference). */
  readonly edited: readonly MetadataField[];
}

interface MetadataRow {
  document_id: number;
  title: string | null;
  document_date: string | null;
  ptce: string | null;
  genre: string | null;
  edited: string;
}

const COLUMN: Readonly<Record<MetadataField, keyof MetadataRow>> = { title: 'title', documentDate: 'document_date', ptce: 'ptce', genre: 'genre' };

/** `document` is the row's document as its caller already read it (where its date was read comes from it). */
function toMetadata(row: MetadataRow, document: DocumentRecord | undefined): DocumentMetadata {
  const edited = row.edited === '' ? [] : (row.edited.split(',') as MetadataField[]);
  const fromFileName = document?.documentDateFromFileName === true;
  const documentDateOrigin = row.document_date === null ? null : edited.includes('documentDate') ? 'person' : fromFileName ? 'file-name' : 'text';
  return { documentId: row.document_id, title: row.title, documentDate: row.document_date, documentDateOrigin, ptce: row.ptce, genre: row.genre, edited };
}

/** What the text says of a document (its stored date is the extractors' reading). */
function infer(db: Db, documentId: number, document: DocumentRecord | undefined): Omit<DocumentMetadata, 'edited' | 'documentId' | 'documentDateOrigin'> {
  const pages = listPageTexts(db, documentId);
  const first = prepared<[number], { id: number; width: number; height: number }>(db, 'SELECT id, width, height FROM pages WHERE document_id = ? AND number = 1').get(documentId);
  const words = first === undefined ? [] : prepared<[number], Box>(db, 'SELECT text, x0, y0, x1, y1 FROM words WHERE page_id = ? ORDER BY position').all(first.id);
  const page = { text: pages[0]?.text ?? '', words, width: first?.width ?? 595, height: first?.height ?? 842 };
  const title = inferTitle(page) ?? document?.title ?? null;
  const organisations = listMentions(db, { documentId, types: ['organisation'], statuses: ['pending', 'accepted', 'edited'] }).map((mention) => ({
    page: mention.page,
    start: mention.start,
    end: mention.end,
    name: mention.entity ?? mention.value,
  }));
  const ptce = new PtceReader(new Map(pages.map((p) => [p.number, p.text])), organisations).own;
  return { title, documentDate: document?.documentDate ?? null, ptce: ptce === UNKNOWN_PTCE ? null : ptce, genre: inferGenre(page, title) };
}

function readRow(db: Db, documentId: number): MetadataRow | undefined {
  return prepared<[number], MetadataRow>(db, 'SELECT document_id, title, document_date, ptce, genre, edited FROM document_metadata WHERE document_id = ?').get(documentId);
}

/** Infers (or re-infers) the metadata of a document, keeping the fields a person set. */
export function refreshDocumentMetadata(db: Db, documentId: number): DocumentMetadata {
  const document = getDocument(db, documentId);
  const inferred = infer(db, documentId, document);
  const existing = readRow(db, documentId);
  const edited = new Set(existing === undefined || existing.edited === '' ? [] : existing.edited.split(','));
  const value = (field: MetadataField): string | null => (edited.has(field) && existing !== undefined ? (existing[COLUMN[field]] as string | null) : inferred[field]);
  const merged: MetadataRow = { document_id: documentId, title: value('title'), document_date: value('documentDate'), ptce: value('ptce'), genre: value('genre'), edited: [...edited].join(',') };
  // A corpus opened read-only (exported from a read-only disk) gets its metadata inferred, not stored.
  if (db.readonly) return toMetadata(merged, document);
  prepared(
    db,
    `INSERT INTO document_metadata (document_id, title, document_date, ptce, genre, edited, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(document_id) DO UPDATE SET title = excluded.title, document_date = excluded.document_date, ptce = excluded.ptce, genre = excluded.genre, updated_at = excluded.updated_at`,
  ).run(documentId, merged.title, merged.document_date, merged.ptce, merged.genre, merged.edited, nowIso());
  const row = readRow(db, documentId);
  if (row === undefined) throw new NotFoundError(`document ${documentId}`);
  return toMetadata(row, document);
}

/**
 * The date a person set for a document (YYYY, YYYY-MM or YYYY-MM-DD), or null when nobody set one
 * (or a person cleared it): re-extraction reads the document's relative dates and dates without a
 * year against it, instead of the date the extractors would infer from the text.
 */
export function personSetDocumentDate(db: Db, documentId: number): string | null {
  const row = readRow(db, documentId);
  if (row === undefined || !row.edited.split(',').includes('documentDate')) return null;
  return row.document_date;
}

/** The metadata of a document, inferring it the first time. */
export function getDocumentMetadata(db: Db, documentId: number): DocumentMetadata {
  const document = getDocument(db, documentId);
  if (document?.status !== 'imported') throw new NotFoundError(`imported document ${documentId}`);
  const row = readRow(db, documentId);
  return row === undefined ? refreshDocumentMetadata(db, documentId) : toMetadata(row, document);
}

/** Metadata of every imported document, by id (inferring what is missing). */
export function allDocumentMetadata(db: Db): Map<number, DocumentMetadata> {
  return new Map(listDocuments(db).filter((document) => document.status === 'imported').map((document) => [document.id, getDocumentMetadata(db, document.id)]));
}

/**
 * A person's correction: the fields given are set and marked edited; one audit row. A null
 * `documentDate` forgets the date a person set: it is inferred again (refreshDocumentMetadata, once
 * the document has been read again).
 */
export function updateDocumentMetadata(db: Db, actor: string, documentId: number, changes: Partial<Record<MetadataField, string | null | undefined>>): DocumentMetadata {
  return db
    .transaction(() => {
      const before = getDocumentMetadata(db, documentId);
      const fields = METADATA_FIELDS.filter((field) => changes[field] !== undefined);
      if (fields.length === 0) throw new InvalidArgumentError('changes must name at least one field');
      if (changes.documentDate !== undefined && changes.documentDate !== null && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(changes.documentDate)) {
        throw new InvalidArgumentError(`documentDate ${JSON.stringify(changes.documentDate)}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      const edited = new Set([...before.edited, ...fields]);
      // A date cleared is a date forgotten: the document's date is read from its text again.
      if (changes.documentDate === null) edited.delete('documentDate');
      for (const field of fields) prepared(db, `UPDATE document_metadata SET ${COLUMN[field]} = ? WHERE document_id = ?`).run(changes[field] ?? null, documentId);
      prepared(db, 'UPDATE document_metadata SET edited = ?, updated_at = ? WHERE document_id = ?').run([...edited].join(','), nowIso(), documentId);
      const after = getDocumentMetadata(db, documentId);
      writeAudit(db, { actor, action: 'metadata', mentionId: null, documentId, before, after });
      return after;
    })
    .immediate();
}
