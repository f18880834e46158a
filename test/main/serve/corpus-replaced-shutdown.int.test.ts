/**
 * Issue 13, round 7: a corpus file replaced while `glaneur serve` ran (a backup moved over it)
 * kept the old connection's write-ahead log at `corpus.sqlite-wal`, the name SQLite looks for
 * next to the new file. Whoever opened the new file next — an export after `serve` was stopped,
 * or while it ran — had the old corpus's pages applied over the backup. Once the replacement is
 * seen, the old log is now checkpointed into the old file and emptied; a backup that came with
 * its own log keeps it (SQLite does not remove a log by name when its file has moved).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openCorpus } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';
import { callApi, startServe, type Served } from '../../helpers/locked-serve.js';

const dir = tempDir();
let port = 49_000 + (process.pid % 500);

afterAll(() => dir.cleanup());

/** A served corpus with one decision made through the app (its pages in the log), and a backup beside it. */
async function servedWithDecision(name: string, backupLog: boolean): Promise<{ file: string; backup: string; served: Served }> {
  const file = join(dir.path, `${name}.sqlite`);
  const backup = join(dir.path, `${name}-sauvegarde.sqlite`);
  const db = await openCorpus(file, { create: true });
  const documentId = storeTextDocument(db, 'lettre.pdf', ['Le collectif Ambrelune et la CRESS publient.'.repeat(200)], [{ id: 't', type: 'organisation', pattern: /CRESS/u }]);
  const mentionId = listMentions(db, { documentId })[0]!.id;
  db.close();
  (await openCorpus(backup, { create: true })).close();
  // The backup's own changes: three rows of `temoin`, checkpointed into it or (a copy of a corpus in use) still in its log.
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(backup)});d.pragma('wal_autocheckpoint = 0');d.exec('CREATE TABLE temoin (n INTEGER)');for(let i=1;i<=3;i+=1)d.prepare('INSERT INTO temoin VALUES (?)').run(i);${backupLog ? "process.kill(process.pid,'SIGKILL')" : 'd.close()'}`;
  spawnSync(process.execPath, ['-e', script], { stdio: 'ignore' });
  port += 1;
  const served = await startServe(file, port);
  expect((await callApi(served, 'acceptMention', { mentionId })).result).toMatchObject({ ok: true });
  return { file, backup, served };
}

/** Stops `serve` as Ctrl-C does; resolves with its exit code. */
function stop(served: Served): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => served.child.once('close', resolve));
  served.child.kill('SIGINT');
  return exited;
}

/** The backup's rows as read now at `file` by a new connection, after an integrity check. */
function rowsAt(file: string): number {
  const db = new BetterSqlite3(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT count(*) AS n FROM temoin').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

it('does not let the old corpus’s log be applied to a backup moved over it, once stopped', async () => {
  const { file, backup, served } = await servedWithDecision('arret', false);
  renameSync(backup, file);
  expect(await stop(served)).toBe(0);
  expect(rowsAt(file)).toBe(3);
}, 60_000);

it('does not let it be applied either to a backup opened while serve still runs, once a call saw it', async () => {
  const { file, backup, served } = await servedWithDecision('ouvert', false);
  renameSync(backup, file);
  expect((await callApi(served, 'listDocuments', {})).result).toMatchObject({ ok: false, error: { code: 'CORPUS_UNREADABLE' } });
  try {
    expect(rowsAt(file)).toBe(3);
  } finally {
    await stop(served);
  }
}, 60_000);

it('leaves a backup moved over it with its own -wal and -shm its committed changes', async () => {
  const { file, backup, served } = await servedWithDecision('journal', true);
  for (const suffix of ['-wal', '-shm', '']) renameSync(`${backup}${suffix}`, `${file}${suffix}`);
  expect(await stop(served)).toBe(0);
  expect(rowsAt(file)).toBe(3);
}, 60_000);

/**
 * Round 8: a backup copied over the served corpus in place (`cp`, same inode) was not seen, and
 * the old log's pages were checkpointed into it at the next write or when `serve` stopped.
 */
it('refuses calls once a backup was copied over the corpus in place, and stops without writing into it', async () => {
  const { file, backup, served } = await servedWithDecision('en-place', false);
  copyFileSync(backup, file);
  const refused = await callApi<{ ok: boolean; error: { code: string; message: string } }>(served, 'listDocuments', {});
  expect(refused.result).toMatchObject({ ok: false, error: { code: 'CORPUS_UNREADABLE' } });
  expect(JSON.stringify(refused.result)).toMatch(/overwritten in place/u);
  expect(await stop(served)).toBe(0);
  expect(rowsAt(file)).toBe(3);
}, 60_000);
