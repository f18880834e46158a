/**
 * `glaneur serve` while CLI imports write into the same corpus from other processes (session 20: in
 * one CI run serve stopped listening right after the e2e's CLI import, silently). The e2e's
 * sequence, without a browser, round after round, under CPU contention:
 * 1. N copies of a PDF (each with distinct bytes) uploaded through /upload, an import started
 *    through the API and cancelled once it has begun, an /events client connected throughout;
 * 2. CLI imports of one new PDF each, in other processes, the API polled meanwhile, each waited
 *    for in serve's library (as the app waits for its row, 20 s);
 * 3. a decision made through serve, then read back by another connection (what serve writes must
 *    reach the log every other program reads).
 * After each round: serve alive and answering, its log and wal-index not deleted under it (Linux:
 * /proc/PID/fd), and `PRAGMA integrity_check` of the corpus ok. Stops at the first round that fails.
 *
 * `node --import tsx scripts/adversarial/serve-cli-imports.ts [--rounds 20] [--files 24] [--cli 2]
 *   [--busy 2] [--fresh] [--glaneur bin/glaneur.js] [--scratch DIR]`: `--files 0` skips the
 * import from the app; `--fresh` starts a new serve for each round (the first CLI import after
 * serve starts is the e2e's case); `--until-dead` goes on after a failed round until serve
 * itself has ended; `--glaneur` runs another build, e.g. an older one, to compare.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dev = (name: string): string => join(root, 'fixtures', 'corpus', 'dev', name);

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? (process.argv[at + 1] as string) : fallback;
}

const ROUNDS = Number(option('rounds', '20'));
const FILES = Number(option('files', '24'));
const CLI_IMPORTS = Number(option('cli', '2'));
const BUSY = Number(option('busy', '2'));
const FRESH = process.argv.includes('--fresh');
const UNTIL_DEAD = process.argv.includes('--until-dead');
const GLANEUR = resolve(option('glaneur', join(root, 'bin', 'glaneur.js')));
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** A copy of `source` with different bytes (a comment after %%EOF): a distinct document. */
function variant(scratch: string, source: string, label: string): string {
  const path = join(scratch, `variante-${label}.pdf`);
  writeFileSync(path, Buffer.concat([readFileSync(source), Buffer.from(`\n%stress ${label}\n`)]));
  return path;
}

function run(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [GLANEUR, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('exit', (code) => done({ code, stderr }));
  });
}

interface Server {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly token: string;
  stderr(): string;
  /** Null while it runs; how it ended otherwise. */
  ended(): string | null;
}

function startServe(db: string): Promise<Server> {
  const child = spawn(process.execPath, [GLANEUR, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  let ended: string | null = null;
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  child.once('exit', (code, signal) => (ended = `exit code ${code}, signal ${signal}`));
  return new Promise((resolveServe, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)/u.exec(out);
      if (match !== null) resolveServe({ child, origin: `http://127.0.0.1:${match[1]}`, token: match[2] as string, stderr: () => err, ended: () => ended });
    });
    child.once('exit', () => reject(new Error(`serve did not start: ${err}`)));
  });
}

function post(server: Server, path: string, body: Buffer | string, type: string): Promise<unknown> {
  return new Promise((done, fail) => {
    const call = request(`${server.origin}${path}`, { method: 'POST', headers: { 'content-type': type, 'x-glaneur-token': server.token } }, (response: IncomingMessage) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done(JSON.parse(text)));
    });
    call.on('error', fail);
    call.end(body);
  });
}

async function api<T>(server: Server, method: string, input: unknown): Promise<T> {
  const answer = (await post(server, `/api/${method}`, JSON.stringify(input), 'application/json')) as { ok: boolean; value: T; error?: { message: string } };
  if (!answer.ok) throw new Error(`${method}: ${answer.error?.message ?? 'failed'}`);
  return answer.value;
}

/** The app's event stream: every event received, until stopped. */
function events(server: Server): { seen: { type: string; importId?: string }[]; stop: () => void } {
  const seen: { type: string; importId?: string }[] = [];
  let buffer = '';
  const call = request(`${server.origin}/events`, { headers: { 'x-glaneur-token': server.token } }, (response) => {
    response.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const frames = buffer.split('\n\n');
      buffer = frames.pop() ?? '';
      for (const frame of frames) if (frame.startsWith('data: ')) seen.push(JSON.parse(frame.slice(6)) as { type: string });
    });
  });
  call.on('error', () => undefined);
  call.end();
  return { seen, stop: () => call.destroy() };
}

/** Files of the corpus that serve holds open although they were deleted (its log, its index). */
function deletedUnderServe(pid: number | undefined, db: string): string {
  try {
    const links = readdirSync(`/proc/${pid}/fd`).map((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return '';
      }
    });
    return links.filter((link) => link.startsWith(db) && link.endsWith('(deleted)')).join(', ');
  } catch {
    return '';
  }
}

function integrity(db: string): string {
  const check = new BetterSqlite3(db, { readonly: true });
  try {
    return String(check.pragma('integrity_check', { simple: true }));
  } finally {
    check.close();
  }
}

async function waitFor(test: () => Promise<boolean> | boolean, limitMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await test()) return performance.now() - started;
    await sleep(100);
  }
  return null;
}

interface Summary {
  readonly fileName: string;
}

