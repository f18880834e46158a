/**
 * Review 13, items 6 and 15: a corpus file replaced while the app or `serve` has it open.
 * - The import runner wrote through the raw connection: a document stored after the file was
 *   replaced went into the log the new file would use. Every write now goes through a retry that
 *   first checks the file (`guardedRetry`), and the import stops with CORPUS_UNREADABLE.
 * - The old log's identity was its inode: a backup's `-wal` copied over it with `cp` keeps the
 *   inode, and emptying "our" log then dropped the backup's changes. The log's salts are now
 *   compared with the ones the connection's wal-index holds.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, renameSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { guardedRetry, logMatchesIndex, watchCorpusFile } from '../../../main/api/corpus-identity.js';
import type { ApiEvent } from '../../../main/api/events.js';
import { createImportRunner } from '../../../main/api/imports.js';
import { firstBytes } from '../../../main/export/output-fs.js';
import { callOnce } from '../../../main/store/busy-retry.js';
import { openCorpus, type Db } from '../../../main/store/db.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

/**
 * The first bytes of the log and of the wal-index at `file`'s names. Read by name, as a person's
 * `cp` would see them (in this one process, nothing else holds the corpus's locks to lose).
 */
const logMatchesIndexAt = (file: string): boolean => logMatchesIndex(firstBytes(`${file}-wal`, 32), firstBytes(`${file}-shm`, 48));

