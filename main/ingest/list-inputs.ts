import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';

/**
 * Something found while walking a folder that is not imported, and why: the user is told of it
 * (issue 13, "nothing is lost silently"). `skipped` when its files are imported anyway (a link to
 * a folder already walked), `failed` when they are not (a link leaving the folder, a folder that
 * cannot be read).
 */
export interface InputNote {
  readonly path: string;
  readonly status: 'skipped' | 'failed';
  readonly code: 'LINK_NOT_FOLLOWED' | 'UNREADABLE_FILE';
  readonly message: string;
}

/** The files to import, in order, and what was left out of them. */
export interface InputList {
  readonly files: string[];
  readonly notes: InputNote[];
}

const isPdfName = (name: string): boolean => name.toLowerCase().endsWith('.pdf');

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
 * recursively and contribute their `.pdf` entries — regular files, and also links, pipes or
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
  for (const path of paths) {
    const absolute = resolve(path);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      const root = await realpath(absolute);
      await walkPdfs(absolute, { root, shown: absolute, files, notes });
    } else {
      files.add(absolute);
    }
  }
  return { files: [...files], notes };
}

interface Walk {
  /** Real path of the folder named on the command line. */
  readonly root: string;
  /** That folder as the user named it, for messages. */
  readonly shown: string;
  readonly files: Set<string>;
  readonly notes: InputNote[];
}

async function walkPdfs(folder: string, walk: Walk): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    walk.notes.push({ path: folder, status: 'failed', code: 'UNREADABLE_FILE', message: `${relative(walk.shown, folder) || basename(folder)}: this folder cannot be read (${errnoText(error)}); its PDF files were not imported` });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walkPdfs(path, walk);
    else if (entry.isSymbolicLink()) await linkEntry(path, walk);
    else if (isPdfName(entry.name)) walk.files.add(path);
  }
}

/** A symbolic link met in a folder: a link to a file is listed, a link to a folder is reported. */
async function linkEntry(path: string, walk: Walk): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isDirectory()) {
    // A link to a file, a broken link or a loop: a `.pdf` one is imported, or fails naming itself.
    if (isPdfName(path) || (info !== null && isPdfName(await realpath(path).catch(() => '')))) walk.files.add(path);
    return;
  }
  const target = await realpath(path).catch(() => path);
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
