import type { Database } from 'better-sqlite3';
import { CodedError } from '../errors.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/** The corpus file was written by a newer Glaneur; opening it could lose data, so it is refused. */
export class DatabaseTooNewError extends CodedError {
  readonly code = 'DB_TOO_NEW' as const;
  constructor(
    readonly fileVersion: number,
    readonly codeVersion: number,
    file: string,
  ) {
    super(
      `${file}: this corpus was written by a newer Glaneur (schema version ${fileVersion}; this Glaneur knows up to ${codeVersion}). ` +
        'Update Glaneur to open it; the file was left untouched.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws when the steps are not strictly increasing: a programming error caught by any test. */
function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous !== undefined && migration.version <= previous.version) {
      throw new Error(`migration ${migration.name} (${migration.version}) does not follow version ${previous.version}`);
    }
  });
}

/**
 * Runs every pending migration up to `target`, each in its own transaction together with its
 * `user_version` write, so a crash leaves the file at a whole version.
 */
export function migrate(db: Database, file: string, target: number = latestVersion(), migrations: readonly Migration[] = MIGRATIONS): void {
  assertOrdered(migrations);
  const current = schemaVersion(db);
  const known = latestVersion(migrations);
  if (current > known) throw new DatabaseTooNewError(current, known, file);
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      // Another process may have migrated while we waited for the write lock: re-read inside it.
      if (schemaVersion(db) >= migration.version) return;
      migration.update(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
