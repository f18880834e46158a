/**
 * Regenerates `main/store/schema.sql`: the full schema after every migration, for review.
 * Never edit schema.sql by hand; a test fails when it differs from what the migrations build.
 */
import { writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { migrate } from '../main/store/migrate.js';
import { schemaSql } from '../main/store/schema-dump.js';

const db = new BetterSqlite3(':memory:');
migrate(db, ':memory:');
writeFileSync(new URL('../main/store/schema.sql', import.meta.url), schemaSql(db));
db.close();
