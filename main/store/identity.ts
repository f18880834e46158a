/**
 * Recognising a Glaneur corpus before anything is written to it. A new corpus gets SQLite's
 * `application_id` header field set to {@link GLANEUR_APPLICATION_ID}; a file with another id, or
 * a non-empty database with none that does not hold our tables, is somebody else's data and is
 * refused untouched (it used to be taken over in place: tables added, WAL switched on).
 */
import type { Database } from 'better-sqlite3';

/** "GLNR" in ASCII: the value `PRAGMA application_id` holds in every Glaneur corpus. */
export const GLANEUR_APPLICATION_ID = 0x474c4e52;

/** Tables every Glaneur schema version has had since version 1. */
const CORE_TABLES = ['documents', 'pages', 'mentions', 'audit'] as const;

/**
 * - `glaneur`: stamped with our application id;
 * - `legacy`: made by a Glaneur from before the id existed (user_version ≥ 1 and our tables);
 *   opening it for writing stamps it;
 * - `empty`: no schema at all (a new or 0-byte file): may become a corpus;
 * - `foreign`: anything else.
 */
export type CorpusIdentity = 'glaneur' | 'legacy' | 'empty' | 'foreign';

export function corpusIdentity(db: Database): CorpusIdentity {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === GLANEUR_APPLICATION_ID) return 'glaneur';
  if (applicationId !== 0) return 'foreign';
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  const names = new Set(db.prepare<[], { name: string }>('SELECT name FROM sqlite_master').all().map((row) => row.name));
  if (names.size === 0 && userVersion === 0) return 'empty';
  if (userVersion >= 1 && CORE_TABLES.every((table) => names.has(table))) return 'legacy';
  return 'foreign';
}

/** Writes our application id; call on a connection that may write (idempotent). */
export function stampCorpus(db: Database): void {
  if ((db.pragma('application_id', { simple: true }) as number) !== GLANEUR_APPLICATION_ID) db.pragma(`application_id = ${GLANEUR_APPLICATION_ID}`);
}
