/**
 * The sixth round of HTTP cases (issue 13): the API asked with other verbs (HEAD, OPTIONS as a
 * cross-site preflight, GET, PUT, DELETE), static paths escaping the app's folder in other
 * spellings (double-encoded, backslashes encoded, overlong UTF-8 dots, a NUL), a body that is
 * JSON in UTF-16, and the token sent twice in one header. None may be answered with data, and
 * none may hold up the others.
 */
import type { Answer } from './http-round3.js';

type Send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }) => Promise<Answer>;

export async function round6HttpRows(origin: string, token: string, send: Send, row: (name: string, answer: Answer) => void): Promise<void> {
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  for (const method of ['HEAD', 'GET', 'PUT', 'DELETE']) {
    row(`round 6: ${method} on the API with the token`, await send('/api/listDocuments', { method, headers: json, ...(method === 'PUT' ? { body: '{}' } : {}) }));
  }
  row('round 6: OPTIONS preflight on the API from another site', await send('/api/listDocuments', { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-glaneur-token' } }));
  for (const path of ['/%252e%252e/%252e%252e/etc/passwd', '/..%5c..%5c..%5cetc%5cpasswd', '/assets/..%2f..%2fpackage.json', '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', '/index.html%00.png', '/assets/%2e%2e%2f%2e%2e%2fbin%2fglaneur.js']) {
    row(`round 6: static path ${path} with the token`, await send(path, { method: 'GET', headers: { 'x-glaneur-token': token } }));
  }
  row('round 6: a JSON body in UTF-16', await send('/api/listDocuments', { body: Buffer.from('\ufeff{}', 'utf16le'), headers: json }));
  row('round 6: the token twice in its header (a, b)', await send('/api/listDocuments', { body: '{}', headers: { ...json, 'x-glaneur-token': `${token}, ${token}` } }));
  const after = await send('/api/listDocuments', { body: '{}', headers: json });
  row('round 6: a read after all of them', { ...after, body: `HTTP ${after.status} in ${after.ms.toFixed(0)} ms` });
}
