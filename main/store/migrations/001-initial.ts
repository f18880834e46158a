import type { Database } from 'better-sqlite3';

/**
 * 001 — the initial corpus schema: documents (one per distinct file content), their pages and
 * OCR words, mentions found by rules or added by people, entities that group mentions of one
 * person or organisation, and the audit log of every human change.
 */
export function migration001Initial(db: Database): void {
  db.exec(`
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      sha256 TEXT UNIQUE,
      file_name TEXT NOT NULL,
      file_path TEXT NOT NULL,
      file_size INTEGER NOT NULL,
      title TEXT,
      kind TEXT CHECK (kind IN ('text', 'scan', 'mixed')),
      document_date TEXT,
      document_date_inferred INTEGER NOT NULL DEFAULT 0 CHECK (document_date_inferred IN (0, 1)),
      page_count INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL CHECK (status IN ('imported', 'failed')),
      error_code TEXT,
      error_message TEXT,
      imported_at TEXT NOT NULL,
      import_seconds REAL
    ) STRICT;

    CREATE TABLE pages (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      text TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('text', 'ocr')),
      ocr_confidence REAL,
      width REAL NOT NULL,
      height REAL NOT NULL,
      UNIQUE (document_id, number)
    ) STRICT;

    CREATE TABLE words (
      id INTEGER PRIMARY KEY,
      page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      text TEXT NOT NULL,
      confidence REAL NOT NULL,
      x0 REAL NOT NULL,
      y0 REAL NOT NULL,
      x1 REAL NOT NULL,
      y1 REAL NOT NULL
    ) STRICT;
    CREATE INDEX words_page ON words(page_id, position);

    CREATE TABLE entities (
      id INTEGER PRIMARY KEY,
      type TEXT NOT NULL,
      canonical TEXT NOT NULL,
      key TEXT NOT NULL,
      UNIQUE (type, key)
    ) STRICT;

    CREATE TABLE entity_aliases (
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      PRIMARY KEY (entity_id, alias)
    ) STRICT;

    CREATE TABLE mentions (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      page INTEGER NOT NULL CHECK (page >= 1),
      type TEXT NOT NULL,
      start INTEGER NOT NULL CHECK (start >= 0),
      end INTEGER NOT NULL CHECK (end >= start),
      text TEXT NOT NULL,
      value TEXT NOT NULL,
      unit TEXT,
      confidence REAL NOT NULL,
      rule TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('text', 'ocr')),
      inferred TEXT NOT NULL DEFAULT '',
      context TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'edited')),
      origin TEXT NOT NULL DEFAULT 'rule' CHECK (origin IN ('rule', 'user')),
      entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX mentions_document ON mentions(document_id, page, start);
    CREATE INDEX mentions_entity ON mentions(entity_id);

    CREATE TABLE audit (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      mention_id INTEGER,
      document_id INTEGER,
      before TEXT,
      after TEXT,
      undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
    ) STRICT;
    CREATE INDEX audit_mention ON audit(mention_id);
  `);
}
