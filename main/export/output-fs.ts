/**
 * File-system primitives of the output-safety layer: what counts as the corpus under any name,
 * temporary names beside a destination, and flushing to disk before a rename.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readlinkSync, readSync, realpathSync, rmSync, statSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';

function sameFile(a: Stats | undefined, b: Stats | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** The real path of `path`'s folder joined with its name (symlinked folders resolved). */
function canonical(path: string): string {
  const absolute = resolve(path);
  let folder = dirname(absolute);
  try {
    folder = realpathSync(folder);
  } catch {
    // A missing folder is reported by the caller; compare the path as given.
  }
  const name = basename(absolute);
  return process.platform === 'win32' || process.platform === 'darwin' ? join(folder, name).toLowerCase() : join(folder, name);
}

/** True when `path` is the corpus, one of its companion files, or the same file under another name. */
export function isCorpusFile(path: string, corpusFile: string): boolean {
  const target = canonical(path);
  const corpus = canonical(corpusFile);
  const companions = [corpus, `${corpus}-wal`, `${corpus}-shm`, `${corpus}-journal`];
  if (companions.includes(target) || target.startsWith(`${corpus}.bak-v`)) return true;
  const stat = statSync(path, { throwIfNoEntry: false });
  return companions.some((companion) => sameFile(stat, statSync(companion, { throwIfNoEntry: false })));
}

export function isStream(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat !== undefined && (stat.isFIFO() || stat.isCharacterDevice());
}

/**
 * For a named pipe: its write end opened without waiting, and kept open (call the returned
 * function once the export has written) so that the export's own opening finds the reader there
 * and cannot wait. Opening a pipe nobody reads waits forever, in a thread Node then waits for on
 * exit, so that not even Ctrl-C or SIGTERM ended the export (issue 13, round 5). Throws an
 * `OUTPUT_REFUSED` error when no program reads it. Nothing to hold for a device (`/dev/null`).
 */
export function holdPipeReader(path: string): () => void {
  if (statSync(path, { throwIfNoEntry: false })?.isFIFO() !== true) return () => undefined;
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
    throw new OutputError('OUTPUT_REFUSED', path, `${path}: a named pipe that no program is reading; nothing was written (start the reader first, or give a file)`);
  }
  return () => closeSync(fd);
}

/**
 * The file an export to `path` replaces: `path` itself, or, when it is a symbolic link, the file
 * it leads to (a link with no file behind it: where it points). Renaming the finished export over
 * the link itself replaced the user's link with a file and left the file it led to stale
 * (issue 13, round 5); the temporary file is written beside the real destination, so the rename
 * never crosses file systems either.
 */
export function linkedDestination(path: string): string {
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() !== true) return path;
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return resolve(dirname(resolve(path)), readlinkSync(path));
  }
}

export function firstBytes(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Temporary files and folders being written now, so an interrupted export can remove them. */
const pending = new Set<string>();

/** Records `path` as a temporary being written; the returned function forgets it. */
export function trackTemporary(path: string): () => void {
  pending.add(path);
  return () => void pending.delete(path);
}

/**
 * Removes every temporary still being written (an export stopped by Ctrl-C or SIGTERM): the
 * previous output was never touched, and nothing half-written is left beside it.
 */
export function removeTemporaries(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
}

/**
 * Until the returned function is called, Ctrl-C or SIGTERM removes the temporaries being written
 * and ends the process (exit 130 or 143, as the shell would).
 */
export function removeTemporariesOnSignal(): () => void {
  const stop = (signal: NodeJS.Signals, code: number) => (): void => {
    removeTemporaries();
    process.stderr.write(`glaneur: stopped (${signal}); nothing was written, any previous output was left as it was\n`);
    process.exit(code);
  };
  const onInt = stop('SIGINT', 130);
  const onTerm = stop('SIGTERM', 143);
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  return () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  };
}

export function temporaryName(out: string): string {
  return join(dirname(resolve(out)), `.${basename(out)}.glaneur-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function failure(out: string, error: unknown): OutputError {
  const detail = error instanceof Error ? error.message : String(error);
  return new OutputError('OUTPUT_FAILED', out, `${out}: the export could not be written (${detail}); any previous file there was left as it was`);
}

