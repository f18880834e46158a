/**
 * The tenth round of HTTP cases (issue 13): clients that hold connections rather than send
 * anything large. Thousands of connections that send nothing; hundreds that dribble their headers
 * a byte a second; kept-alive connections left idle after a call; requests refused (no token,
 * another site, not JSON) or answered from the app's files whose body then never ends. Before this
 * round: the first two were held 90 s (Node's 60 s headers timeout, checked every 30 s), the last
 * until Node's 300 s request timeout, whatever the answer. Each row says how long the server kept
 * them, and how a normal call fared meanwhile.
 */
import { connect, type Socket } from 'node:net';
import type { Answer } from './http-round3.js';

type Send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }) => Promise<Answer>;

/** A connection held open by the client: when the server closed it (ms from its opening, null while open) and what it answered. */
interface Held {
  readonly socket: Socket;
  closedAfterMs: number | null;
  answer: string;
}

/** Opens `count` connections, each writing `first` then `drip` every `dripMs` (never, for 0). */
export function holdMany(origin: string, count: number, first: string, drip = '', dripMs = 0): { held: Held[]; stop: () => void } {
  const port = Number(new URL(origin).port);
  const held: Held[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const one: Held = { socket, closedAfterMs: null, answer: '' };
    socket.on('data', (data) => void (one.answer ||= data.toString('latin1').split('\r\n')[0] ?? ''));
    socket.on('error', () => undefined);
    socket.on('close', () => void (one.closedAfterMs = performance.now() - started));
    if (first !== '') socket.write(first);
    held.push(one);
  }
  const timer = dripMs > 0 ? setInterval(() => held.forEach((one) => one.closedAfterMs === null && one.socket.write(drip)), dripMs) : undefined;
  return { held, stop: () => (clearInterval(timer), held.forEach((one) => one.socket.destroy())) };
}

/** Waits until every connection is closed by the server, or `limitMs`; says how many and when. */
async function closedBy(held: Held[], limitMs: number): Promise<{ summary: string; ms: number }> {
  const started = performance.now();
  while (held.some((one) => one.closedAfterMs === null) && performance.now() - started < limitMs) await new Promise((resolve) => setTimeout(resolve, 100));
  const closed = held.filter((one) => one.closedAfterMs !== null);
  const answers = [...new Set(held.map((one) => one.answer || '(no answer)'))].join(' / ');
  if (closed.length < held.length) return { summary: `${held.length - closed.length}/${held.length} still held open by the server after ${limitMs / 1000} s; answered: ${answers}`, ms: performance.now() - started };
  const latest = Math.max(0, ...closed.map((one) => one.closedAfterMs ?? 0));
  return { summary: `${closed.length}/${held.length} closed by the server, the last after ${(latest / 1000).toFixed(1)} s; answered: ${answers}`, ms: latest };
}

export async function round10HttpRows(origin: string, token: string, send: Send, row: (name: string, answer: Answer) => void): Promise<void> {
  const { host } = new URL(origin);
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  const normal = (): Promise<Answer> => send('/api/listDocuments', { body: '{}', headers: json });

  const idle = holdMany(origin, 3000, '');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const duringIdle = await normal();
  const idleClosed = await closedBy(idle.held, 30_000);
  idle.stop();
  row('round 10: 3 000 connections that send nothing (and a call meanwhile)', { status: duringIdle.status, body: `${idleClosed.summary}; a call meanwhile: HTTP ${duringIdle.status} in ${duringIdle.ms.toFixed(0)} ms`, ms: idleClosed.ms });

  const dribbled = holdMany(origin, 300, `GET / HTTP/1.1\r\nHost: ${host}\r\nX-Lent: `, 'a', 1000);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const duringDribble = await normal();
  const dribbleClosed = await closedBy(dribbled.held, 30_000);
  dribbled.stop();
  row('round 10: 300 connections dribbling their headers a byte a second (and a call meanwhile)', { status: duringDribble.status, body: `${dribbleClosed.summary}; a call meanwhile: HTTP ${duringDribble.status} in ${duringDribble.ms.toFixed(0)} ms`, ms: dribbleClosed.ms });

  const kept = holdMany(origin, 500, `POST /api/listDocuments HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\nx-glaneur-token: ${token}\r\ncontent-length: 2\r\n\r\n{}`);
  const keptClosed = await closedBy(kept.held, 30_000);
  kept.stop();
  row('round 10: 500 kept-alive connections left idle after a call', { status: 200, body: keptClosed.summary, ms: keptClosed.ms });

  const endless = (line: string, headers: string): string => `${line}\r\nHost: ${host}\r\n${headers}content-length: 10000000000\r\n\r\n{`;
  const early: [string, string][] = [
    ['without the token', endless('POST /api/listDocuments HTTP/1.1', 'content-type: application/json\r\n')],
    ['as text/plain', endless('POST /api/listDocuments HTTP/1.1', `content-type: text/plain\r\nx-glaneur-token: ${token}\r\n`)],
    ['for another host', endless('POST /api/listDocuments HTTP/1.1', 'content-type: application/json\r\n').replace(`Host: ${host}`, 'Host: elsewhere.example')],
    ['to an app file (GET)', endless('GET /index.html HTTP/1.1', `x-glaneur-token: ${token}\r\n`)],
    ['to the events stream without the token', endless('GET /events HTTP/1.1', '')],
  ];
  for (const [what, first] of early) {
    const one = holdMany(origin, 100, first, 'a', 1000);
    const closed = await closedBy(one.held, 30_000);
    one.stop();
    row(`round 10: 100 requests ${what} whose 10 GB body then comes a byte a second`, { status: Number(/^HTTP\/1\.1 (\d+)/u.exec(one.held[0]?.answer ?? '')?.[1] ?? 0), body: closed.summary, ms: closed.ms });
  }
  const after = await normal();
  row('round 10: a call after all of them', { ...after, body: `HTTP ${after.status} in ${after.ms.toFixed(0)} ms` });
}
