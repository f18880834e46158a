/**
 * The output-safety layer every export goes through (files here, folders in `safe-folder.ts`).
 * An export never destroys anything:
 * - it refuses to write over the corpus or its companion files (`-wal`, `-shm`, `-journal`,
 *   `.bak-vN` backups), over any SQLite database, and over an existing file or folder that is not
 *   an export of the same kind (unless `force`);
 * - it writes into a temporary file (or folder) beside the destination and renames it into place
 *   only once the export succeeded and reached the disk, so a failing export leaves the previous
 *   output exactly as it was.
 */
import { statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { OutputError, pathProblem } from '../errors.js';
import { excelFrHeader } from './excel-fr.js';
import { failure, firstBytes, holdPipeReader, isCorpusFile, isStream, linkedDestination, syncFile, temporaryName, trackTemporary } from './output-fs.js';

export { isCorpusFile } from './output-fs.js';

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

const SQLITE_MAGIC = 'SQLite format 3\0';

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

/** `decide()`, or the path's own problem (a loop of links, a name too long) as a refusal. */
export function refusalOrPathProblem<T>(out: string, decide: () => T): T | string {
  try {
    return decide();
  } catch (error) {
    const problem = pathProblem(error);
    if (problem === undefined) throw error;
    return `${out}: ${problem}`;
  }
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

/** Throws an `OUTPUT_REFUSED` {@link OutputError} when `out` may not be written as a `kind` export. */
export function checkOutputFile(out: string, guard: OutputGuard): void {
  const refusal = refusalOrPathProblem(out, () => refusalForFile(out, guard));
  if (refusal !== undefined) throw new OutputError('OUTPUT_REFUSED', out, refusal);
}

/**
 * Writes one output file safely: `write` fills a temporary file beside `out`, which replaces
 * `out` only when `write` resolved and the data is on disk.
 */
export async function writeOutputFile<T>(out: string, guard: OutputGuard, write: (temporary: string) => Promise<T>): Promise<T> {
  checkOutputFile(out, guard);
  // A pipe or a device (`--out /dev/stdout`) holds nothing to lose and cannot be renamed over.
  if (isStream(out)) {
    const release = holdPipeReader(out);
    try {
      return await write(out);
    } finally {
      release();
    }
  }
  const destination = linkedDestination(out); // checkOutputFile already refused a loop of links
  if (destination !== out) checkOutputFile(destination, guard);
  const temporary = temporaryName(destination);
  const forget = trackTemporary(temporary);
  try {
    const result = await write(temporary);
    await syncFile(temporary);
    // Checked again just before the rename: the destination may have changed while we wrote.
    checkOutputFile(destination, guard);
    await rename(temporary, destination);
    return result;
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof OutputError) throw error;
    throw failure(out, error);
  } finally {
    forget();
  }
}

