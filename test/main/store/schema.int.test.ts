import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { schemaSql } from '../../../main/store/schema-dump.js';
import { openTestDb } from '../../helpers/db.js';
import { repoRoot } from '../../helpers/fixtures.js';

it('main/store/schema.sql is exactly what the migrations build (regenerate with scripts/dump-schema.ts)', () => {
  const expected = readFileSync(join(repoRoot, 'main', 'store', 'schema.sql'), 'utf8');
  expect(schemaSql(openTestDb())).toBe(expected);
});
