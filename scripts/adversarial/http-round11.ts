/**
 * The eleventh round of HTTP cases (issue 13): more connections at once than the server should
 * hold. Node's server had no cap: connections opened faster than the headers timeout closes them
 * each held a descriptor, and once the process had none left (its `ulimit -n`) no connection was
 * accepted, the app's own calls included. Past MAX_CONNECTIONS (connection-cap.ts) the oldest idle
 * one is now closed. Each row says how many the server closed and how soon, how many descriptors
 * it held, and how the app's event stream and a call fared meanwhile.
 */
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import type { Answer } from './http-round3.js';
import { holdMany } from './http-round10.js';

type Send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }) => Promise<Answer>;

/** Descriptors process `pid` holds now ('?' when it cannot be read). */
function descriptors(pid: number | undefined): string {
  try {
    return String(readdirSync(`/proc/${pid}/fd`).length);
  } catch {
    return '?';
  }
}

/** The app's event stream (`GET /events` with the token): whether it is still open, and its status line. */
function eventStream(origin: string, token: string): { status: () => string; open: () => boolean; stop: () => void } {
  const { port, host } = new URL(origin);
  const socket = connect(Number(port), '127.0.0.1');
  let answer = '';
  let closed = false;
  socket.on('data', (data) => void (answer += data.toString('latin1')));
  socket.on('close', () => void (closed = true));
  socket.on('error', () => undefined);
  socket.write(`GET /events HTTP/1.1\r\nHost: ${host}\r\nx-glaneur-token: ${token}\r\n\r\n`);
  return { status: () => answer.split('\r\n')[0] ?? '', open: () => !closed, stop: () => socket.destroy() };
}

export async function round11HttpRows(origin: string, token: string, serverPid: number | undefined, send: Send, row: (name: string, answer: Answer) => void): Promise<void> {
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  const normal = (): Promise<Answer> => send('/api/listDocuments', { body: '{}', headers: json });
  const stream = eventStream(origin, token);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const before = descriptors(serverPid);
  const started = performance.now();
  const idle = holdMany(origin, 6000, '');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const during = descriptors(serverPid);
  const call = await normal();
  // Within half the headers timeout: what the server closed then, it closed to stay under its cap.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const closed = idle.held.filter((one) => one.closedAfterMs !== null).length;
  const ms = performance.now() - started;
  idle.stop();
  const streamState = `event stream ${stream.status()}, ${stream.open() ? 'still open' : 'closed'}`;
  stream.stop();
  // Connections the kernel queued but the server never took are not the server's (no descriptor).
  row('round 11: 6 000 connections that send nothing, the app’s event stream open (and a call meanwhile)', {
    status: call.status,
    body: `${closed}/6000 closed by the server within 5 s; server descriptors ${before} → ${during} during; a call meanwhile: HTTP ${call.status} in ${call.ms.toFixed(0)} ms; ${streamState}`,
    ms,
  });
}
