/**
 * Issue 13, point 10: `glaneur serve` stays responsive while another process holds the corpus's
 * write lock. SQLite waits for a lock synchronously, so one change waiting the CLI's 30 s froze
 * every read behind it; under serve a change now gives up after SERVE_BUSY_TIMEOUT_MS with
 * CORPUS_BUSY, and reads, which never wait for the lock (WAL), are answered meanwhile.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCorpus } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';
import { callApi, holdWriteLock, startServe, type LockHolder, type Served } from '../../helpers/locked-serve.js';

const dir = tempDir();
const file = join(dir.path, 'corpus.sqlite');
let served: Served;
let holder: LockHolder;
let mentionId = 0;

const call = (method: string, body: unknown) => callApi(served, method, body);

beforeAll(async () => {
  const db = await openCorpus(file, { create: true });
  const documentId = storeTextDocument(db, 'lettre.pdf', ['La CRESS publie.'], [{ id: 't', type: 'organisation', pattern: /CRESS/u }]);
  mentionId = listMentions(db, { documentId })[0]!.id;
  db.close();
  served = await startServe(file, 46_000 + (process.pid % 1000));
  // Another program (a CLI import, say) takes the write lock and keeps it.
  holder = await holdWriteLock(file);
}, 60_000);

afterAll(() => {
  holder.kill();
  served.child.kill('SIGTERM');
  dir.cleanup();
});

it('answers reads while a change waits for the lock, and the change gives up with CORPUS_BUSY instead of freezing the server', async () => {
  const change = call('acceptMention', { mentionId });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const read = await call('listDocuments', {});
  expect(read.result).toMatchObject({ ok: true, value: [{ fileName: 'lettre.pdf' }] });
  const changed = await change;
  expect(changed.result).toMatchObject({ ok: false, error: { code: 'CORPUS_BUSY' } });
  // Before: 30 s for both (the CLI's busy timeout, waited synchronously). The bounds are wide on purpose.
  expect(changed.ms).toBeLessThan(10_000);
  expect(read.ms).toBeLessThan(10_000);
}, 60_000);
