/**
 * What a corpus file stored for one imported document, read straight from SQLite (read-only): its
 * warnings as stored and its pages' text in order. The ingest tests check what reached the disk,
 * not what the CLI printed.
 */
import BetterSqlite3 from 'better-sqlite3';

export interface StoredDocument {
  readonly warnings: { page: number | null; pages?: number[]; code: string; message: string }[];
  readonly texts: string[];
}

/** The stored warnings and page texts of the document imported from `fileName` into the corpus at `corpusPath`. */
export function storedDocument(corpusPath: string, fileName: string): StoredDocument {
  const sqlite = new BetterSqlite3(corpusPath, { readonly: true });
  try {
    const row = sqlite.prepare<[string], { id: number; warnings: string }>('SELECT id, warnings FROM documents WHERE file_name = ?').get(fileName);
    if (row === undefined) throw new Error(`${fileName} was not stored`);
    const texts = sqlite.prepare<[number], { text: string }>('SELECT text FROM pages WHERE document_id = ? ORDER BY number').all(row.id).map((page) => page.text);
    return { warnings: JSON.parse(row.warnings) as StoredDocument['warnings'], texts };
  } finally {
    sqlite.close();
  }
}
