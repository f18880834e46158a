/**
 * Issue 13, round 8: an API body that never ends (a chunked body without its last chunk) held its
 * connection under `glaneur serve` until Node's request timeout, 300 s. It is now answered 408
 * once API_BODY_DEADLINE_MS (10 s) has passed and the connection closed; other clients are
 * answered meanwhile.
 */
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { callApi } from '../../helpers/locked-serve.js';
import { serveEmptyCorpusForFile } from '../../helpers/served-corpus.js';

const served = serveEmptyCorpusForFile(48_000);

/** Starts a chunked POST to the API and never sends its last chunk; resolves with the status line and whether the server then closed. */
function endlessBody(): Promise<{ status: string; closed: boolean; seconds: number }> {
  const { host, port } = new URL(served().origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    const finish = (closed: boolean): void => resolve({ status: answer.split('\r\n')[0] ?? '', closed, seconds: (performance.now() - started) / 1000 });
    socket.on('data', (data) => void (answer += data.toString('latin1')));
    socket.on('close', () => finish(true));
    socket.on('error', () => undefined);
    socket.setTimeout(25_000, () => {
      finish(false);
      socket.destroy();
    });
    socket.write(`POST /api/listDocuments HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\nx-glaneur-token: ${served().token}\r\ntransfer-encoding: chunked\r\n\r\n2\r\n{}\r\n`);
  });
}

it('answers a body that never ends with 408 within the deadline, closes it, and answers others meanwhile', async () => {
  const pending = endlessBody();
  const meanwhile = await callApi(served(), 'listDocuments', {});
  expect(meanwhile.result).toMatchObject({ ok: true });
  const endless = await pending;
  expect(endless.status).toBe('HTTP/1.1 408 Request Timeout');
  expect(endless.closed).toBe(true);
  expect(endless.seconds).toBeLessThan(20);
  expect((await callApi(served(), 'listDocuments', {})).result).toMatchObject({ ok: true });
}, 60_000);
