/**
 * Opening a corpus file: refuse one written by a newer Glaneur (before touching it), back up an
 * older one beside it, migrate, and set the pragmas every connection needs.
 */
import { existsSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion } from './migrate.js';

export type Db = Database;

export interface OpenCorpusOptions {
  /** Create the file when it does not exist (import does; export and review do not). */
  readonly create?: boolean;
  /** How long a writer waits for another process's write lock before failing, in ms. */
  readonly busyTimeoutMs?: number;
  /**
   * Path of a better-sqlite3 addon built for another ABI. Electron's main process needs one built
   * against Electron's headers while `npm test` keeps using the Node build.
   */
  readonly nativeBinding?: string | undefined;
}

/** Raised when a command names a corpus that does not exist. */
export class CorpusNotFoundError extends Error {
  constructor(file: string) {
    super(`${file}: no such corpus file (import documents into it first)`);
    this.name = 'CorpusNotFoundError';
  }
}

/** The backup written before migrating a corpus from version `from`. */
export function backupPathFor(file: string, from: number): string {
  return `${file}.bak-v${from}`;
}

function binding(options: OpenCorpusOptions): { nativeBinding?: string } {
  return options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
}

export async function openCorpus(file: string, options: OpenCorpusOptions = {}): Promise<Db> {
  const exists = file !== ':memory:' && existsSync(file);
  if (!exists && file !== ':memory:' && options.create !== true) throw new CorpusNotFoundError(file);
  if (exists) {
    // Read the version without changing anything: switching to WAL would already rewrite the header.
    const probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...binding(options) });
    try {
      const version = schemaVersion(probe);
      if (version > latestVersion()) throw new DatabaseTooNewError(version, latestVersion(), file);
      if (version > 0 && version < latestVersion()) await probe.backup(backupPathFor(file, version));
    } finally {
      probe.close();
    }
  }
  const db = new BetterSqlite3(file, binding(options));
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 30_000}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
