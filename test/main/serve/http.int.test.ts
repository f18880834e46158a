import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../../main/api/service.js';
import { startServer, type RunningServer } from '../../../main/serve/http.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

/** A raw HTTP call, so that Host and Origin can be forged as an attacker's page would. */
function call(
  server: RunningServer,
  path: string,
  options: { method?: string; body?: string; headers?: Record<string, string>; token?: string | null } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const token = options.token === undefined ? { 'x-glaneur-token': server.token } : options.token === null ? {} : { 'x-glaneur-token': options.token };
  return new Promise((resolve, reject) => {
    const req = request(`${server.origin}${path}`, { method: options.method ?? 'POST', headers: { 'content-type': 'application/json', ...token, ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('glaneur serve', () => {
  const db = openTestDb();
  const documentId = storeTextDocument(db, 'lettre.pdf', ['La CRESS en 2024.'], [{ id: 'test.org', type: 'organisation', pattern: /CRESS/u }]);
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(createService(db, { defaultActor: 'web' }), { port: 0 });
  });
  afterAll(async () => {
    await server.close();
    db.close();
  });

  it('goes on serving after errors of the listening server (a connection it could not accept), and says them', async () => {
    const said: string[] = [];
    const other = await startServer(createService(db, { defaultActor: 'web' }), { port: 0, onServerError: (error) => said.push(error.message) });
    try {
      // What Node's server emits when accepting fails (EMFILE: no descriptor left); before, the
      // first was swallowed and the second, with no listener, ended the process.
      for (const _ of [1, 2]) other.server.emit('error', Object.assign(new Error('accept EMFILE'), { code: 'EMFILE' }));
      expect(said).toEqual(['accept EMFILE', 'accept EMFILE']);
      expect((await call(other, '/api/listDocuments', { body: '{}' })).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('listens on 127.0.0.1 only, and prints an address that carries the session token', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
    expect(server.url).toBe(`${server.origin}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses every call without the token, or with a wrong one', async () => {
    expect((await call(server, '/api/listDocuments', { body: '{}', token: null })).status).toBe(401);
    expect((await call(server, '/api/listDocuments', { body: '{}', token: 'x'.repeat(server.token.length) })).status).toBe(401);
    expect((await call(server, '/events', { method: 'GET', token: null })).status).toBe(401);
    expect((await call(server, '/upload?name=a.pdf', { token: null, headers: { 'content-type': 'application/octet-stream' } })).status).toBe(401);
    expect((await call(server, '/', { method: 'GET', token: null })).status).toBe(401);
  });

  it('trades the token of the printed address for an HttpOnly SameSite cookie', async () => {
    const opened = await call(server, `/?token=${server.token}`, { method: 'GET', token: null });
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/');
    const cookie = String(opened.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Strict/u);
    const session = cookie.split(';')[0] ?? '';
    expect((await call(server, '/api/listDocuments', { body: '{}', token: null, headers: { cookie: session } })).status).toBe(200);
    expect((await call(server, `/?token=wrong`, { method: 'GET', token: null })).status).toBe(401);
  });

  it('requires application/json, answers 400 to a malformed URL, and never takes the actor from the body', async () => {
    expect((await call(server, '/api/listDocuments', { body: '{}', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await call(server, '/api/%E0%A4%A', { body: '{}' })).status).toBe(400);
    const [mention] = (JSON.parse((await call(server, '/api/listMentions', { body: JSON.stringify({ documentId }) })).body) as { value: { id: number }[] }).value;
    await call(server, '/api/rejectMention', { body: JSON.stringify({ mentionId: mention?.id, actor: 'someone-else' }) });
    const audit = JSON.parse((await call(server, '/api/listAudit', { body: JSON.stringify({ mentionId: mention?.id, limit: 1 }) })).body) as { value: { actor: string }[] };
    expect(audit.value[0]?.actor).toBe('web');
  });

  it('answers API calls with the same Result shapes as every transport', async () => {
    const listed = await call(server, '/api/listMentions', { body: JSON.stringify({ documentId }) });
    expect(listed.status).toBe(200);
    const result = JSON.parse(listed.body) as { ok: boolean; value: { id: number; text: string }[] };
    expect(result.value.map((mention) => mention.text)).toEqual(['CRESS']);
    const accepted = JSON.parse((await call(server, '/api/acceptMention', { body: JSON.stringify({ mentionId: result.value[0]?.id }) })).body) as unknown;
    expect(accepted).toMatchObject({ ok: true, value: { status: 'accepted' } });
  });

  it('refuses bad input, unknown methods and non-JSON bodies with error codes', async () => {
    expect(JSON.parse((await call(server, '/api/acceptMention', { body: '{"mentionId":"1"}' })).body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(JSON.parse((await call(server, '/api/dropTables', { body: '{}' })).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(JSON.parse((await call(server, '/api/listDocuments', { body: '{not json' })).body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await call(server, '/api/listDocuments', { method: 'GET' })).status).toBe(405);
  });

  it('refuses requests from another origin or for another host name', async () => {
    expect((await call(server, '/api/listDocuments', { body: '{}', headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await call(server, '/api/listDocuments', { body: '{}', headers: { host: 'evil.example' } })).status).toBe(403);
    const port = new URL(server.origin).port;
    expect((await call(server, '/api/listDocuments', { body: '{}', headers: { origin: `http://localhost:${port}` } })).status).toBe(200);
  });

  it('serves the built app’s files byte for byte, and nothing outside its folder', async () => {
    const dir = tempDir();
    const app = join(dir.path, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>Glaneur</title>');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80]);
    writeFileSync(join(app, 'logo.png'), png);
    writeFileSync(join(dir.path, 'secret.txt'), 'not for the browser');
    const withApp = await startServer(createService(db), { port: 0, staticDir: app });
    try {
      const fetchBytes = (path: string) => fetch(`${withApp.origin}${path}`, { headers: { 'x-glaneur-token': withApp.token } }).then(async (response) => ({ status: response.status, body: Buffer.from(await response.arrayBuffer()) }));
      expect((await fetchBytes('/')).body.toString('utf8')).toContain('<title>Glaneur</title>');
      expect((await fetchBytes('/logo.png')).body).toEqual(png);
      expect((await fetchBytes('/%2e%2e/secret.txt')).status).toBeGreaterThanOrEqual(403);
    } finally {
      await withApp.close();
      dir.cleanup();
    }
  });
});
