import { createHash } from 'node:crypto';
import { lstat, readFile, readlink, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { IngestError } from './errors.js';

export interface FileBytes {
  readonly path: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/**
 * Largest file an import reads (it is held in memory whole): the size of the largest upload the
 * app accepts. A long scanned report is about 100 MB.
 */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Where `path` points when it is a symbolic link (a broken one, when its target is missing). */
async function brokenLinkTarget(path: string | Buffer): Promise<string | undefined> {
  const info = await lstat(path).catch(() => null);
  return info?.isSymbolicLink() === true ? readlink(path).catch(() => undefined) : undefined;
}

/**
 * Reads a file whole and hashes it; a missing or unreadable file becomes an IngestError naming it.
 * `onDisk` is the path's real bytes when its name is not UTF-8 (list-inputs.ts), `path` its shown form.
 * Only a regular file is read: a pipe would wait for a writer forever, and a device
 * (`/dev/zero`, `/dev/urandom`) never ends, so reading one would grow the import without bound.
 */
export async function readFileBytes(path: string, maxBytes: number = MAX_INPUT_BYTES, onDisk: string | Buffer = path): Promise<FileBytes> {
  const fileName = basename(path);
  let bytes: Buffer;
  try {
    const info = await stat(onDisk);
    if (!info.isFile() && !info.isDirectory()) throw new IngestError('UNREADABLE_FILE', `${fileName}: not a regular file (a pipe, a device or a socket)`);
    if (info.size > maxBytes) {
      throw new IngestError('TOO_LARGE', `${fileName}: ${Math.round(info.size / 1024 / 1024)} MB, larger than the ${Math.round(maxBytes / 1024 / 1024)} MB an import reads; split the document`);
    }
    bytes = await readFile(onDisk);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const target = code === 'ENOENT' ? await brokenLinkTarget(onDisk) : undefined;
    const why =
      target !== undefined
        ? `a symbolic link to a file that does not exist (${target})`
        : code === 'ENOENT' && path.includes('\ufffd')
        ? 'no file has this name as the command line passed it: a name that is not UTF-8 (a Latin-1 é, say) reaches the program with U+FFFD in its place; name its folder instead, or rename the file'
        : code === 'ENOENT'
        ? 'the file no longer exists (moved or deleted during the import?)'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied: the file cannot be read'
          : code === 'EISDIR'
            ? 'this is a folder, not a file'
            : code === 'ELOOP'
              ? 'a loop of symbolic links (a link that leads back to itself)'
            : `the file cannot be read (${code ?? String(error)})`;
    throw new IngestError('UNREADABLE_FILE', `${fileName}: ${why}`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { path, fileName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), sha256 };
}
