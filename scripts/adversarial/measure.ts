/**
 * Runs a program to completion and collects what it printed (the one spawn helper of the repo's
 * scripts and tests: test/helpers/cli.ts runs the CLI through it too), and runs the real `glaneur`
 * CLI once measured: exit code, stderr, wall time and peak RSS (GNU time's maximum resident set
 * size when /usr/bin/time exists; "n/a" otherwise).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How a child process ended and what it printed. */
export interface ProcessRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time, in seconds. */
  readonly seconds: number;
}

export interface ProcessOptions {
  readonly cwd?: string | undefined;
  /** Killed (SIGKILL) past this; 300 s by default. */
  readonly timeoutMs?: number | undefined;
}

/** Runs `command args` with no stdin, collecting stdout and stderr as UTF-8. */
export function runProcess(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ProcessRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

export interface Measured extends ProcessRun {
  /** Peak resident set size in MiB, when measurable. */
  readonly peakRssMiB: number | undefined;
}

const GNU_TIME = '/usr/bin/time';

export interface RunOptions extends ProcessOptions {
  /** Run as another user (uid:gid) through setpriv, for permission faults when running as root. */
  readonly asUser?: string | undefined;
  /** Largest file the command may write, in bytes (RLIMIT_FSIZE, through util-linux's prlimit). */
  readonly fileSizeLimit?: number | undefined;
}

export async function runGlaneur(cli: string, args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  // In the system temporary folder, which another user (the `asUser` runs) can write too.
  const rssFile = join(tmpdir(), `glaneur-rss-${process.pid}-${Date.now()}.txt`);
  const command: string[] = [];
  if (options.asUser !== undefined) {
    const [uid, gid] = options.asUser.split(':');
    command.push('setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups');
  }
  if (options.fileSizeLimit !== undefined) command.push('prlimit', `--fsize=${options.fileSizeLimit}`);
  const timed = existsSync(GNU_TIME);
  if (timed) command.push(GNU_TIME, '-q', '-f', '%M', '-o', rssFile);
  command.push(process.execPath, cli, ...args);
  const run = await runProcess(command[0]!, command.slice(1), options);
  let peakRssMiB: number | undefined;
  if (timed && existsSync(rssFile)) {
    const kib = Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '', 10);
    peakRssMiB = Number.isFinite(kib) ? kib / 1024 : undefined;
    rmSync(rssFile, { force: true });
  }
  return { ...run, peakRssMiB };
}
