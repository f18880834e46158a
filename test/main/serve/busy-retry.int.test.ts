/**
 * Issue 13, round 4: under `glaneur serve`, a change waiting for another process's write lock
 * held up every other request, because SQLite's busy timeout waits synchronously: a read sent
 * meanwhile was answered only once the change gave up (1.5 s). The connection now does not wait;
 * the change is tried again on the event loop until the same deadline, so reads are answered at
 * once, and a change still waiting when the lock is released goes through.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVE_BUSY_TIMEOUT_MS } from '../../../main/cli/commands/serve.js';
import { openCorpus } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { cliPath, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const file = join(dir.path, 'corpus.sqlite');
let serve: ChildProcess;
let origin = '';
let token = '';
const mentionIds: number[] = [];

function waitFor(child: ChildProcess, match: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      const found = match.exec(seen);
      if (found !== null) resolve(found);
    });
    child.on('close', (code) => reject(new Error(`exited (${code}) before printing ${String(match)}: ${seen}`)));
  });
}

interface Answer {
  readonly ms: number;
  readonly at: number;
  readonly result: { ok: boolean; error?: { code: string } };
}

async function call(method: string, body: unknown): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-glaneur-token': token }, body: JSON.stringify(body) });
  const result = (await response.json()) as Answer['result'];
  return { ms: performance.now() - started, at: performance.now(), result };
}

/** Another program taking the write lock (a CLI import, say): released when told on stdin. */
async function holdLock(): Promise<{ release: () => Promise<void> }> {
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.exec('BEGIN IMMEDIATE');console.log('locked');process.stdin.once('data',()=>{d.exec('COMMIT');d.close();console.log('released')})`;
  const holder = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await waitFor(holder, /locked/u);
  return {
    release: async () => {
      const released = waitFor(holder, /released/u);
      holder.stdin?.end('go\n');
      await released;
    },
  };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const db = await openCorpus(file, { create: true });
  const documentId = storeTextDocument(db, 'lettre.pdf', ['La CRESS et la MSA publient.'], [
    { id: 't1', type: 'organisation', pattern: /CRESS/u },
    { id: 't2', type: 'organisation', pattern: /MSA/u },
  ]);
  mentionIds.push(...listMentions(db, { documentId }).map((mention) => mention.id));
  db.close();
  serve = spawn(process.execPath, [cliPath, 'serve', '--db', file, '--port', String(47_000 + (process.pid % 1000))], { stdio: ['ignore', 'pipe', 'pipe'] });
  const [url] = await waitFor(serve, /http:\/\/\S+\?token=\S+/u);
  const parsed = new URL(url);
  origin = parsed.origin;
  token = parsed.searchParams.get('token') ?? '';
}, 60_000);

afterAll(() => {
  serve.kill('SIGTERM');
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
