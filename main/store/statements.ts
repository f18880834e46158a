import type { Database, Statement } from 'better-sqlite3';

const cache = new WeakMap<Database, Map<string, Statement>>();

/** Prepares `sql` once per connection (better-sqlite3 statements are bound to their db). */
export function prepared<Params extends unknown[] | object = unknown[], Row = unknown>(db: Database, sql: string): Statement<Params, Row> {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement as unknown as Statement<Params, Row>;
}

export function nowIso(): string {
  return new Date().toISOString();
}
