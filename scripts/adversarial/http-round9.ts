/**
 * The ninth round of HTTP cases (issue 13): HEAD and OPTIONS on an API route; two different
 * Content-Length headers (a request-smuggling shape); `Expect: 100-continue`; a request line of
 * 64 KB; a cookie header of 64 KB; an upload that stalls, and one sent a byte every two seconds
 * (before this round: held until Node's 300 s request timeout; now 408 after UPLOAD_PACE's grace).
 * None may be answered with data, and none may hold up the others.
 */
import type { Answer } from './http-round3.js';
import { rawExchange } from './http-round7.js';

type Send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }) => Promise<Answer>;

export async function round9HttpRows(origin: string, token: string, send: Send, row: (name: string, answer: Answer) => void): Promise<void> {
  const { host } = new URL(origin);
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  row('round 9: HEAD on an API route', await send('/api/listDocuments', { method: 'HEAD', headers: json }));
  row('round 9: OPTIONS on an API route (a CORS preflight)', await send('/api/listDocuments', { method: 'OPTIONS', headers: { ...json, origin: 'http://evil.example', 'access-control-request-method': 'POST' } }));
  const api = (extra: string, body: string): Buffer => Buffer.from(`POST /api/listDocuments HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\nx-glaneur-token: ${token}\r\n${extra}\r\n${body}`, 'latin1');
  row('round 9: two different Content-Length headers', await rawExchange(origin, api('content-length: 2\r\ncontent-length: 40\r\n', '{}')));
  row('round 9: Content-Length and Transfer-Encoding both', await rawExchange(origin, api('content-length: 2\r\ntransfer-encoding: chunked\r\n', '2\r\n{}\r\n0\r\n\r\n')));
  row('round 9: Expect: 100-continue, then the body', await rawExchange(origin, api('content-length: 2\r\nexpect: 100-continue\r\n', '{}')));
  row('round 9: a request line of 64 KB', await rawExchange(origin, Buffer.from(`GET /${'a'.repeat(65_536)} HTTP/1.1\r\nHost: ${host}\r\n\r\n`, 'latin1')));
  row('round 9: a cookie header of 64 KB', await rawExchange(origin, api(`cookie: ${'c=1; '.repeat(13_108)}\r\ncontent-length: 2\r\n`, '{}')));
  const upload = (extra: string, first: string): Buffer =>
    Buffer.from(`POST /upload?name=lent.pdf HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/pdf\r\nx-glaneur-token: ${token}\r\n${extra}\r\n${first}`, 'latin1');
  const stalled = rawExchange(origin, upload('content-length: 100000\r\n', '%PDF-1.4\n'), 30_000);
  const meanwhile = await send('/api/listDocuments', { body: '{}', headers: json });
  const stall = await stalled;
  row('round 9: an upload that stalls after 9 bytes of 100 000 (and a call meanwhile)', { ...stall, body: `${stall.body}; a call meanwhile: HTTP ${meanwhile.status} in ${meanwhile.ms.toFixed(0)} ms` });
  const after = await send('/api/listDocuments', { body: '{}', headers: json });
  row('round 9: a read after all of them', { ...after, body: `HTTP ${after.status} in ${after.ms.toFixed(0)} ms` });
}
