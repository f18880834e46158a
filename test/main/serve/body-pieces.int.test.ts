/**
 * Issue 13, round 7: an API body sent in one-byte HTTP chunks was kept as one Buffer object per
 * chunk: 1.1 MB of body grew `glaneur serve` from 80 MB to 490 MB and held the answer (413) 17 s.
 * A body in more than 16 384 pieces is now refused (413) as it arrives.
 */
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { callApi } from '../../helpers/locked-serve.js';
import { serveEmptyCorpusForFile } from '../../helpers/served-corpus.js';

const served = serveEmptyCorpusForFile(47_000);

/** Sends a POST to the API whose JSON body `{}` and 100 000 spaces comes one byte per HTTP chunk; resolves with the status line. */
function tinyChunks(): Promise<string> {
  const { host } = new URL(served().origin);
  const head = `POST /api/listDocuments HTTP/1.1\r\nHost: ${host}\r\ncontent-type: application/json\r\nx-glaneur-token: ${served().token}\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n`;
  const body = `{}${' '.repeat(100_000)}`;
  const chunks = [...body].map((char) => `1\r\n${char}\r\n`).join('');
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(served().origin).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (data) => {
      answer += data.toString('latin1');
      if (answer.includes('\r\n')) {
        resolve(answer.split('\r\n')[0] ?? '');
        socket.destroy();
      }
    });
    socket.on('error', () => resolve(answer.split('\r\n')[0] ?? '(reset before an answer)'));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.setTimeout(30_000, () => reject(new Error('no answer in 30 s')));
    socket.write(`${head}${chunks}0\r\n\r\n`);
  });
}

it('refuses a body sent in a hundred thousand one-byte pieces, and goes on answering', async () => {
  expect(await tinyChunks()).toBe('HTTP/1.1 413 Payload Too Large');
  expect((await callApi(served(), 'listDocuments', {})).result).toMatchObject({ ok: true });
}, 60_000);
