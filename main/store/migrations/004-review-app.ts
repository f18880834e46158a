import type { Database } from 'better-sqlite3';

/**
 * 004 — what the review app needs in the corpus itself:
 *  - `document_files`: the original PDF of each imported document, so a corpus file copied to
 *    another machine can still show its pages (the path it was imported from may not exist there);
 *  - `audit.batch`: the changes made by one bulk action share a batch number, so one undo takes
 *    them all back.
 */
export function migration004ReviewApp(db: Database): void {
  db.exec(`
    CREATE TABLE document_files (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      media_type TEXT NOT NULL,
      bytes BLOB NOT NULL
    ) STRICT;
    ALTER TABLE audit ADD COLUMN batch INTEGER;
    CREATE INDEX audit_batch ON audit(batch) WHERE batch IS NOT NULL;
  `);
}
