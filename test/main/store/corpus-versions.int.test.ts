import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathFor, openCorpus } from '../../../main/store/db.js';
import { DatabaseTooNewError, latestVersion, migrate } from '../../../main/store/migrate.js';
import { runCli } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('corpus file versions', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it('refuses a corpus written by a newer Glaneur and leaves the file byte-for-byte untouched', async () => {
    const file = join(dir.path, 'future.sqlite');
    const future = new BetterSqlite3(file);
    migrate(future, file);
    future.pragma(`user_version = ${latestVersion() + 1}`);
    future.close();
    const before = sha(file);

    await expect(openCorpus(file)).rejects.toBeInstanceOf(DatabaseTooNewError);
    const run = await runCli(['export', '--db', file, '--out', join(dir.path, 'out.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/written by a newer Glaneur.*left untouched/su);
    const importRun = await runCli(['import', join(dir.path, 'nothing.pdf'), '--db', file]);
    expect(importRun.code).toBe(2);

    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('migrates an older corpus after writing a backup copy beside it', async () => {
    const file = join(dir.path, 'old.sqlite');
    const old = new BetterSqlite3(file);
    migrate(old, file, 1);
    old.prepare(
      "INSERT INTO documents (sha256, file_name, file_path, file_size, page_count, status, imported_at) VALUES ('abc', 'ancien.pdf', '/x/ancien.pdf', 10, 1, 'imported', '2024-01-01')",
    ).run();
    old.close();

    const db = await openCorpus(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.prepare('SELECT file_name FROM documents').all()).toEqual([{ file_name: 'ancien.pdf' }]);
    db.close();

    const backup = new BetterSqlite3(backupPathFor(file, 1), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT file_name FROM documents').all()).toEqual([{ file_name: 'ancien.pdf' }]);
    backup.close();
  });

  it('creates a new corpus at the latest version, with WAL and foreign keys on', async () => {
    const db = await openCorpus(join(dir.path, 'new.sqlite'), { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
