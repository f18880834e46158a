/**
 * The original file of each imported document, kept inside the corpus (table `document_files`,
 * migration 004) so its pages can be shown wherever the corpus file goes.
 */
import type { Db } from './db.js';
import { prepared } from './statements.js';

export interface OriginalFile {
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/** Keeps (or replaces) a document's original bytes. */
export function storeOriginal(db: Db, documentId: number, bytes: Uint8Array, mediaType = 'application/pdf'): void {
  prepared(db, 'INSERT INTO document_files (document_id, media_type, bytes) VALUES (?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET media_type = excluded.media_type, bytes = excluded.bytes').run(
    documentId,
    mediaType,
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
}

/** The stored original, or undefined for documents imported before migration 004. */
export function getOriginal(db: Db, documentId: number): OriginalFile | undefined {
  const row = prepared<[number], { media_type: string; bytes: Buffer }>(db, 'SELECT media_type, bytes FROM document_files WHERE document_id = ?').get(documentId);
  return row === undefined ? undefined : { mediaType: row.media_type, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
}
