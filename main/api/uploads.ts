/**
 * Files sent by the UI before an import (an upload under `glaneur serve`, bytes over IPC in
 * Electron), kept in a private temporary folder under their own name so the import records it.
 * Ids are random; names are reduced to a safe base name.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Largest single upload accepted (a long scanned report is ~100 MB). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

export interface UploadStore {
  /** Saves the bytes; answers the id `startImport` takes. */
  save(name: string, bytes: Uint8Array): string;
  /** The saved file's path, or undefined for an unknown id. */
  path(id: string): string | undefined;
  /** Removes one upload after its import. */
  discard(id: string): void;
  /** Removes every upload (at exit). */
  clear(): void;
}

/** A file name safe on every file system, never empty, never a path. */
export function safeFileName(name: string): string {
  const base = [...basename(name.replace(/\\/gu, '/'))].map((char) => (char.charCodeAt(0) < 32 || '<>:"|?*'.includes(char) ? '_' : char)).join('').trim();
  return base === '' || base === '.' || base === '..' ? 'document.pdf' : base.slice(0, 200);
}

export function createUploadStore(root: string = mkdtempSync(join(tmpdir(), 'glaneur-uploads-'))): UploadStore {
  const paths = new Map<string, string>();
  return {
    save(name, bytes) {
      const id = randomBytes(16).toString('hex');
      const folder = join(root, id);
      mkdirSync(folder, { mode: 0o700 });
      const file = join(folder, safeFileName(name));
      writeFileSync(file, bytes, { mode: 0o600 });
      paths.set(id, file);
      return id;
    },
    path: (id) => paths.get(id),
    discard(id) {
      paths.delete(id);
      rmSync(join(root, id), { recursive: true, force: true });
    },
    clear() {
      paths.clear();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
