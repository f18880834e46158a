import { close as fsClose, open as fsOpen, read as fsRead, type Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isUtf8Name, shownName } from './file-names.js';

/**
 * Something found while walking a folder that is not imported, and why: the user is told of it
 * (issue 13, "nothing is lost silently"). `skipped` when its files are imported anyway (a link to
 * a folder already walked), `failed` when they are not (a link leaving the folder, a folder that
 * cannot be read).
 */
export interface InputNote {
  readonly path: string;
  readonly status: 'skipped' | 'failed';
  readonly code: 'LINK_NOT_FOLLOWED' | 'UNREADABLE_FILE' | 'NOT_NAMED_PDF';
  readonly message: string;
}

/** The files to import, in order, and what was left out of them. */
export interface InputList {
  readonly files: string[];
  readonly notes: InputNote[];
  /**
   * The real bytes of the listed paths whose names are not valid UTF-8 (listed as shown, with
   * `\xHH` escapes: file-names.ts): the import opens them by these.
   */
  readonly raw: Map<string, Buffer>;
  /**
   * How many other files the walked folders held, neither named `.pdf` nor starting as a PDF (a
   * `.txt`, an image, a spreadsheet…): not imported, and counted so the import can say so — a
   * folder of 100 000 such files said "0 imported, 0 already present, 0 failed" and nothing else.
   */
  readonly leftOut: number;
}

/** A path for the file system: its real bytes when it has some (a name that is not UTF-8), else the string. */
const onDisk = (path: string, raw: ReadonlyMap<string, Buffer>): string | Buffer => raw.get(path) ?? path;

const isPdfName = (name: string): boolean => name.toLowerCase().endsWith('.pdf');

/** How far into a file its `%PDF-` header may lie (as openPdf accepts it: junk before it is tolerated). */
const PDF_HEADER_WINDOW = 1024;

/**
 * Whether the file's first kilobyte holds a PDF header (false when it cannot be read), read into
 * `head`. One small read, asynchronous: under `serve` a folder of 100 000 files must not hold the event loop.
 */
function startsAsPdf(path: string | Buffer, head: Buffer): Promise<boolean> {
  // The callback API: FileHandle promises cost seven times the CPU on a folder of 100 000 files.
  return new Promise((resolve) => {
    fsOpen(path, 'r', (openError, fd) => {
      if (openError !== null) return resolve(false);
      fsRead(fd, head, 0, PDF_HEADER_WINDOW, 0, (readError, read) => {
        fsClose(fd, () => resolve(readError === null && head.subarray(0, read).includes('%PDF-')));
      });
    });
  });
}

/**
 * How many files of a folder are checked for a PDF header at once. The reads go to libuv's 4
 * threads; the more are queued, the fewer wake-ups per file: a folder of 100 000 one-byte files
 * took 25 s of CPU (user+sys) one at a time, 11 s eight at a time, 5.8 s 64 at a time (1.7 s
 * with the former synchronous reads, which held the event loop throughout).
 */
const HEADER_CHECKS_AT_ONCE = 64;

/**
 * `startsAsPdf` of each path, at most HEADER_CHECKS_AT_ONCE running at a time, started at once:
 * the walk awaits each in its own order, so what it reports keeps the folder's order.
 */
function headerChecks(paths: readonly (string | Buffer)[]): Promise<boolean>[] {
  const results: Promise<boolean>[] = [];
  let next = 0;
  const settle: ((value: boolean) => void)[] = [];
  for (let index = 0; index < paths.length; index += 1) results.push(new Promise((resolve) => settle.push(resolve)));
  const lane = async (): Promise<void> => {
    const head = Buffer.alloc(PDF_HEADER_WINDOW); // one per lane, read into again for each file
    for (let index = next++; index < paths.length; index = next++) settle[index]!(await startsAsPdf(paths[index]!, head));
  };
  for (let count = 0; count < Math.min(HEADER_CHECKS_AT_ONCE, paths.length); count += 1) void lane();
  return results;
}

/** Whether `path` is `folder` or inside it (both real paths). */
const inside = (folder: string, path: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return code ?? String(error);
}

/**
 * Expands the command line's files and folders into a sorted list of files. Folders are walked
 * recursively and contribute their `.pdf` entries (a PDF otherwise named is noted as skipped) — regular files, and also links, pipes or
 * devices so named, which the import then reads or refuses with a line naming them (a link to a
 * PDF is imported; a broken link or a link loop fails with its reason). A file named explicitly is
 * always kept, whatever its extension, so that a bad file is reported rather than silently ignored.
 *
 * A link to a folder is never followed (it could loop, or pull in a whole disk), and says so: as
 * `skipped` when it leads inside the folder being imported (its files are imported from there),
 * as `failed` when it leads elsewhere. A sub-folder that cannot be read is `failed` too.
 */
export async function listInputs(paths: readonly string[]): Promise<InputList> {
  const files = new Set<string>();
  const notes: InputNote[] = [];
  const raw = new Map<string, Buffer>();
  const counted = { leftOut: 0 };
  for (const path of paths) {
    const absolute = await undecodedName(resolve(path), raw);
    const info = await stat(onDisk(absolute, raw)).catch(() => null);
    if (info?.isDirectory()) {
      const root = await realpath(onDisk(absolute, raw), { encoding: 'buffer' }).then(shownName);
      await walkPdfs(absolute, { root, shown: absolute, files, notes, raw, counted });
    } else {
      files.add(absolute);
    }
  }
  return { files: [...files], notes, raw, leftOut: counted.leftOut };
}

