/**
 * Opening a corpus only to read it (a merge source): never written, never migrated in place. A
 * corpus from an older Glaneur is copied to a temporary file and the copy is migrated; one from
 * a newer Glaneur is refused.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CorpusNotFoundError, openCorpus, type Db } from './db.js';
import { DatabaseTooNewError, latestVersion, schemaVersion } from './migrate.js';

export interface ReadOnlyCorpus {
  readonly db: Db;
  close(): void;
}

export async function openCorpusToRead(file: string): Promise<ReadOnlyCorpus> {
  if (!existsSync(file)) throw new CorpusNotFoundError(file);
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  const version = schemaVersion(db);
  if (version > latestVersion()) {
    db.close();
    throw new DatabaseTooNewError(version, latestVersion(), file);
  }
  if (version === latestVersion()) return { db, close: () => db.close() };
  const dir = mkdtempSync(join(tmpdir(), 'glaneur-merge-'));
  const copy = join(dir, 'source.sqlite');
  await db.backup(copy);
  db.close();
  const migrated = await openCorpus(copy);
  return {
    db: migrated,
    close: () => {
      migrated.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
