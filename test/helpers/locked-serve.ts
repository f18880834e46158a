/**
 * `glaneur serve` over a corpus whose write lock another process holds (issue 13, point 10): the
 * serve process and its token, an API call through it, and a holder of the lock (another program,
 * a CLI import say) that keeps it until released. Shared by the serve tests on locks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cliPath } from './fixtures.js';

/** Resolves with the first match of `match` in what `child` prints on stdout; rejects if it exits first. */
export function waitForLine(child: ChildProcess, match: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      const found = match.exec(seen);
      if (found !== null) resolve(found);
    });
    child.on('close', (code) => reject(new Error(`exited (${code}) before printing ${String(match)}: ${seen}`)));
  });
}

export interface Served {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly token: string;
}

/** Starts `glaneur serve --db file --port port` and waits for the URL it prints. */
export async function startServe(file: string, port: number): Promise<Served> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--db', file, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const [url] = await waitForLine(child, /http:\/\/\S+\?token=\S+/u);
  const parsed = new URL(url);
  return { child, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '' };
}

export interface Answer<T = unknown> {
  /** How long the call took, in ms. */
  readonly ms: number;
  /** When it was answered (performance.now()). */
  readonly at: number;
  readonly result: T;
}

/** One API call with the session's token. */
export async function callApi<T = unknown>(served: Served, method: string, body: unknown): Promise<Answer<T>> {
  const started = performance.now();
  const response = await fetch(`${served.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-glaneur-token': served.token }, body: JSON.stringify(body) });
  const result = (await response.json()) as T;
  return { ms: performance.now() - started, at: performance.now(), result };
}

export interface LockHolder {
  /** Commits and closes, and resolves once the lock is free. */
  release(): Promise<void>;
  /** Ends the holder at once (the lock goes with it). */
  kill(): void;
}

/** Another program taking the corpus's write lock (`BEGIN IMMEDIATE`) and keeping it until released or killed. */
export async function holdWriteLock(file: string): Promise<LockHolder> {
  const script = `const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.exec('BEGIN IMMEDIATE');console.log('locked');process.stdin.once('data',()=>{d.exec('COMMIT');d.close();console.log('released')})`;
  const holder = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await waitForLine(holder, /locked/u);
  return {
    release: async () => {
      const released = waitForLine(holder, /released/u);
      holder.stdin?.end('go\n');
      await released;
    },
    kill: () => holder.kill(),
  };
}
