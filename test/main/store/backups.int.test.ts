/** A migration backup never writes over an earlier backup (the same class of defect as point 1). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../main/store/db.js';
import { migrate } from '../../../main/store/migrate.js';
import { tempDir } from '../../helpers/fixtures.js';

describe('migration backups', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  it('keeps an existing CORPUS.bak-v1 and writes the new backup beside it', async () => {
    const file = join(dir.path, 'old.sqlite');
    const old = new BetterSqlite3(file);
    migrate(old, file, 1);
    old.close();
    writeFileSync(`${file}.bak-v1`, 'an earlier backup the user kept');

    const db = await openCorpus(file);
    db.close();
    expect(readFileSync(`${file}.bak-v1`, 'utf8')).toBe('an earlier backup the user kept');
    const backup = new BetterSqlite3(`${file}.bak-v1.2`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });
});
