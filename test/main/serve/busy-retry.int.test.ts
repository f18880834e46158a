/**
 * Issue 13, round 4: under `glaneur serve`, a change waiting for another process's write lock
 * held up every other request, because SQLite's busy timeout waits synchronously: a read sent
 * meanwhile was answered only once the change gave up (1.5 s). The connection now does not wait;
 * the change is tried again on the event loop until the same deadline, so reads are answered at
 * once, and a change still waiting when the lock is released goes through.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVE_BUSY_TIMEOUT_MS } from '../../../main/cli/commands/serve.js';
import { openCorpus } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';
import { callApi, holdWriteLock, startServe, type Served } from '../../helpers/locked-serve.js';

const dir = tempDir();
const file = join(dir.path, 'corpus.sqlite');
let served: Served;
const mentionIds: number[] = [];

type Result = { ok: boolean; error?: { code: string } };
const call = (method: string, body: unknown) => callApi<Result>(served, method, body);
const holdLock = () => holdWriteLock(file);

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const db = await openCorpus(file, { create: true });
  const documentId = storeTextDocument(db, 'lettre.pdf', ['La CRESS et la MSA publient.'], [
    { id: 't1', type: 'organisation', pattern: /CRESS/u },
    { id: 't2', type: 'organisation', pattern: /MSA/u },
  ]);
  mentionIds.push(...listMentions(db, { documentId }).map((mention) => mention.id));
  db.close();
  served = await startServe(file, 47_000 + (process.pid % 1000));
}, 60_000);

afterAll(() => {
  served.child.kill('SIGTERM');
  dir.cleanup();
});

describe('serve while another process holds the write lock', () => {
  it('answers reads at once while a change waits, and the change then answers CORPUS_BUSY', async () => {
    const lock = await holdLock();
    try {
      const change = call('acceptMention', { mentionId: mentionIds[0] });
      await pause(150);
      const reads = [await call('listDocuments', {}), await call('listMentions', {}), await call('getPage', { documentId: 1, page: 1 })];
      const changed = await change;
      for (const read of reads) {
        expect(read.result.ok).toBe(true);
        // Before: each read waited for the change to give up (about 1.35 s after it was sent).
        expect(read.at).toBeLessThan(changed.at);
        expect(read.ms).toBeLessThan(SERVE_BUSY_TIMEOUT_MS / 3);
      }
      expect(changed.result).toMatchObject({ ok: false, error: { code: 'CORPUS_BUSY' } });
      expect(changed.ms).toBeGreaterThanOrEqual(SERVE_BUSY_TIMEOUT_MS - 50);
      expect(changed.ms).toBeLessThan(SERVE_BUSY_TIMEOUT_MS + 3_000);
    } finally {
      await lock.release();
    }
  }, 60_000);

  it('lets a change still waiting when the lock is released go through, once', async () => {
    const lock = await holdLock();
    const change = call('rejectMention', { mentionId: mentionIds[1] });
    await pause(400);
    await lock.release();
    const changed = await change;
    expect(changed.result).toMatchObject({ ok: true, value: { id: mentionIds[1], status: 'rejected' } });
    const audit = await call('listAudit', { mentionId: mentionIds[1] });
    expect(audit.result).toMatchObject({ ok: true, value: [{ action: 'reject' }] });
    expect((audit.result as unknown as { value: unknown[] }).value).toHaveLength(1);
  }, 60_000);
});
