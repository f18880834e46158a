/**
 * Hostile HTTP requests to `glaneur serve` (issue 13, points 7 and 10): one server on a copy of the
 * base corpus, then requests without the token, with a forged Origin or Host, the wrong content
 * type, a malformed URL, an oversized or non-JSON body, an actor in the body, a path out of the
 * app's folder, and a change while another process holds the write lock (with a read meanwhile).
 * Each gives a row: the HTTP status and answer, the server's peak RSS so far, the request's time.
 * The corpus must lose nothing, and the server must print no stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { round3HttpRows } from './http-round3.js';
import { round4HttpRows } from './http-round4.js';
import { round5HttpRows } from './http-round5.js';
import { round6HttpRows } from './http-round6.js';
import { round7HttpRows } from './http-round7.js';
import { round8HttpRows } from './http-round8.js';
import { round9HttpRows } from './http-round9.js';
import { round10HttpRows } from './http-round10.js';
import { round11HttpRows } from './http-round11.js';

/** One row of the adversarial table: every kind of case (CLI, PDF, HTTP) reports this shape. */
export interface AdversarialRow {
  readonly name: string;
  readonly says: string;
  readonly code: number | null;
  readonly lost: string;
  readonly rss: string;
  readonly seconds: string;
  readonly stack: boolean;
}

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

function send(origin: string, path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method: options.method ?? 'POST', headers: options.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started }));
    });
    // The server may answer (413) and close before an oversized body is all sent.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve({ status: 0, body: error.code, ms: performance.now() - started }) : reject(error)));
    req.end(options.body);
  });
}

function waitForLine(child: ChildProcess, match: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      const found = match.exec(seen);
      if (found !== null) resolve(found[0]);
    });
    child.once('close', (code) => reject(new Error(`exited (${code}) before printing ${String(match)}`)));
  });
}

function peakRss(pid: number | undefined): string {
  try {
    const kb = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? 'n/a' : (Number(kb) / 1024).toFixed(0);
  } catch {
    return 'n/a';
  }
}

