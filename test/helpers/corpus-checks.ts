/** Checks that a corpus file is whole: what every safety test asserts after a fault. */
import BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';

export interface CorpusState {
  readonly imported: string[];
  readonly failed: { fileName: string; errorCode: string | null; errorMessage: string | null }[];
}

/**
 * Opens the file (read-only), asserts `PRAGMA integrity_check` is ok, foreign keys hold, and every
 * imported document is whole (all its pages stored, numbered 1..n, mentions on existing pages).
 */
export function expectWholeCorpus(file: string): CorpusState {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // A fault between the file's creation (or its application id's stamp) and the first migration's commit leaves
    // a database with no schema yet: SQLite rolled the migration back, nothing was stored, and the next open
    // migrates it (`corpusIdentity` reads it as empty or as ours). That is a whole, empty corpus.
    if (schemaNotYetWritten(db)) return { imported: [], failed: [] };
    const documents = db
      .prepare<[], { id: number; file_name: string; status: string; page_count: number; pages: number; max_page: number | null; error_code: string | null; error_message: string | null }>(
        `SELECT d.id, d.file_name, d.status, d.page_count, d.error_code, d.error_message,
                (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS pages,
                (SELECT max(number) FROM pages p WHERE p.document_id = d.id) AS max_page
           FROM documents d ORDER BY d.file_name`,
      )
      .all();
    for (const document of documents) {
      if (document.status === 'imported') {
        expect(document.pages, `${document.file_name}: all pages stored`).toBe(document.page_count);
        expect(document.max_page, `${document.file_name}: pages numbered 1..n`).toBe(document.page_count);
      } else {
        expect(document.pages, `${document.file_name}: a failed document has no pages`).toBe(0);
      }
    }
    const strayMentions = db
      .prepare('SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.document_id = m.document_id AND p.number = m.page)')
      .get() as { n: number };
    expect(strayMentions.n).toBe(0);
    return {
      imported: documents.filter((document) => document.status === 'imported').map((document) => document.file_name),
      failed: documents
        .filter((document) => document.status === 'failed')
        .map((document) => ({ fileName: document.file_name, errorCode: document.error_code, errorMessage: document.error_message })),
    };
  } finally {
    db.close();
  }
}

/** No table at all and `user_version` 0: the state a fault before the first migration's commit leaves. */
function schemaNotYetWritten(db: BetterSqlite3.Database): boolean {
  const tables = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master").get()?.n ?? 0;
  return tables === 0 && (db.pragma('user_version', { simple: true }) as number) === 0;
}
