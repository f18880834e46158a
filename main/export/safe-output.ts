/**
 * The output-safety layer every export goes through. An export never destroys anything:
 * - it refuses to write over the corpus or its companion files (`-wal`, `-shm`, `-journal`,
 *   `.bak-vN` backups), over any SQLite database, and over an existing file or folder that is not
 *   an export of the same kind (unless `force`);
 * - it writes into a temporary file (or folder) beside the destination and renames it into place
 *   only once the export succeeded and reached the disk, so a failing export leaves the previous
 *   output exactly as it was.
 */
import { excelFrHeader } from './excel-fr.js';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputFailedError, OutputRefusedError } from '../errors.js';

/** What an export writes: a file of one of these kinds, or a folder (`text`, `txm`). */
export type OutputKind = 'mentions' | 'indicators' | 'directory' | 'iramuteq' | 'text' | 'txm';

export interface OutputGuard {
  /** The corpus being exported: it and its companions are never written, even with `force`. */
  readonly corpusFile: string;
  /** Write over an existing file or into a folder that this kind of export did not write. */
  readonly force: boolean;
  /**
   * How an existing file of this kind is recognised (so re-exporting needs no `force`): its first
   * line, without a byte order mark, passes this test. Empty files are always replaceable.
   */
  readonly recognise?: ((firstLine: string) => boolean) | undefined;
}

/** The file naming what a folder export wrote, so the next export may replace the folder. */
export const FOLDER_MARKER = '.glaneur-export.json';
const SQLITE_MAGIC = 'SQLite format 3\0';

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

function isStream(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat !== undefined && (stat.isFIFO() || stat.isCharacterDevice());
}

