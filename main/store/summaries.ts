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

export function listDocumentSummaries(db: Db): DocumentSummary[] {
  const counts = new Map<number, MentionCounts>();
  for (const row of prepared<[], { document_id: number; pending: number; accepted: number; rejected: number; edited: number }>(
    db,
    `SELECT document_id,
            sum(status = 'pending') AS pending, sum(status = 'accepted') AS accepted,
            sum(status = 'rejected') AS rejected, sum(status = 'edited') AS edited
       FROM mentions GROUP BY document_id`,
  ).all()) {
    counts.set(row.document_id, { pending: row.pending, accepted: row.accepted, rejected: row.rejected, edited: row.edited });
  }
  const ptces = new Map<number, string>();
  for (const row of prepared<[], { document_id: number; value: string }>(
    db,
    `SELECT document_id, value FROM (
       SELECT document_id, value, count(*) AS uses,
              row_number() OVER (PARTITION BY document_id ORDER BY count(*) DESC, min(page), value) AS rank
         FROM mentions
        WHERE type = 'organisation' AND status <> 'rejected'
          AND (value LIKE '%PTCE%' OR lower(value) LIKE '%pôle territorial de coopération%' OR lower(value) LIKE '%pole territorial de cooperation%')
        GROUP BY document_id, value)
      WHERE rank = 1`,
  ).all()) {
    ptces.set(row.document_id, row.value);
  }
  return listDocuments(db).map((document) => ({ ...document, mentions: counts.get(document.id) ?? NONE, ptce: ptces.get(document.id) ?? null }));
}

/** A number that changes whenever another process (a CLI import) or this one writes the corpus. */
export function corpusVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}
