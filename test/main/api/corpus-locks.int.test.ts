/**
 * Session 20: `glaneur serve` died in the middle of an e2e run, right after a CLI import into its
 * corpus from another process, with nothing on stderr. The corpus watch (corpus-identity.ts) read
 * the wal-index and the corpus file by opening and closing them, and closing any descriptor of a
 * file releases every POSIX lock the process holds on it: SQLite's own locks were gone. The other
 * program then took itself for the corpus's only user: it truncated the wal-index the server had
 * mapped (SIGBUS for a server reading it at that moment) and, closing, deleted the server's log
 * and index, so that what the server wrote next was invisible to every other program.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { watchCorpusFile } from '../../../main/api/corpus-identity.js';
import { openCorpus } from '../../../main/store/db.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

const inode = (path: string): number | null => statSync(path, { throwIfNoEntry: false })?.ino ?? null;

/** Another program's write: a row of `temoin`, then its connection closed; answers the rows it saw. */
function otherProgram(file: string, sql: string): number {
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.pragma('busy_timeout = 5000');d.exec(${JSON.stringify(sql)});process.stdout.write(String(d.prepare('SELECT count(*) AS n FROM temoin').get().n));d.close()`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout);
}

it('keeps the connection’s locks while it watches: another program’s write and close leave its log and index alone, and sees what it writes next', async () => {
  const file = join(dir.path, 'verrous.sqlite');
  const db = await openCorpus(file, { create: true });
  storeTextDocument(db, 'lettre.pdf', ['Le collectif Ortalune publie.'.repeat(200)], []);
  db.exec('CREATE TABLE temoin (n INTEGER)');
  const watch = watchCorpusFile(db);
  // The watch looks as `serve` does every two seconds, before and after a checkpoint of its own
  // (the corpus file's bytes then change, and are read).
  expect(watch.replaced()).toBe(false);
  db.pragma('wal_checkpoint(PASSIVE)');
  storeTextDocument(db, 'suite.pdf', ['La cooperative Vintrelle compte.'.repeat(300)], []);
  expect(watch.replaced()).toBe(false);
  const wal = inode(`${file}-wal`);
  const shm = inode(`${file}-shm`);

  expect(otherProgram(file, 'INSERT INTO temoin VALUES (1)')).toBe(1);
  // A program that closes while this connection is open neither checkpoints nor deletes the log.
  expect(inode(`${file}-wal`)).toBe(wal);
  expect(inode(`${file}-shm`)).toBe(shm);

  // What this connection writes next goes to the log every other program reads.
  db.prepare('INSERT INTO temoin VALUES (2)').run();
  expect(otherProgram(file, 'SELECT 1')).toBe(2);
  expect(watch.replaced()).toBe(false);
  db.close();
  watch.close();
  watch.close(); // once only: the second does nothing
  expect(otherProgram(file, 'SELECT 1')).toBe(2);
});
