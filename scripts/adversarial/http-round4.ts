/**
 * The fourth round of HTTP cases (issue 13): `serve` while another process holds the corpus's
 * write lock. A change then waits up to 1.5 s for it; until round 4 SQLite waited synchronously
 * and every other request waited with it. Each read sent meanwhile says how fast it was answered
 * and whether before the change; a change still waiting when the lock is released must go through.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Answer } from './http-round3.js';

type Send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> }) => Promise<Answer>;

function waitFor(child: ChildProcess, match: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      if (match.test(seen)) resolve();
    });
    child.once('close', (code) => reject(new Error(`lock holder exited (${code})`)));
  });
}

/** Another process holding the write lock (BEGIN IMMEDIATE) until told on stdin. */
async function holdLock(corpus: string): Promise<() => Promise<void>> {
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(corpus)});d.exec('BEGIN IMMEDIATE');console.log('locked');process.stdin.once('data',()=>{d.exec('COMMIT');d.close();console.log('released')})`;
  const holder = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await waitFor(holder, /locked/u);
  return async () => {
    const released = waitFor(holder, /released/u);
    holder.stdin?.end('go\n');
    await released;
  };
}

export async function round4HttpRows(corpus: string, token: string, mentionId: number, send: Send, row: (name: string, answer: Answer) => void): Promise<void> {
  const json = { 'content-type': 'application/json', 'x-glaneur-token': token };
  const release = await holdLock(corpus);
  try {
    let changeDone = Number.POSITIVE_INFINITY;
    const change = send('/api/acceptMention', { body: JSON.stringify({ mentionId }), headers: json }).then((answer) => ((changeDone = performance.now()), answer));
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (const [method, body] of [['listDocuments', {}], ['listMentions', {}], ['getDocument', { documentId: 1 }], ['listDocumentSummaries', {}]] as const) {
      const read = await send(`/api/${method}`, { body: JSON.stringify(body), headers: json });
      row(`round 4: ${method} while a change waits for another process’s write lock`, { ...read, body: `HTTP ${read.status} in ${read.ms.toFixed(0)} ms, ${performance.now() < changeDone ? 'before' : 'after'} the change answered` });
    }
    const changed = await change;
    row('round 4: that change, the lock held throughout', changed);
  } finally {
    await release();
  }
  const releaseLater = await holdLock(corpus);
  const change = send('/api/rejectMention', { body: JSON.stringify({ mentionId }), headers: json });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await releaseLater();
  row('round 4: a change waiting when the lock is released after 0.5 s', await change);
}
