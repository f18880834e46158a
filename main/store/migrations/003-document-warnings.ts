import type { Database } from 'better-sqlite3';

/**
 * 003 — an imported document carries the warnings its import raised (a scanned page OCR found
 * no text in, a very low OCR confidence, a page read turned upright…), as a JSON array of
 * `{page, code, message}`: always read and written whole with its document, never queried by
 * field. Documents imported before have none.
 */
export function migration003DocumentWarnings(db: Database): void {
  db.exec(`ALTER TABLE documents ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings));`);
}
