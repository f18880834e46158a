import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../main/store/db.js';
import { runCli } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/fixtures.js';

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Writes to `file` in rollback-journal mode and is killed mid-transaction, as a crash would:
 * the database keeps a hot `-journal` holding the pages as they were.
 */
function crashMidWrite(file: string): void {
  const script = `
    const Database = require(${JSON.stringify(driver)});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('journal_mode = DELETE');
    db.pragma('cache_size = 10'); // pages reach the file (and the journal its header) before the crash
    db.exec('BEGIN IMMEDIATE');
    db.exec("UPDATE documents SET file_name = 'half-written.pdf'");
    db.exec('CREATE TABLE filler(x); INSERT INTO filler SELECT randomblob(4000) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 2000) SELECT i FROM c)');
    process.kill(process.pid, 'SIGKILL');`;
  const run = spawnSync(process.execPath, ['-e', script]);
  expect(run.signal).toBe('SIGKILL');
  expect(existsSync(`${file}-journal`)).toBe(true);
}

/**
 * Issue 13, round 2 leftover: a corpus left with a hot journal by a crash could be neither exported
 * nor imported into, and the message blamed permissions ("read-only … attempt to write a readonly
 * database"): Glaneur opens it read-only first, and only a writer can roll a journal back.
 */
describe('a corpus with a hot journal', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  async function corpusWithOneDocument(): Promise<string> {
    const file = join(dir.path, 'corpus.sqlite');
    const db = await openCorpus(file, { create: true });
    db.prepare("INSERT INTO documents (sha256, file_name, file_path, file_size, status, imported_at) VALUES ('abc', 'lettre.pdf', '/tmp/lettre.pdf', 10, 'imported', '2026-01-01')").run();
    db.close();
    return file;
  }

  it('is rolled back to its last committed state when opened, even for reading only, and exports', async () => {
    const file = await corpusWithOneDocument();
    crashMidWrite(file);

    const db = await openCorpus(file, { readOnly: true });
    try {
      expect(db.prepare('SELECT file_name FROM documents').all()).toEqual([{ file_name: 'lettre.pdf' }]);
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'filler'").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    expect(existsSync(`${file}-journal`)).toBe(false);
  });

  it('exports through the CLI after a crash (before: exit 2, "read-only")', async () => {
    const file = await corpusWithOneDocument();
    crashMidWrite(file);
    const run = await runCli(['export', '--db', file, '--out', join(dir.path, 'mentions.csv')]);
    expect(run.stderr).not.toMatch(/read-only/u);
    expect(run.code).toBe(0);
  });

  it('leaves a database that is not a corpus untouched, saying why in one line', async () => {
    const file = join(dir.path, 'autre.sqlite');
    const other = new BetterSqlite3(file);
    other.exec("CREATE TABLE documents (file_name TEXT); INSERT INTO documents VALUES ('x')");
    other.close();
    crashMidWrite(file);
    const before = [sha(file), sha(`${file}-journal`)];
    await expect(openCorpus(file, { readOnly: true })).rejects.toMatchObject({ code: 'CORPUS_UNREADABLE', message: expect.stringMatching(/a write to it was interrupted \(a crash left .*-journal\).*left untouched/u) as unknown });
    expect([sha(file), sha(`${file}-journal`)]).toEqual(before);
  });
});
