/**
 * The fifth round of HTTP cases (issue 13): the right token sent from the wrong place — a `Host`
 * of another name (DNS rebinding) or spelled otherwise (no port, a trailing dot, upper case, IPv6),
 * an `Origin` of another site or scheme — and bodies too large, announced larger than sent,
 * nested 100 000 deep, or with 60 000 keys. Every one must be refused or answered, none may
 * hold up the others.
 */
import { request } from 'node:http';
import type { Answer } from './http-round3.js';

type Send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }) => Promise<Answer>;

/** A request announcing a body of `bytes` that sends two; destroyed by the returned function. */
function announce(origin: string, headers: Record<string, string>, bytes: number): () => void {
  const req = request(`${origin}/api/listDocuments`, { method: 'POST', headers: { ...headers, 'content-length': String(bytes) }, agent: false });
  req.on('error', () => undefined);
  req.write('{}');
  return () => req.destroy();
}

export async function round5HttpRows(origin: string, token: string, send: Send, row: (name: string, answer: Answer) => void): Promise<void> {
  const port = new URL(origin).port;
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  const call = (headers: Record<string, string>, body: string | Buffer = '{}', method = 'listDocuments'): Promise<Answer> => send(`/api/${method}`, { body, headers: { ...json, ...headers } });
  for (const host of [`evil.example:${port}`, '127.0.0.1', `127.0.0.1.:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
    row(`round 5: the right token, Host ${host}`, await call({ host }));
  }
  for (const from of ['https://evil.example', `http://127.0.0.1:${port}.evil.example`, `https://127.0.0.1:${port}`, `http://127.0.0.1:${port}/`]) {
    row(`round 5: the right token, Origin ${from}`, await call({ origin: from }));
  }
  const huge = Buffer.alloc(200 * 1024 * 1024, 0x20);
  huge[0] = 0x7b;
  huge[huge.length - 1] = 0x7d;
  row('round 5: a 200 MB JSON body', await call({}, huge));
  const stop = announce(origin, json, 10 * 1024 ** 3);
  try {
    const read = await call({});
    row('round 5: a read while another request announces a 10 GB body and sends 2 bytes', { ...read, body: `HTTP ${read.status} in ${read.ms.toFixed(0)} ms` });
  } finally {
    stop();
  }
  row('round 5: 100 000 nested objects', await call({}, `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`));
  row('round 5: 80 000 nested [{…}] as a method’s input', await call({}, `${'[{"a":'.repeat(80_000)}1${'}]'.repeat(80_000)}`, 'listMentions'));
  row('round 5: 60 000 keys', await call({}, `{${Array.from({ length: 60_000 }, (_, index) => `"k${index}":1`).join(',')}}`, 'listMentions'));
  const after = await call({});
  row('round 5: a read after all of them', { ...after, body: `HTTP ${after.status} in ${after.ms.toFixed(0)} ms` });
}