/**
 * A command-line path whose last name was not valid UTF-8 reaches Node with U+FFFD in place of
 * its bytes: when it names nothing, the one entry of its folder that decodes the same way is
 * taken, listed as shown (`\xE9`) with its bytes in `raw`. Otherwise the path as given.
 */
async function undecodedName(path: string, raw: Map<string, Buffer>): Promise<string> {
  if (!path.includes('\ufffd') || (await stat(path).catch(() => null)) !== null) return path;
  const folder = dirname(path);
  const names = await readdir(folder, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
  const matches = names.filter((name) => !isUtf8Name(name) && name.toString('utf8') === basename(path));
  if (matches.length !== 1) return path;
  const shown = join(folder, shownName(matches[0]!));
  raw.set(shown, Buffer.concat([Buffer.from(folder === sep ? '' : folder, 'utf8'), Buffer.from(sep), matches[0]!]));
  return shown;
}

interface Walk {
  /** Real path of the folder named on the command line. */
  readonly root: string;
  /** That folder as the user named it, for messages. */
  readonly shown: string;
  readonly files: Set<string>;
  readonly notes: InputNote[];
  readonly raw: Map<string, Buffer>;
  /** Files met that are not PDFs, counted (`InputList.leftOut`). */
  readonly counted: { leftOut: number };
}

async function walkPdfs(folder: string, walk: Walk): Promise<void> {
  let entries: Dirent<Buffer>[];
  const folderOnDisk = onDisk(folder, walk.raw);
  try {
    entries = await readdir(folderOnDisk, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    walk.notes.push({ path: folder, status: 'failed', code: 'UNREADABLE_FILE', message: `${relative(walk.shown, folder) || basename(folder)}: this folder cannot be read (${errnoText(error)}); its PDF files were not imported` });
    return;
  }
  const named = entries
    .map((entry) => {
      const name = shownName(entry.name);
      return { entry, name, path: join(folder, name) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const { entry, name, path } of named) {
    // A name shown otherwise than its bytes (not UTF-8), or under such a folder: its real bytes are kept.
    if (typeof folderOnDisk !== 'string' || name !== entry.name.toString('utf8')) walk.raw.set(path, Buffer.concat([Buffer.from(folderOnDisk), Buffer.from(sep), entry.name]));
  }
  // The files not named .pdf are checked for a PDF header ahead of the walk, a few at a time.
  const unnamed = named.filter(({ entry, name }) => entry.isFile() && !isPdfName(name));
  const checks = new Map(headerChecks(unnamed.map(({ path }) => onDisk(path, walk.raw))).map((check, index) => [unnamed[index]!.path, check]));
  for (const { entry, name, path } of named) {
    if (entry.isDirectory()) await walkPdfs(path, walk);
    else if (entry.isSymbolicLink()) await linkEntry(path, walk);
    else if (isPdfName(name)) walk.files.add(path);
    else if ((await checks.get(path)) === true) notNamedPdf(path, walk);
    else walk.counted.leftOut += 1;
  }
}

/**
 * A PDF in a folder whose name does not end in `.pdf` (no extension, `.bin`, `.pdf.part`): left
 * out, as folders contribute `.pdf` files only (an Illustrator `.ai` file is a PDF too), but said,
 * where it vanished silently before.
 */
function notNamedPdf(path: string, walk: Walk): void {
  walk.notes.push({ path, status: 'skipped', code: 'NOT_NAMED_PDF', message: `${relative(walk.shown, path)}: a PDF whose name does not end in .pdf; folders contribute .pdf files only: name it on the command line, or rename it, to import it` });
}

/** A symbolic link met in a folder: a link to a file is listed, a link to a folder is reported. */
async function linkEntry(path: string, walk: Walk): Promise<void> {
  const info = await stat(onDisk(path, walk.raw)).catch(() => null);
  if (info === null || !info.isDirectory()) {
    // A link to a file, a broken link or a loop: a `.pdf` one is imported, or fails naming itself.
    if (isPdfName(path) || (info !== null && isPdfName(await realpath(onDisk(path, walk.raw), { encoding: 'buffer' }).then(shownName, () => '')))) walk.files.add(path);
    return;
  }
  const target = await realpath(onDisk(path, walk.raw), { encoding: 'buffer' }).then(shownName, () => path);
  const name = relative(walk.shown, path);
  if (inside(walk.root, target)) {
    walk.notes.push({ path, status: 'skipped', code: 'LINK_NOT_FOLLOWED', message: `${name}: a link to a folder inside ${basename(walk.shown)}, whose files are imported from there; not followed` });
  } else {
    walk.notes.push({
      path,
      status: 'failed',
      code: 'LINK_NOT_FOLLOWED',
      message: `${name}: a link to a folder outside ${basename(walk.shown)} (${target}); links to folders are not followed (one could loop or pull in a whole disk): import that folder by naming it`,
    });
  }
}
