import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { IngestError } from './errors.js';

export interface FileBytes {
  readonly path: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** Reads a file whole and hashes it; a missing or unreadable file becomes an IngestError naming it. */
export async function readFileBytes(path: string): Promise<FileBytes> {
  const fileName = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'the file no longer exists (moved or deleted during the import?)'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied: the file cannot be read'
          : code === 'EISDIR'
            ? 'this is a folder, not a file'
            : `the file cannot be read (${code ?? String(error)})`;
    throw new IngestError('UNREADABLE_FILE', `${fileName}: ${why}`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { path, fileName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), sha256 };
}
