/**
 * Issue 13, round 6: a corpus file replaced while `glaneur serve` ran (a backup restored over it,
 * `mv other.sqlite corpus.sqlite`) was destroyed by the next decision: the open connection kept
 * the old file, but wrote its pages into `corpus.sqlite-wal`, found by name, which SQLite then
 * applied to the new file ("database disk image is malformed"). Every call now first checks that
 * the path still names the file opened, and answers CORPUS_UNREADABLE without writing.
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCorpus } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';
import { callApi, startServe, type Served } from '../../helpers/locked-serve.js';

const dir = tempDir();
const file = join(dir.path, 'corpus.sqlite');
const restored = join(dir.path, 'sauvegarde.sqlite');
let served: Served;
let mentionId = 0;

/** A corpus of one document whose text finds `pattern`. */
async function corpusSaying(path: string, text: string, pattern: RegExp): Promise<number> {
  const db = await openCorpus(path, { create: true });
  try {
    const documentId = storeTextDocument(db, 'lettre.pdf', [text], [{ id: 't', type: 'organisation', pattern }]);
    return listMentions(db, { documentId })[0]!.id;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  mentionId = await corpusSaying(file, 'La CRESS publie.', /CRESS/u);
  // Another corpus, of other pages, to be put in its place.
  await corpusSaying(restored, `${'Le collectif Ambrelune et la MSA publient. '.repeat(400)}`, /MSA/u);
  served = await startServe(file, 48_000 + (process.pid % 1000));
}, 60_000);

afterAll(() => {
  served.child.kill('SIGTERM');
  dir.cleanup();
});

it('refuses a decision once the corpus file has been replaced, and leaves the new file sound', async () => {
  const before = await callApi(served, 'listDocuments', {});
  expect(before.result).toMatchObject({ ok: true });
  renameSync(restored, file);
  const decision = await callApi(served, 'acceptMention', { mentionId });
  expect(decision.result).toMatchObject({ ok: false, error: { code: 'CORPUS_UNREADABLE', message: expect.stringMatching(/replaced, moved or deleted/u) as unknown } });
  const read = await callApi(served, 'listDocuments', {});
  expect(read.result).toMatchObject({ ok: false, error: { code: 'CORPUS_UNREADABLE' } });
  // The corpus now at the path is the one put there, whole, without the old corpus's decision.
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n).toBe(0);
  } finally {
    db.close();
  }
}, 60_000);
