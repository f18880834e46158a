import type { Database } from 'better-sqlite3';

/**
 * 005 — corpus intelligence: files that are one document (an exported PDF and its scan, a
 * re-saved copy, a later version) are grouped, from a MinHash signature of their text; each
 * document has metadata inferred from its text (title, date, PTCE, genre) that a person can
 * correct — `edited` lists the fields a person set, which re-inference never overwrites.
 */
export function migration005CorpusIntelligence(db: Database): void {
  db.exec(`
    CREATE TABLE document_signatures (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      minhash BLOB NOT NULL,
      shingle_count INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE document_groups (
      id INTEGER PRIMARY KEY,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE document_group_members (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      group_id INTEGER NOT NULL REFERENCES document_groups(id) ON DELETE CASCADE,
      similarity REAL NOT NULL CHECK (similarity BETWEEN 0 AND 1)
    ) STRICT;
    CREATE INDEX document_group_members_group ON document_group_members(group_id);

    CREATE TABLE document_metadata (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      title TEXT,
      document_date TEXT,
      ptce TEXT,
      genre TEXT,
      edited TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
