import type { Db } from './db.js';
import { prepared } from './statements.js';

export type DocumentStatus = 'imported' | 'failed';
export type DocumentKind = 'text' | 'scan' | 'mixed';

/** Why an imported document deserves a look: its text may be incomplete or wrong. */
export type DocumentWarningCode =
  /** A page needed OCR, shows an image, and OCR found no text in it. */
  | 'OCR_NO_TEXT'
  /** A page's mean OCR confidence is very low: its text and mentions are unreliable. */
  | 'OCR_LOW_CONFIDENCE'
  /** A page was scanned sideways or upside down; it was read upright. */
  | 'PAGE_TURNED'
  /** A page's text drawn invisibly (or white, or transparent) says what the page does not show; its OCR text is used. */
  | 'TEXT_LAYER_MISMATCH'
  /** A page draws text outside its box (an inverted or negative MediaBox, a CropBox away from the text): left out, as a viewer shows the page. */
  | 'TEXT_OFF_PAGE'
  /** A page's text layer is drawn right to left, its letters in reverse order: the page was read by OCR. */
  | 'TEXT_LAYER_BACKWARDS'
  /** Pages the file's page tree does not lead to (a cycle, a missing node): left out, the others imported. */
  | 'PAGES_UNREACHABLE'
  /** pdf.js could not read all of a page's content (e.g. an operator word past 128 bytes) and dropped the rest: its text may be incomplete. */
  | 'PAGE_CONTENT_DAMAGED';

/** One warning on an imported document; `page` is null for the whole document. */
export interface DocumentWarning {
  /** The page it concerns; the first of `pages` when it concerns several. */
  readonly page: number | null;
  /** Every page it concerns, in order, when one warning stands for several pages (absent for one page or none). */
  readonly pages?: readonly number[];
  readonly code: DocumentWarningCode;
  /** One line for a person, naming the page or pages. */
  readonly message: string;
}

/** A document row as the API and the exports see it. */
export interface DocumentRecord {
  readonly id: number;
  readonly sha256: string | null;
  readonly fileName: string;
  readonly filePath: string;
  readonly fileSize: number;
  readonly title: string | null;
  readonly kind: DocumentKind | null;
  readonly documentDate: string | null;
  readonly documentDateInferred: boolean;
  /** The date was read from the file's name because the text gives none (`CR-2024-03-12.pdf`). */
  readonly documentDateFromFileName: boolean;
  readonly pageCount: number;
  readonly textPages: number;
  readonly ocrPages: number;
  readonly status: DocumentStatus;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly importedAt: string;
  readonly importSeconds: number | null;
  /** What the import noticed and the user should check (empty for a clean import or a failure). */
  readonly warnings: readonly DocumentWarning[];
}

interface DocumentRow {
  id: number;
  sha256: string | null;
  file_name: string;
  file_path: string;
  file_size: number;
  title: string | null;
  kind: DocumentKind | null;
  document_date: string | null;
  document_date_inferred: number;
  document_date_from_file_name: number;
  page_count: number;
  text_pages: number;
  ocr_pages: number;
  status: DocumentStatus;
  error_code: string | null;
  error_message: string | null;
  imported_at: string;
  import_seconds: number | null;
  warnings: string;
}

function parseWarnings(json: string): DocumentWarning[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as DocumentWarning[]) : [];
  } catch {
    return [];
  }
}

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    filePath: row.file_path,
    fileSize: row.file_size,
    title: row.title,
    kind: row.kind,
    documentDate: row.document_date,
    documentDateInferred: row.document_date_inferred === 1,
    documentDateFromFileName: row.document_date_from_file_name === 1,
    pageCount: row.page_count,
    textPages: row.text_pages,
    ocrPages: row.ocr_pages,
    status: row.status,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    importedAt: row.imported_at,
    importSeconds: row.import_seconds,
    warnings: parseWarnings(row.warnings),
  };
}

export function listDocuments(db: Db): DocumentRecord[] {
  return prepared<[], DocumentRow>(db, 'SELECT * FROM documents ORDER BY file_name, id').all().map(toRecord);
}

export function getDocument(db: Db, id: number): DocumentRecord | undefined {
  const row = prepared<[number], DocumentRow>(db, 'SELECT * FROM documents WHERE id = ?').get(id);
  return row === undefined ? undefined : toRecord(row);
}

export function findDocumentBySha(db: Db, sha256: string): DocumentRecord | undefined {
  const row = prepared<[string], DocumentRow>(db, 'SELECT * FROM documents WHERE sha256 = ?').get(sha256);
  return row === undefined ? undefined : toRecord(row);
}

/**
 * The document already imported with this content, if any; otherwise removes the row of an
 * earlier failed attempt, so the new attempt (success or failure) takes its place. Call inside
 * the caller's write transaction.
 */
export function importedOrClearFailed(db: Db, sha256: string): DocumentRecord | undefined {
  const existing = findDocumentBySha(db, sha256);
  if (existing?.status === 'imported') return existing;
  if (existing !== undefined) prepared(db, 'DELETE FROM documents WHERE id = ?').run(existing.id);
  return undefined;
}

/** What is recorded when a file cannot be imported. */
export interface FailedImport {
  readonly sha256: string | null;
  readonly fileName: string;
  readonly filePath: string;
  readonly fileSize: number;
  readonly errorCode: string;
  readonly errorMessage: string;
  readonly importedAt: string;
}

/**
 * Records a failed import so the user can see it in the corpus. A file that failed before keeps
 * one row (its latest error); a file that imported fine is never overwritten by a failure.
 */
export function recordFailedImport(db: Db, failure: FailedImport): void {
  db.transaction(() => {
    if (failure.sha256 !== null) {
      if (importedOrClearFailed(db, failure.sha256) !== undefined) return;
    } else {
      prepared(db, "DELETE FROM documents WHERE sha256 IS NULL AND status = 'failed' AND file_path = ?").run(failure.filePath);
    }
    prepared(
      db,
      `INSERT INTO documents (sha256, file_name, file_path, file_size, status, error_code, error_message, imported_at)
       VALUES (@sha256, @fileName, @filePath, @fileSize, 'failed', @errorCode, @errorMessage, @importedAt)`,
    ).run(failure);
  }).immediate();
}
