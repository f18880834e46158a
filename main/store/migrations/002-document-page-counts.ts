import type { Database } from 'better-sqlite3';

/**
 * 002 — documents carry how many of their pages came from the text layer and how many from OCR,
 * so the document list (CLI summary, review app) needs no aggregate over pages. Existing
 * documents are filled in from their pages.
 */
export function migration002DocumentPageCounts(db: Database): void {
  db.exec(`
    ALTER TABLE documents ADD COLUMN text_pages INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE documents ADD COLUMN ocr_pages INTEGER NOT NULL DEFAULT 0;
    UPDATE documents SET
      text_pages = (SELECT count(*) FROM pages p WHERE p.document_id = documents.id AND p.source = 'text'),
      ocr_pages = (SELECT count(*) FROM pages p WHERE p.document_id = documents.id AND p.source = 'ocr');
  `);
}
