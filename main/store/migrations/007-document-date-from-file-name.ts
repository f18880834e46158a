import type { Database } from 'better-sqlite3';

/**
 * 007 — a document remembers when its date was read from its file's name (`CR-2024-03-12.pdf`)
 * because its text gives none (extractors/fr/file-name-date.ts), so the review can say where the
 * date comes from and a person can check it. 0 for every document stored before this step.
 */
export function migration007DocumentDateFromFileName(db: Database): void {
  db.exec(`ALTER TABLE documents ADD COLUMN document_date_from_file_name INTEGER NOT NULL DEFAULT 0 CHECK (document_date_from_file_name IN (0, 1))`);
}
