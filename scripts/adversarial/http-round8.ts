/**
 * The eighth round of HTTP cases (issue 13): a chunked body that never ends and one sent a byte
 * every two seconds (before this round: held until Node's 300 s request timeout; now 408 at the
 * API's body deadline); a URL of 3 000 query parameters and one of 100 000; document ids that
 * try a way out (a path, a negative number, 2^53, a float, a string of SQL) through each method
 * that reads a document's files; an upload named with `../`. None may be answered with data, and
 * none may hold up the others.
 */
import { connect } from 'node:net';
import type { Answer } from './http-round3.js';
import { rawExchange } from './http-round7.js';

type Send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }) => Promise<Answer>;

/** A chunked API call whose body comes one byte every `everyMs`, for `forMs`; the status line and when it came. */
function drip(origin: string, token: string, everyMs: number, forMs: number): Promise<Answer> {
  const { host, port } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let seen = '';
    const timer = setInterval(() => socket.write('1\r\n \r\n'), everyMs);
    const done = (body: string): void => {
      clearInterval(timer);
      socket.destroy();
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/u.exec(seen)?.[1] ?? 0), body, ms: performance.now() - started });
    };
    const limit = setTimeout(() => done(`no answer in ${forMs / 1000} s`), forMs);
    socket.on('data', (data) => {
      seen += data.toString('latin1');
      clearTimeout(limit);
      done(seen.split('\r\n')[0] ?? '');
    });
    socket.on('error', () => done('connection reset'));
    socket.write(`POST /api/listDocuments HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\nx-glaneur-token: ${token}\r\ntransfer-encoding: chunked\r\n\r\n1\r\n{\r\n`);
  });
}

export async function round8HttpRows(origin: string, token: string, send: Send, row: (name: string, answer: Answer) => void): Promise<void> {
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  const head = `POST /api/listDocuments HTTP/1.1\r\nHost: ${new URL(origin).host}\r\ncontent-type: application/json\r\nx-glaneur-token: ${token}\r\n`;
  const endless = rawExchange(origin, Buffer.from(`${head}transfer-encoding: chunked\r\n\r\n2\r\n{}\r\n`, 'latin1'), 30_000);
  const meanwhile = await send('/api/listDocuments', { body: '{}', headers: json });
  const ended = await endless;
  row('round 8: a chunked body that never ends (and a call meanwhile)', { ...ended, body: `${ended.body}; a call meanwhile: HTTP ${meanwhile.status} in ${meanwhile.ms.toFixed(0)} ms` });
  row('round 8: a body sent one byte every 2 s', await drip(origin, token, 2000, 30_000));
  const params = (count: number): string => Array.from({ length: count }, (_, index) => `p${index}=${index}`).join('&');
  row('round 8: 3 000 query parameters on an API call', await send(`/api/listDocuments?${params(3000)}`, { body: '{}', headers: json }));
  row('round 8: 100 000 query parameters on an API call', await rawExchange(origin, Buffer.from(`POST /api/listDocuments?${params(100_000)} HTTP/1.1\r\nHost: ${new URL(origin).host}\r\ncontent-type: application/json\r\nx-glaneur-token: ${token}\r\ncontent-length: 2\r\n\r\n{}`, 'latin1')));
  for (const documentId of ['"../../../etc/passwd"', '-1', '9007199254740993', '1.5', '"1 OR 1=1"', '1e400']) {
    for (const method of ['getOriginal', 'getPageImage']) {
      row(`round 8: ${method} with documentId ${documentId}`, await send(`/api/${method}`, { body: `{"documentId":${documentId},"page":1}`.replace(method === 'getOriginal' ? ',"page":1' : '', ''), headers: json }));
    }
  }
  row('round 8: an upload named ../../../tmp/glaneur-evasion.pdf', await send(`/upload?name=${encodeURIComponent('../../../tmp/glaneur-evasion.pdf')}`, { body: Buffer.from('%PDF-1.4\n%%EOF\n'), headers: { 'content-type': 'application/octet-stream', 'x-glaneur-token': token } }));
  const after = await send('/api/listDocuments', { body: '{}', headers: json });
  row('round 8: a read after all of them', { ...after, body: `HTTP ${after.status} in ${after.ms.toFixed(0)} ms` });
}
