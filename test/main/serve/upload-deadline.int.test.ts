/**
 * Issue 13, round 9: an upload (`POST /upload`) that stalls, or sends a byte every two seconds,
 * held its connection and its half-written file under `glaneur serve` until Node's request
 * timeout, 300 s; only API bodies had a deadline (round 8). An upload now has UPLOAD_PACE's grace
 * (10 s), then must keep an average pace; past it, it is answered 408 and its connection closed.
 * Their half-written files are removed. Other calls are answered meanwhile, and a normal upload
 * still goes through.
 */
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { callApi } from '../../helpers/locked-serve.js';
import { serveEmptyCorpusForFile } from '../../helpers/served-corpus.js';

/** The uploads' name, this run's own: what any upload store under the temporary folder holds of it. */
const NAME = `lent-${process.pid}.pdf`;
const leftBehind = (): string[] =>
  readdirSync(tmpdir())
    .filter((entry) => entry.startsWith('glaneur-uploads-'))
    .flatMap((store) => (existsSync(join(tmpdir(), store)) ? readdirSync(join(tmpdir(), store)).map((id) => join(tmpdir(), store, id, NAME)) : []))
    .filter((file) => existsSync(file));
const served = serveEmptyCorpusForFile(49_000);

/** Starts an upload and feeds it as `drip` says; resolves with the status line and whether the server then closed. */
function slowUpload(headers: string, first: string, drip: string | null): Promise<{ status: string; closed: boolean; seconds: number }> {
  const { host, port } = new URL(served().origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    let interval: NodeJS.Timeout | undefined;
    const finish = (closed: boolean): void => {
      clearInterval(interval);
      clearTimeout(giveUp);
      resolve({ status: answer.split('\r\n')[0] ?? '', closed, seconds: (performance.now() - started) / 1000 });
    };
    socket.on('data', (data) => void (answer += data.toString('latin1')));
    socket.on('close', () => finish(true));
    socket.on('error', () => undefined);
    // A hard limit, not an idle one: the dripping upload is never idle.
    const giveUp = setTimeout(() => {
      finish(false);
      socket.destroy();
    }, 25_000);
    socket.write(`POST /upload?name=${NAME} HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/pdf\r\nx-glaneur-token: ${served().token}\r\n${headers}\r\n${first}`);
    if (drip !== null) interval = setInterval(() => socket.write(drip), 2_000);
  });
}

it('answers a stalled upload and a dripping one with 408 within the grace, closes them, and answers others meanwhile', async () => {
  const stalled = slowUpload('content-length: 100000\r\n', '%PDF-1.4\n', null);
  const dripping = slowUpload('transfer-encoding: chunked\r\n', '9\r\n%PDF-1.4\n\r\n', '1\r\nx\r\n');
  const meanwhile = await callApi(served(), 'listDocuments', {});
  expect(meanwhile.result).toMatchObject({ ok: true });
  for (const upload of await Promise.all([stalled, dripping])) {
    expect(upload.status).toBe('HTTP/1.1 408 Request Timeout');
    expect(upload.closed).toBe(true);
    expect(upload.seconds).toBeLessThan(20);
  }
  // Their half-written files are removed, not kept as if complete.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(leftBehind()).toEqual([]);
  const normal = await fetch(`${served().origin}/upload?name=vite.pdf`, { method: 'POST', headers: { 'content-type': 'application/pdf', 'x-glaneur-token': served().token }, body: '%PDF-1.4\n%%EOF\n' });
  expect(normal.status).toBe(200);
}, 60_000);
