/**
 * Running the contenders as child processes and measuring them: wall time from spawn to exit and
 * peak resident memory. Peak RSS comes from GNU time (`/usr/bin/time -f %M`, the largest RSS of
 * the process or any of its waited-for children — not their sum); without it, from polling the
 * child's own VmHWM in /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  readonly wallS: number;
  readonly peakRssMiB: number | null;
  /** User + system CPU seconds of the process and its children (GNU time only): robust to other load. */
  readonly cpuS: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
  /** Milliseconds after spawn at which each stdout line arrived. */
  readonly lineTimesMs: readonly number[];
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

/** True when `command` is on PATH. */
export async function onPath(command: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir !== '' && existsSync(join(dir, command))) return true;
  }
  return false;
}

async function readVmHwmKiB(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+)/u.exec(status);
    return match?.[1] === undefined ? null : Number(match[1]);
  } catch {
    return null;
  }
}

/** Runs one command to completion; never throws for a non-zero exit (the caller checks `code`). */
export async function run(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Measured> {
  const scratch = await mkdtemp(join(tmpdir(), 'glaneur-bench-time-'));
  const rssFile = join(scratch, 'rss');
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { env: options.env ?? process.env, cwd: options.cwd ?? process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const lineTimesMs: number[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    const now = performance.now() - started;
    for (const character of chunk) if (character === '\n') lineTimesMs.push(now);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  let polledKiB = 0;
  const poll = hasGnuTime
    ? undefined
    : setInterval(() => {
        if (child.pid !== undefined) void readVmHwmKiB(child.pid).then((kib) => void (polledKiB = Math.max(polledKiB, kib ?? 0)));
      }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallS = (performance.now() - started) / 1000;
  clearInterval(poll);
  let peakKiB: number | null = polledKiB > 0 ? polledKiB : null;
  let cpuS: number | null = null;
  if (hasGnuTime) {
    const text = await readFile(rssFile, 'utf8').catch(() => '');
    // GNU time prints "Command exited with non-zero status N" before the values on failures.
    const match = /^(\d+) ([\d.]+) ([\d.]+)$/u.exec(text.trim().split('\n').pop() ?? '');
    peakKiB = match === null ? null : Number(match[1]);
    cpuS = match === null ? null : Number(match[2]) + Number(match[3]);
  }
  await rm(scratch, { recursive: true, force: true });
  return { wallS, peakRssMiB: peakKiB === null ? null : peakKiB / 1024, cpuS, stdout, stderr, code, lineTimesMs };
}

/** Runs `jobs` (argument lists of one command) `parallel` at a time; returns each result and the total wall. */
export async function runParallel(
  command: string,
  jobs: readonly (readonly string[])[],
  parallel: number,
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<{ wallS: number; results: Measured[] }> {
  const started = performance.now();
  const results: Measured[] = new Array<Measured>(jobs.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, parallel) }, async () => {
    for (let index = next++; index < jobs.length; index = next++) {
      results[index] = await run(command, jobs[index] ?? [], options);
    }
  });
  await Promise.all(lanes);
  return { wallS: (performance.now() - started) / 1000, results };
}

/** Total CPU seconds of results (null when any was not measured). */
export function totalCpu(results: readonly Measured[]): number | null {
  let sum = 0;
  for (const result of results) {
    if (result.cpuS === null) return null;
    sum += result.cpuS;
  }
  return sum;
}

/** Largest peak RSS among results, in MiB (null when none was measured). */
export function maxRss(results: readonly Measured[]): number | null {
  const values = results.map((result) => result.peakRssMiB).filter((value): value is number => value !== null);
  return values.length === 0 ? null : Math.max(...values);
}

/** Files of a folder with the given extension, sorted. */
export async function listFiles(dir: string, extension: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith(extension)).sort().map((name) => join(dir, name));
}
