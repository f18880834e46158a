import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Expands the command line's files and folders into a sorted list of files. Folders are walked
 * recursively and contribute their `.pdf` files; a file named explicitly is always kept, whatever
 * its extension, so that a bad file is reported rather than silently ignored.
 */
export async function listInputs(paths: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(path);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      for (const file of await walkPdfs(absolute)) files.add(file);
    } else {
      files.add(absolute);
    }
  }
  return [...files];
}

async function walkPdfs(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walkPdfs(path)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.pdf')) found.push(path);
  }
  return found;
}