/** One round; the failures it saw (none: it passed). */
async function round(server: Server, db: string, scratch: string, index: number): Promise<string[]> {
  const failures: string[] = [];
  const stream = events(server);
  try {
    if (FILES > 0) await cancelledImport(server, scratch, index, stream, failures);
    await cliImports(server, db, scratch, index, failures);
    await decisionSeen(server, db, failures);
  } catch (error) {
    failures.push(`round stopped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    stream.stop();
  }
  if (server.ended() !== null) failures.push(`serve ended: ${server.ended()}; stderr: ${server.stderr().trim().split('\n').slice(-3).join(' | ')}`);
  else if (!(await api(server, 'listDocumentSummaries', {}).then(() => true, () => false))) failures.push('serve alive but not answering');
  const deleted = deletedUnderServe(server.child.pid, db);
  if (deleted !== '') failures.push(`serve holds deleted files: ${deleted}`);
  const check = integrity(db);
  if (check !== 'ok') failures.push(`integrity_check: ${check}`);
  return failures;
}

/** 1. Uploads, an import from the app, cancelled once it has begun. */
async function cancelledImport(server: Server, scratch: string, index: number, stream: ReturnType<typeof events>, failures: string[]): Promise<void> {
  const uploads: string[] = [];
  for (let file = 0; file < FILES; file += 1) {
    const path = variant(scratch, dev('002.pdf'), `${index}-${file}`);
    const answer = (await post(server, `/upload?name=${encodeURIComponent(`variante-${index}-${file}.pdf`)}`, readFileSync(path), 'application/pdf')) as { value: { uploadId: string } };
    uploads.push(answer.value.uploadId);
  }
  const { importId } = await api<{ importId: string }>(server, 'startImport', { uploads });
  await waitFor(() => stream.seen.some((event) => event.type === 'import-progress' && event.importId === importId), 30_000);
  await sleep(Math.floor(Math.random() * 800));
  await api(server, 'cancelImport', { importId });
  if ((await waitFor(() => stream.seen.some((event) => event.type === 'import-finished' && event.importId === importId), 120_000)) === null) failures.push('the cancelled import never finished');
}

/** 2. CLI imports in other processes, the API polled meanwhile (four callers, back to back). */
async function cliImports(server: Server, db: string, scratch: string, index: number, failures: string[]): Promise<void> {
  for (let cli = 0; cli < CLI_IMPORTS; cli += 1) {
    const copy = variant(scratch, dev('003.pdf'), `${index}-cli-${cli}`);
    let polling = true;
    const poller = async (): Promise<void> => {
      while (polling && server.ended() === null) await api(server, 'listDocumentSummaries', {}).catch(() => sleep(50));
    };
    const polls = Promise.all([poller(), poller(), poller(), poller()]);
    const imported = await run(['import', '--db', db, '--jobs', '2', copy]);
    polling = false;
    await polls;
    if (imported.code !== 0) failures.push(`CLI import exit ${imported.code}: ${imported.stderr.trim().split('\n').at(-1) ?? ''}`);
    const name = `variante-${index}-cli-${cli}.pdf`;
    const seenAfter = await waitFor(async () => (await api<Summary[]>(server, 'listDocumentSummaries', {}).catch(() => [])).some((one) => one.fileName === name), 20_000);
    if (seenAfter === null) failures.push(`${name}, imported by the CLI, not listed by serve within 20 s`);
  }
}

/** 3. A decision through serve, read back by another connection. */
async function decisionSeen(server: Server, db: string, failures: string[]): Promise<void> {
  const pending = await api<{ id: number }[]>(server, 'listMentions', { statuses: ['pending'], limit: 1 }).catch(() => []);
  const mention = pending[0];
  if (mention !== undefined) {
    await api(server, 'acceptMention', { mentionId: mention.id });
    const reader = new BetterSqlite3(db, { readonly: true });
    try {
      const row = reader.prepare('SELECT status FROM mentions WHERE id = ?').get(mention.id) as { status: string } | undefined;
      if (row?.status !== 'accepted') failures.push(`mention ${mention.id} accepted through serve, read as ${row?.status ?? 'missing'} by another connection`);
    } finally {
      reader.close();
    }
  }
}

async function main(): Promise<void> {
  const scratch = option('scratch', mkdtempSync(join(tmpdir(), 'glaneur-serve-cli-')));
  mkdirSync(scratch, { recursive: true });
  const db = join(scratch, 'corpus.sqlite');
  const built = await run(['import', '--db', db, '--jobs', '2', dev('000.pdf'), dev('002-scan.pdf')]);
  if (built.code !== 0) throw new Error(`could not build the corpus: ${built.stderr}`);
  // CI's two cores were shared: as many busy loops as asked.
  const busy = Array.from({ length: BUSY }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
  let server = await startServe(db);
  let passed = 0;
  try {
    for (let index = 1; index <= ROUNDS; index += 1) {
      if (FRESH && index > 1) {
        server.child.kill('SIGTERM');
        await waitFor(() => server.ended() !== null, 30_000);
        server = await startServe(db);
      }
      // Serve's corpus watch looks every two seconds: a round begins after its first looks.
      if (FRESH) await sleep(2500);
      const started = performance.now();
      const failures = await round(server, db, scratch, index);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (failures.length > 0) {
        process.stdout.write(`round ${index} FAILED (${seconds} s):\n  ${failures.join('\n  ')}\n`);
        if (!UNTIL_DEAD || server.ended() !== null) break;
        continue;
      }
      passed += 1;
      process.stdout.write(`round ${index} ok (${seconds} s)\n`);
    }
  } finally {
    for (const loop of busy) loop.kill('SIGKILL');
    if (server.ended() === null) server.child.kill('SIGTERM');
    await waitFor(() => server.ended() !== null, 30_000);
    process.stdout.write(`${passed}/${ROUNDS} rounds passed with ${GLANEUR}; serve ${server.ended() ?? 'still running'}\n`);
    if (existsSync(scratch) && option('scratch', '') === '') rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