function counts(file: string): number[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return ['documents', 'mentions', 'audit'].map((table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

function holdLock(file: string): Promise<ChildProcess> {
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.exec('BEGIN IMMEDIATE');console.log('locked');setTimeout(()=>{},60000)`;
  const holder = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return waitForLine(holder, /locked/u).then(() => holder);
}

const short = (text: string): string => (text.length > 140 ? `${text.slice(0, 137)}…` : text);

export async function httpRows(cli: string, scratch: string, baseCorpus: string): Promise<AdversarialRow[]> {
  const dir = join(scratch, 'http');
  mkdirSync(dir);
  const corpus = join(dir, 'corpus.sqlite');
  copyFileSync(baseCorpus, corpus);
  const before = counts(corpus);
  const mentionId = (() => {
    const db = new BetterSqlite3(corpus, { readonly: true });
    try {
      return (db.prepare('SELECT id FROM mentions ORDER BY id LIMIT 1').get() as { id: number }).id;
    } finally {
      db.close();
    }
  })();
  const serve = spawn(process.execPath, [cli, 'serve', '--db', corpus, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  serve.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = new URL(await waitForLine(serve, /http:\/\/\S+\?token=\S+/u));
  const origin = url.origin;
  const token = url.searchParams.get('token') ?? '';
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  const rows: AdversarialRow[] = [];
  const row = (name: string, answer: Answer): void => {
    rows.push({ name: `serve: ${name}`, says: short(`HTTP ${answer.status} ${answer.body}`), code: null, lost: '—', rss: peakRss(serve.pid), seconds: (answer.ms / 1000).toFixed(2), stack: false });
  };
  try {
    row('API call without the token', await send(origin, '/api/listDocuments', { body: '{}', headers: { 'content-type': 'application/json' } }));
    row('API call with a wrong token', await send(origin, '/api/listDocuments', { body: '{}', headers: { ...json, 'x-glaneur-token': 'x'.repeat(token.length) } }));
    row('the app page without the token', await send(origin, '/', { method: 'GET' }));
    row('API call as text/plain (a cross-site form)', await send(origin, '/api/listDocuments', { body: '{}', headers: { ...json, 'content-type': 'text/plain' } }));
    row('API call from another site (Origin)', await send(origin, '/api/listDocuments', { body: '{}', headers: { ...json, origin: 'http://evil.example' } }));
    row('API call for another host name (DNS rebinding)', await send(origin, '/api/listDocuments', { body: '{}', headers: { ...json, host: 'evil.example' } }));
    row('malformed URL (%E0%A4%A)', await send(origin, '/api/%E0%A4%A', { body: '{}', headers: json }));
    row('body that is not JSON', await send(origin, '/api/listDocuments', { body: '{not json', headers: json }));
    row('unknown method', await send(origin, '/api/dropTables', { body: '{}', headers: json }));
    row('a 64 MB body', await send(origin, '/api/listDocuments', { body: Buffer.alloc(64 * 1024 * 1024, 0x20), headers: json }));
    row('path out of the app folder (/../../etc/passwd)', await send(origin, '/%2e%2e/%2e%2e/etc/passwd', { method: 'GET', headers: { 'x-glaneur-token': token } }));
    // Round 2.
    row('the token in an Authorization header instead', await send(origin, '/api/listDocuments', { body: '{}', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }));
    row('the token in the API URL’s query string', await send(origin, `/api/listDocuments?token=${token}`, { body: '{}', headers: { 'content-type': 'application/json' } }));
    row('Origin: null (a sandboxed frame or a file:// page)', await send(origin, '/api/listDocuments', { body: '{}', headers: { ...json, origin: 'null' } }));
    row('a body of 500 000 nested arrays', await send(origin, '/api/listDocuments', { body: `${'['.repeat(500_000)}${']'.repeat(500_000)}`, headers: json }));
    row('a body that is not UTF-8', await send(origin, '/api/listDocuments', { body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), headers: json }));
    row('"__proto__" and "constructor" keys in the body', await send(origin, '/api/listDocuments', { body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}', headers: json }));
    row('method name __proto__', await send(origin, '/api/__proto__', { body: '{}', headers: json }));
    for (const path of ['/%252e%252e/%252e%252e/etc/passwd', '/..%5c..%5cetc%5cpasswd', '/index.html%00.png', '//etc/passwd']) {
      row(`static path ${path}`, await send(origin, path, { method: 'GET', headers: { 'x-glaneur-token': token } }));
    }
    const upload = { 'content-type': 'application/octet-stream', 'x-glaneur-token': token };
    row('an upload of 400 MB (peak RSS: written to disk as it arrives)', await send(origin, '/upload?name=rapport.pdf', { body: Buffer.alloc(400 * 1024 * 1024, 0x20), headers: upload }));
    row('an upload named with 200 emoji (800 bytes)', await send(origin, `/upload?name=${encodeURIComponent(`${'😀'.repeat(200)}.pdf`)}`, { body: Buffer.from('%PDF-1.4\n'), headers: upload }));
    row('an upload sent as text/plain (a cross-site form)', await send(origin, '/upload?name=a.pdf', { body: Buffer.from('%PDF-1.4\n'), headers: { ...upload, 'content-type': 'text/plain' } }));
    const decisions = await Promise.all(
      Array.from({ length: 200 }, (_, index) => send(origin, `/api/${index % 2 === 0 ? 'rejectMention' : 'acceptMention'}`, { body: JSON.stringify({ mentionId: mentionId + (index % 40) }), headers: json })),
    );
    const answered = decisions.filter((answer) => answer.status === 200 && answer.body.startsWith('{"ok":true')).length;
    row('200 decisions at once, as from two tabs', { status: 200, body: `${answered}/200 answered ok`, ms: Math.max(...decisions.map((answer) => answer.ms)) });
    await send(origin, '/api/rejectMention', { body: JSON.stringify({ mentionId, actor: 'mallory' }), headers: json });
    const audit = await send(origin, '/api/listAudit', { body: JSON.stringify({ mentionId, limit: 1 }), headers: json });
    const actor = (JSON.parse(audit.body) as { value?: { actor: string }[] }).value?.[0]?.actor ?? '?';
    row('a change with "actor": "mallory" in its body', { ...audit, body: `the audit log records the actor ${JSON.stringify(actor)}` });
    // Round 3 (http-round3.ts).
    await round3HttpRows(origin, token, (path, options) => send(origin, path, options), row);
    const holder = await holdLock(corpus);
    try {
      const change = send(origin, '/api/acceptMention', { body: JSON.stringify({ mentionId }), headers: json });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const read = await send(origin, '/api/listDocuments', { body: '{}', headers: json });
      const documents = (JSON.parse(read.body) as { value?: unknown[] }).value?.length ?? 0;
      row('a read while a change waits for another process’s write lock', { ...read, body: `${documents} document(s) listed` });
      row('a change while another process holds the write lock', await change);
    } finally {
      holder.kill();
      await new Promise((resolve) => holder.once('close', resolve));
    }
    // Round 4 (http-round4.ts): the same, now that waiting for the lock no longer holds up reads.
    await round4HttpRows(corpus, token, mentionId, (path, options) => send(origin, path, options), row);
    // Round 5 (http-round5.ts): the token from the wrong place, bodies too large or too deep.
    await round5HttpRows(origin, token, (path, options) => send(origin, path, options), row);
    // Round 6 (http-round6.ts): other verbs, other spellings of a way out of the app's folder.
    await round6HttpRows(origin, token, (path, options) => send(origin, path, options), row);
    // Round 7 (http-round7.ts): raw bytes no client sends: huge headers, endless or tiny chunks.
    await round7HttpRows(origin, token, (path, options) => send(origin, path, options), row);
    // Round 8 (http-round8.ts): bodies that never end or drip, many query parameters, ids that try a way out.
    await round8HttpRows(origin, token, (path, options) => send(origin, path, options), row);
    // Round 9 (http-round9.ts): other verbs and header shapes on the API, uploads that stall.
    await round9HttpRows(origin, token, (path, options) => send(origin, path, options), row);
    // Round 10 (http-round10.ts): connections held rather than used: idle, dribbling, or after an early answer.
    await round10HttpRows(origin, token, (path, options) => send(origin, path, options), row);
    // Round 11 (http-round11.ts): more connections at once than the server holds.
    await round11HttpRows(origin, token, serve.pid, (path, options) => send(origin, path, options), row);
  } finally {
    serve.kill('SIGTERM');
    await new Promise((resolve) => serve.once('close', resolve));
  }
  const after = counts(corpus);
  const lost = before.some((count, at) => (after[at] ?? 0) < count) ? `documents/mentions/audit ${String(before)} → ${String(after)}` : 'none';
  const stack = /\n\s+at .+:\d+:\d+/u.test(stderr);
  return rows.map((one) => ({ ...one, lost, stack }));
}
