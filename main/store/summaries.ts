/**
 * The library's rows: each document with its mentions counted by status, in one query, so the
 * list of 1 000 documents costs one round trip.
 */
import type { Db } from './db.js';
import { listDocuments, type DocumentRecord } from './documents.js';
import { prepared } from './statements.js';

export interface MentionCounts {
  readonly pending: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly edited: number;
}

export interface DocumentSummary extends DocumentRecord {
  readonly mentions: MentionCounts;
  /**
   * The PTCE the document is about, as far as its mentions tell: the organisation mention most
   * often named in it that is a PTCE (`PTCE …`, `pôle territorial de coopération économique …`),
   * rejected mentions excluded. Null when it names none.
   */
  readonly ptce: string | null;
}

const NONE: MentionCounts = { pending: 0, accepted: 0, rejected: 0, edited: 0 };

const COUNTS = `SELECT document_id,
            sum(status = 'pending') AS pending, sum(status = 'accepted') AS accepted,
            sum(status = 'rejected') AS rejected, sum(status = 'edited') AS edited
       FROM mentions`;

/** Each document's mentions counted by status: the whole corpus's, or one document's (through its index). */
export function mentionCounts(db: Db, documentId?: number): Map<number, MentionCounts> {
  const rows =
    documentId === undefined
      ? prepared<[], MentionCounts & { document_id: number }>(db, `${COUNTS} GROUP BY document_id`).all()
      : prepared<[number], MentionCounts & { document_id: number }>(db, `${COUNTS} WHERE document_id = ? GROUP BY document_id`).all(documentId);
  return new Map(rows.map((row) => [row.document_id, { pending: row.pending, accepted: row.accepted, rejected: row.rejected, edited: row.edited }]));
}

const PTCE = (oneDocument: boolean): string => `SELECT document_id, value FROM (
       SELECT document_id, value, count(*) AS uses,
              row_number() OVER (PARTITION BY document_id ORDER BY count(*) DESC, min(page), value) AS rank
         FROM mentions
        WHERE ${oneDocument ? 'document_id = ? AND ' : ''}type = 'organisation' AND status <> 'rejected'
          AND (value LIKE '%PTCE%' OR lower(value) LIKE '%pôle territorial de coopération%' OR lower(value) LIKE '%pole territorial de cooperation%')
        GROUP BY document_id, value)
      WHERE rank = 1`;

/** Each document's PTCE (see DocumentSummary.ptce): the whole corpus's, or one document's. */
export function ptceNames(db: Db, documentId?: number): Map<number, string> {
  const rows =
    documentId === undefined
      ? prepared<[], { document_id: number; value: string }>(db, PTCE(false)).all()
      : prepared<[number], { document_id: number; value: string }>(db, PTCE(true)).all(documentId);
  return new Map(rows.map((row) => [row.document_id, row.value]));
}

/** Every document with its counts and PTCE from these maps. */
export function documentsWith(db: Db, counts: ReadonlyMap<number, MentionCounts>, ptces: ReadonlyMap<number, string>): DocumentSummary[] {
  return listDocuments(db).map((document) => ({ ...document, mentions: counts.get(document.id) ?? NONE, ptce: ptces.get(document.id) ?? null }));
}

export function listDocumentSummaries(db: Db): DocumentSummary[] {
  return documentsWith(db, mentionCounts(db), ptceNames(db));
}

/** A number that changes whenever another process (a CLI import) or this one writes the corpus. */
export function corpusVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}
