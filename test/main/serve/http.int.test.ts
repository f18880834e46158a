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
function call(url: string, path: string, options: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: options.method ?? 'POST', headers: { 'content-type': 'application/json', ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
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

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
  });

  it('answers API calls with the same Result shapes as every transport', async () => {
    const listed = await call(server.url, '/api/listMentions', { body: JSON.stringify({ documentId }) });
    expect(listed.status).toBe(200);
    const result = JSON.parse(listed.body) as { ok: boolean; value: { id: number; text: string }[] };
    expect(result.value.map((mention) => mention.text)).toEqual(['CRESS']);
    const accepted = JSON.parse((await call(server.url, '/api/acceptMention', { body: JSON.stringify({ mentionId: result.value[0]?.id }) })).body) as unknown;
    expect(accepted).toMatchObject({ ok: true, value: { status: 'accepted' } });
  });

  it('refuses bad input, unknown methods and non-JSON bodies with error codes', async () => {
    expect(JSON.parse((await call(server.url, '/api/acceptMention', { body: '{"mentionId":"1"}' })).body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(JSON.parse((await call(server.url, '/api/dropTables', { body: '{}' })).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(JSON.parse((await call(server.url, '/api/listDocuments', { body: '{not json' })).body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await call(server.url, '/api/listDocuments', { method: 'GET' })).status).toBe(405);
  });

  it('refuses requests from another origin or for another host name', async () => {
    expect((await call(server.url, '/api/listDocuments', { body: '{}', headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await call(server.url, '/api/listDocuments', { body: '{}', headers: { host: 'evil.example' } })).status).toBe(403);
    const port = new URL(server.url).port;
    expect((await call(server.url, '/api/listDocuments', { body: '{}', headers: { origin: `http://localhost:${port}` } })).status).toBe(200);
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
      const fetchBytes = (path: string) => fetch(`${withApp.url}${path}`).then(async (response) => ({ status: response.status, body: Buffer.from(await response.arrayBuffer()) }));
      expect((await fetchBytes('/')).body.toString('utf8')).toContain('<title>Glaneur</title>');
      expect((await fetchBytes('/logo.png')).body).toEqual(png);
      expect((await fetchBytes('/%2e%2e/secret.txt')).status).toBeGreaterThanOrEqual(403);
    } finally {
      await withApp.close();
      dir.cleanup();
    }
  });
});
