/**
 * Issue 13, point 10: `glaneur serve` stays responsive while another process holds the corpus's
 * write lock. SQLite waits for a lock synchronously, so one change waiting the CLI's 30 s froze
 * every read behind it; under serve a change now gives up after SERVE_BUSY_TIMEOUT_MS with
 * CORPUS_BUSY, and reads, which never wait for the lock (WAL), are answered meanwhile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCorpus } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { cliPath, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const file = join(dir.path, 'corpus.sqlite');
let serve: ChildProcess;
let holder: ChildProcess;
let origin = '';
let token = '';
let mentionId = 0;

function lines(child: ChildProcess, match: RegExp): Promise<RegExpExecArray> {
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

async function call(method: string, body: unknown): Promise<{ ms: number; result: unknown }> {
  const started = performance.now();
  const response = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-glaneur-token': token }, body: JSON.stringify(body) });
  return { ms: performance.now() - started, result: (await response.json()) as unknown };
}

beforeAll(async () => {
  const db = await openCorpus(file, { create: true });
  const documentId = storeTextDocument(db, 'lettre.pdf', ['La CRESS publie.'], [{ id: 't', type: 'organisation', pattern: /CRESS/u }]);
  mentionId = listMentions(db, { documentId })[0]!.id;
  db.close();
  serve = spawn(process.execPath, [cliPath, 'serve', '--db', file, '--port', String(46_000 + (process.pid % 1000))], { stdio: ['ignore', 'pipe', 'pipe'] });
  const [url] = await lines(serve, /http:\/\/\S+\?token=\S+/u);
  const parsed = new URL(url);
  origin = parsed.origin;
  token = parsed.searchParams.get('token') ?? '';
  // Another program (a CLI import, say) takes the write lock and keeps it.
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.exec('BEGIN IMMEDIATE');console.log('locked');setTimeout(()=>{},120000)`;
  holder = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await lines(holder, /locked/u);
}, 60_000);

afterAll(() => {
  holder.kill();
  serve.kill('SIGTERM');
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