const documentsIn = (db: Db): number => (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;

/** Imports the dev corpus's first PDF through a runner whose writes are guarded; `beforeImport` runs once the runner exists. */
async function importGuarded(name: string, beforeImport: (file: string) => void): Promise<{ db: Db; file: string; events: ApiEvent[] }> {
  const file = join(dir.path, `${name}.sqlite`);
  const db = await openCorpus(file, { create: true });
  const watch = watchCorpusFile(db);
  const events: ApiEvent[] = [];
  const imports = createImportRunner(db, { emit: (event) => events.push(event), jobs: 1, busyRetry: guardedRetry(callOnce, watch, file) });
  beforeImport(file);
  await imports.start({ paths: [devFile('000.pdf')] });
  await imports.idle();
  await imports.close();
  return { db, file, events };
}

it('imports through the guarded writes while the corpus file is the one opened', async () => {
  const { db, events } = await importGuarded('garde-ok', () => undefined);
  try {
    expect(documentsIn(db)).toBe(1);
    expect(events.find((event) => event.type === 'import-finished')).toMatchObject({ imported: 1, failed: 0 });
  } finally {
    db.close();
  }
});

it('refuses the import’s writes once another file was moved to the corpus’s name, and stops', async () => {
  const other = join(dir.path, 'garde-autre.sqlite');
  (await openCorpus(other, { create: true })).close();
  const { db, file, events } = await importGuarded('garde-remplace', (path) => renameSync(other, path));
  try {
    expect(documentsIn(db)).toBe(0);
    expect(events.find((event) => event.type === 'import-finished')).toMatchObject({ imported: 0 });
  } finally {
    db.close();
  }
  const fresh = new BetterSqlite3(file, { readonly: true });
  try {
    expect(fresh.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(documentsIn(fresh as unknown as Db)).toBe(0);
  } finally {
    fresh.close();
  }
});

/**
 * A backup whose three rows of `temoin` are still in its log (its writer killed before any
 * checkpoint), a log longer than the corpus's own (1 MB of ballast): a shorter one made the
 * checkpoint fail on a short read, which hid the loss.
 */
function backupWithLog(backup: string): void {
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(backup)});d.pragma('journal_mode = WAL');d.pragma('wal_autocheckpoint = 0');d.exec('CREATE TABLE lest (b BLOB); CREATE TABLE temoin (n INTEGER)');for(let i=0;i<250;i+=1)d.prepare('INSERT INTO lest VALUES (randomblob(4000))').run();for(let i=1;i<=3;i+=1)d.prepare('INSERT INTO temoin VALUES (?)').run(i);process.kill(process.pid,'SIGKILL')`;
  spawnSync(process.execPath, ['-e', script], { stdio: 'ignore' });
}

it('leaves a backup’s log copied over the old one (same inode) untouched', async () => {
  const file = join(dir.path, 'copie.sqlite');
  const backup = join(dir.path, 'copie-sauvegarde.sqlite');
  const db = await openCorpus(file, { create: true });
  db.pragma('wal_autocheckpoint = 0');
  storeTextDocument(db, 'lettre.pdf', ['Le collectif Ortalune publie.'.repeat(200)], []);
  const watch = watchCorpusFile(db);
  expect(logMatchesIndexAt(file)).toBe(true);
  backupWithLog(backup);
  renameSync(backup, file);
  copyFileSync(`${backup}-wal`, `${file}-wal`); // written into the old log's inode
  expect(logMatchesIndexAt(file)).toBe(false);
  expect(watch.replaced()).toBe(true);
  db.close();
  const fresh = new BetterSqlite3(file);
  try {
    expect(fresh.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((fresh.prepare('SELECT count(*) AS n FROM temoin').get() as { n: number }).n).toBe(3);
  } finally {
    fresh.close();
  }
});

it('still empties the old log when the backup came without one', async () => {
  const file = join(dir.path, 'seul.sqlite');
  const other = join(dir.path, 'seul-autre.sqlite');
  const db = await openCorpus(file, { create: true });
  db.pragma('wal_autocheckpoint = 0');
  storeTextDocument(db, 'lettre.pdf', ['Le collectif Ortalune publie.'.repeat(200)], []);
  const watch = watchCorpusFile(db);
  (await openCorpus(other, { create: true })).close();
  renameSync(other, file);
  expect(watch.replaced()).toBe(true);
  expect(spawnSync('stat', ['-c', '%s', `${file}-wal`], { encoding: 'utf8' }).stdout.trim()).toBe('0');
  db.close();
});

/**
 * Round 8: a backup copied over the open corpus in place (`cp backup.sqlite corpus.sqlite` keeps
 * the inode) was not seen: the connection's log, full of the old corpus's pages, was checkpointed
 * into the restored file on the next write or at close — "database disk image is malformed".
 */
it('sees a backup copied over the corpus in place, writes nothing into it, and leaves it whole', async () => {
  const file = join(dir.path, 'en-place.sqlite');
  const backup = join(dir.path, 'en-place-sauvegarde.sqlite');
  const db = await openCorpus(file, { create: true });
  storeTextDocument(db, 'premiere.pdf', ['Le collectif Ortalune publie.'.repeat(200)], []);
  db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(file, backup); // one document, its log empty
  const watch = watchCorpusFile(db);
  for (let index = 0; index < 5; index += 1) storeTextDocument(db, `suite-${index}.pdf`, ['La cooperative Vintrelle compte.'.repeat(300)], []);
  expect(watch.replaced()).toBe(false); // its own writes and checkpoints are not a replacement
  db.pragma('wal_checkpoint(PASSIVE)');
  storeTextDocument(db, 'derniere.pdf', ['Le pole Sarmandine recrute.'.repeat(300)], []);
  expect(watch.replaced()).toBe(false);
  utimesSync(file, new Date(), new Date(Date.now() + 5000)); // touched, not written: no overwrite
  expect(watch.replaced()).toBe(false);
  copyFileSync(backup, file); // written into the open corpus's inode
  expect(watch.replaced()).toBe(true);
  await expect(guardedRetry(callOnce, watch, file)(() => 1)).rejects.toThrow(/overwritten in place/u);
  db.close();
  const fresh = new BetterSqlite3(file, { readonly: true });
  try {
    expect(fresh.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(documentsIn(fresh as unknown as Db)).toBe(1);
  } finally {
    fresh.close();
  }
});
