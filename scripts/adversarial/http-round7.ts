/**
 * The seventh round of HTTP cases (issue 13), sent as raw bytes (an HTTP client would not send
 * them): headers of 200 KB and 5 000 headers; a chunked body that never ends (and a call answered
 * meanwhile); a chunk size of 18 hex digits; a body in 100 000 one-byte chunks (before this round:
 * accepted, the server grown by 400 MB). None may be answered with data, and none may hold up the
 * others.
 */
import { connect } from 'node:net';
import type { Answer } from './http-round3.js';

type Send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }) => Promise<Answer>;

/** Writes `bytes` on a new connection; the status line and the time it came, or "no answer" after `waitMs`. */
export function rawExchange(origin: string, bytes: Buffer, waitMs = 5000): Promise<Answer & { close: () => void }> {
  const { port } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let seen = '';
    const done = (body: string): void => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/u.exec(seen)?.[1] ?? 0), body, ms: performance.now() - started, close: () => socket.destroy() });
    const timer = setTimeout(() => done(`no answer in ${waitMs / 1000} s`), waitMs);
    socket.on('data', (data) => {
      seen += data.toString('latin1');
      if (!seen.includes('\r\n')) return;
      clearTimeout(timer);
      done(seen.split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.on('error', () => {
      clearTimeout(timer);
      done(seen === '' ? 'connection reset' : (seen.split('\r\n')[0] ?? ''));
    });
    socket.write(bytes);
  });
}

export async function round7HttpRows(origin: string, token: string, send: Send, row: (name: string, answer: Answer) => void): Promise<void> {
  const head = (extra: string): Buffer => Buffer.from(`POST /api/listDocuments HTTP/1.1\r\nHost: ${new URL(origin).host}\r\ncontent-type: application/json\r\nx-glaneur-token: ${token}\r\n${extra}\r\n`, 'latin1');
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  row('round 7: a 200 KB header', await rawExchange(origin, Buffer.concat([head(`x-grand: ${'a'.repeat(200_000)}\r\ncontent-length: 2\r\n`), Buffer.from('{}')])));
  row('round 7: 5 000 headers', await rawExchange(origin, Buffer.concat([head(`${Array.from({ length: 5000 }, (_, index) => `x-h${index}: v\r\n`).join('')}content-length: 2\r\n`), Buffer.from('{}')])));
  const endless = await rawExchange(origin, Buffer.concat([head('transfer-encoding: chunked\r\n'), Buffer.from('2\r\n{}\r\n')]), 3000);
  const meanwhile = await send('/api/listDocuments', { body: '{}', headers: json });
  endless.close();
  row('round 7: a chunked body that never ends (and a call meanwhile)', { ...endless, body: `${endless.body}; a call meanwhile: HTTP ${meanwhile.status} in ${meanwhile.ms.toFixed(0)} ms` });
  row('round 7: a chunk size of 18 hex digits', await rawExchange(origin, Buffer.concat([head('transfer-encoding: chunked\r\n'), Buffer.from('FFFFFFFFFFFFFFFFFF\r\n{}')])));
  const pieces = `{}${' '.repeat(100_000)}`;
  row('round 7: a body in 100 000 one-byte chunks', await rawExchange(origin, Buffer.concat([head('transfer-encoding: chunked\r\n'), Buffer.from([...pieces].map((char) => `1\r\n${char}\r\n`).join('')), Buffer.from('0\r\n\r\n')]), 30_000));
  const after = await send('/api/listDocuments', { body: '{}', headers: json });
  row('round 7: a read after all of them', { ...after, body: `HTTP ${after.status} in ${after.ms.toFixed(0)} ms` });
}