function firstBytes(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Why writing `out` (a file) must be refused, or undefined when it may be written. */
function refusalForFile(out: string, guard: OutputGuard): string | undefined {
  if (isCorpusFile(out, guard.corpusFile)) return `${out}: is the corpus ${guard.corpusFile} or one of its companion files; the export was not written`;
  const folder = dirname(resolve(out));
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory() !== true) return `${out}: the folder ${folder} does not exist`;
  const stat = statSync(out, { throwIfNoEntry: false });
  if (stat === undefined || stat.size === 0) return stat?.isDirectory() === true ? `${out}: is a folder; give a file name` : undefined;
  if (stat.isDirectory()) return `${out}: is a folder; give a file name`;
  if (stat.isFIFO() || stat.isCharacterDevice()) return undefined;
  if (!stat.isFile()) return `${out}: is not a regular file`;
  const head = firstBytes(out, 4096);
  if (head.subarray(0, SQLITE_MAGIC.length).toString('latin1') === SQLITE_MAGIC) return `${out}: is a SQLite database; an export never writes over one`;
  if (guard.force) return undefined;
  const firstLine = head.toString('utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u)[0] ?? '';
  if (guard.recognise?.(firstLine) === true) return undefined;
  return `${out}: exists and is not a Glaneur export of this kind; it was left as it is (add --force to replace it)`;
}

function temporaryName(out: string): string {
  return join(dirname(resolve(out)), `.${basename(out)}.glaneur-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function failure(out: string, error: unknown): OutputFailedError {
  const detail = error instanceof Error ? error.message : String(error);
  return new OutputFailedError(out, `${out}: the export could not be written (${detail}); any previous file there was left as it was`);
}

/** Recognises a CSV export by its header: the first two column names, with either delimiter. */
export function csvHeaderTest(columns: readonly string[]): (firstLine: string) => boolean {
  return (firstLine) => {
    const cells = firstLine.split(/[,;]/u);
    // The excel-fr preset writes the same columns under French names.
    const named = (index: number): boolean => cells[index] === columns[index] || cells[index] === excelFrHeader(columns[index] ?? '');
    return columns.length >= 2 && named(0) && named(1);
  };
}

/** Throws an {@link OutputRefusedError} when `out` may not be written as a `kind` export. */
export function checkOutputFile(out: string, guard: OutputGuard): void {
  const refusal = refusalForFile(out, guard);
  if (refusal !== undefined) throw new OutputRefusedError(out, refusal);
}

/**
 * Writes one output file safely: `write` fills a temporary file beside `out`, which replaces
 * `out` only when `write` resolved and the data is on disk.
 */
export async function writeOutputFile<T>(out: string, guard: OutputGuard, write: (temporary: string) => Promise<T>): Promise<T> {
  checkOutputFile(out, guard);
  // A pipe or a device (`--out /dev/stdout`) holds nothing to lose and cannot be renamed over.
  if (isStream(out)) return write(out);
  const temporary = temporaryName(out);
  try {
    const result = await write(temporary);
    await syncFile(temporary);
    // Checked again just before the rename: the destination may have changed while we wrote.
    checkOutputFile(out, guard);
    await rename(temporary, out);
    return result;
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof OutputRefusedError) throw error;
    throw failure(out, error);
  }
}

interface FolderMarker {
  readonly kind: OutputKind;
  readonly files: readonly string[];
}

function readMarker(folder: string): FolderMarker | undefined {
  try {
    const marker = JSON.parse(firstBytes(join(folder, FOLDER_MARKER), 1 << 20).toString('utf8')) as Partial<FolderMarker>;
    return typeof marker.kind === 'string' && Array.isArray(marker.files) ? (marker as FolderMarker) : undefined;
  } catch {
    return undefined;
  }
}

type FolderPlan = 'create' | 'replace' | 'merge';

/** How an existing (or missing) output folder will be written, or why it is refused. */
function planFolder(out: string, kind: OutputKind, guard: OutputGuard): { plan: FolderPlan } | { refusal: string } {
  const decision = folderDecision(out, kind, guard);
  return decision === 'create' || decision === 'replace' || decision === 'merge' ? { plan: decision } : { refusal: decision };
}

function folderDecision(out: string, kind: OutputKind, guard: OutputGuard): string {
  if (isCorpusFile(out, guard.corpusFile)) return `${out}: is the corpus ${guard.corpusFile} or one of its companion files; the export was not written`;
  const parent = dirname(resolve(out));
  if (statSync(parent, { throwIfNoEntry: false })?.isDirectory() !== true) return `${out}: the folder ${parent} does not exist`;
  const stat = statSync(out, { throwIfNoEntry: false });
  if (stat === undefined) return 'create';
  if (!stat.isDirectory()) return `${out}: exists and is not a folder; it was left as it is`;
  const entries = readdirSync(out);
  if (entries.length === 0) return 'replace';
  const marker = readMarker(out);
  const ours = new Set([FOLDER_MARKER, ...(marker?.files ?? [])]);
  if (marker?.kind === kind && entries.every((entry) => ours.has(entry))) return 'replace';
  if (guard.force) return 'merge';
  return `${out}: a folder holding files that this export did not write; they were left as they are (add --force to write the ${kind} files into it, replacing those with the same names)`;
}

async function syncFolderFiles(folder: string, names: readonly string[]): Promise<void> {
  for (const name of names) await syncFile(join(folder, name));
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a folder (Windows); the files themselves are synced.
  }
}

/** Moves the finished files into `out`; with `merge`, files already there keep their place. */
async function commitFolder(temporary: string, out: string, plan: FolderPlan, corpusFile: string): Promise<void> {
  if (plan === 'create') {
    await rename(temporary, out);
    return;
  }
  const names = (await readdir(temporary)).filter((name) => plan !== 'merge' || name !== FOLDER_MARKER);
  if (plan === 'merge') {
    const clash = names.find((name) => isCorpusFile(join(out, name), corpusFile));
    if (clash !== undefined) throw new OutputRefusedError(out, `${join(out, clash)}: is the corpus or one of its companion files; nothing was written into ${out}`);
    for (const name of names) await rename(join(temporary, name), join(out, name));
    await rm(temporary, { recursive: true, force: true });
    return;
  }
  // Replace a folder this export wrote before: set the old one aside, move the new one in, drop the old.
  const aside = `${temporary}.old`;
  await rename(out, aside);
  try {
    await rename(temporary, out);
  } catch (error) {
    await rename(aside, out);
    throw error;
  }
  await rm(aside, { recursive: true, force: true });
}

/**
 * Writes one output folder safely: `write` fills a fresh temporary folder beside `out`; once it
 * succeeded, the folder replaces a previous export of the same kind, or (with `force`) its files
 * are moved into an existing folder, replacing only the files with the same names.
 */
export async function writeOutputFolder<T>(out: string, kind: OutputKind, guard: OutputGuard, write: (temporary: string) => Promise<T>): Promise<T> {
  const first = planFolder(out, kind, guard);
  if ('refusal' in first) throw new OutputRefusedError(out, first.refusal);
  const plan = first.plan;
  const temporary = temporaryName(out);
  await mkdir(temporary);
  try {
    const result = await write(temporary);
    const files = (await readdir(temporary)).sort();
    await writeFile(join(temporary, FOLDER_MARKER), `${JSON.stringify({ kind, files } satisfies FolderMarker)}\n`, 'utf8');
    await syncFolderFiles(temporary, [...files, FOLDER_MARKER]);
    // Checked again just before the move: the destination may have changed while we wrote.
    const again = planFolder(out, kind, guard);
    if ('refusal' in again) throw new OutputRefusedError(out, again.refusal);
    if (again.plan !== plan) throw new OutputRefusedError(out, `${out}: changed while the export was written; nothing was replaced`);
    await commitFolder(temporary, out, plan, guard.corpusFile);
    return result;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (error instanceof OutputRefusedError) throw error;
    throw failure(out, error);
  }
}
