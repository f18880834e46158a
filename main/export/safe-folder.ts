/**
 * Folder exports (`text`, `txm`) through the output-safety layer: written into a fresh temporary
 * folder beside the destination, then moved into place; a folder is replaced only when it holds
 * nothing but a previous export of the same kind, listed in its marker file.
 */
import { closeSync, fsyncSync, openSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import { failure, firstBytes, isCorpusFile, syncFile, temporaryName, trackTemporary } from './output-fs.js';
import { refusalOrPathProblem, type OutputGuard, type OutputKind } from './safe-output.js';

/** The file naming what a folder export wrote, so the next export may replace the folder. */
export const FOLDER_MARKER = '.glaneur-export.json';
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
  const decision = refusalOrPathProblem(out, () => folderDecision(out, kind, guard));
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
    if (clash !== undefined) throw new OutputError('OUTPUT_REFUSED', out, `${join(out, clash)}: is the corpus or one of its companion files; nothing was written into ${out}`);
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
  if ('refusal' in first) throw new OutputError('OUTPUT_REFUSED', out, first.refusal);
  const plan = first.plan;
  const temporary = temporaryName(out);
  const forget = trackTemporary(temporary);
  await mkdir(temporary);
  try {
    const result = await write(temporary);
    const files = (await readdir(temporary)).sort();
    await writeFile(join(temporary, FOLDER_MARKER), `${JSON.stringify({ kind, files } satisfies FolderMarker)}\n`, 'utf8');
    await syncFolderFiles(temporary, [...files, FOLDER_MARKER]);
    // Checked again just before the move: the destination may have changed while we wrote.
    const again = planFolder(out, kind, guard);
    if ('refusal' in again) throw new OutputError('OUTPUT_REFUSED', out, again.refusal);
    if (again.plan !== plan) throw new OutputError('OUTPUT_REFUSED', out, `${out}: changed while the export was written; nothing was replaced`);
    await commitFolder(temporary, out, plan, guard.corpusFile);
    return result;
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (error instanceof OutputError) throw error;
    throw failure(out, error);
  } finally {
    forget();
  }
}
