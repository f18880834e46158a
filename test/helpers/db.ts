/** Test helpers for SQLite, Signal-Desktop style: a fresh db, migrated to any version. */
import BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../../main/store/db.js';
import { migrate } from '../../main/store/migrate.js';

/** An in-memory database with foreign keys on, migrated up to `version` (default: latest). */
export function openTestDb(version?: number): Db {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  if (version !== undefined) migrate(db, ':memory:', version);
  else migrate(db, ':memory:');
  return db;
}

/** Every row of a table, ordered by rowid. */
export function tableRows(db: Db, table: string): unknown[] {
  return db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
}
