/**
 * Runs the real `glaneur` CLI once and measures it: exit code, stderr, wall time and peak RSS
 * (GNU time's maximum resident set size when /usr/bin/time exists; "n/a" otherwise).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  /** Peak resident set size in MiB, when measurable. */
  readonly peakRssMiB: number | undefined;
}

const GNU_TIME = '/usr/bin/time';

export interface RunOptions {
  readonly cwd?: string | undefined;
  /** Run as another user (uid:gid) through setpriv, for permission faults when running as root. */
  readonly asUser?: string | undefined;
  readonly timeoutMs?: number | undefined;
}

export function runGlaneur(cli: string, args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  // In the system temporary folder, which another user (the `asUser` runs) can write too.
  const rssFile = join(tmpdir(), `glaneur-rss-${process.pid}-${Date.now()}.txt`);
  const command: string[] = [];
  if (options.asUser !== undefined) {
    const [uid, gid] = options.asUser.split(':');
    command.push('setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups');
  }
  const timed = existsSync(GNU_TIME);
  if (timed) command.push(GNU_TIME, '-q', '-f', '%M', '-o', rssFile);
  command.push(process.execPath, cli, ...args);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      let peakRssMiB: number | undefined;
      if (timed && existsSync(rssFile)) {
        const kib = Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '', 10);
        peakRssMiB = Number.isFinite(kib) ? kib / 1024 : undefined;
        rmSync(rssFile, { force: true });
      }
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, peakRssMiB });
    });
  });
}
