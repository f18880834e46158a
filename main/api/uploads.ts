/**
 * Files sent by the UI before an import (an upload under `glaneur serve`, bytes over IPC in
 * Electron), kept in a private temporary folder under their own name so the import records it.
 * Ids are random; names are reduced to a safe base name.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
// Names Windows reserves for devices, whatever their extension (`CON.pdf` opens the console).
import { WINDOWS_DEVICE } from '../export/portable-name.js';

/** Largest single upload accepted (a long scanned report is ~100 MB). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

export interface UploadStore {
  /** Saves the bytes; answers the id `startImport` takes. */
  save(name: string, bytes: Uint8Array): string;
  /**
   * Saves bytes as they arrive (an HTTP upload), never holding the whole file in memory; answers
   * the id, or null (and keeps nothing) when more than `maxBytes` arrive.
   */
  saveStream(name: string, chunks: AsyncIterable<Uint8Array>, maxBytes?: number): Promise<string | null>;
  /** The saved file's path, or undefined for an unknown id. */
  path(id: string): string | undefined;
  /** Removes one upload after its import. */
  discard(id: string): void;
  /** Removes every upload (at exit). */
  clear(): void;
}

/** Longest file name kept, in UTF-8 bytes (file systems allow 255 bytes, not 255 characters). */
const MAX_NAME_BYTES = 200;

/** `name` cut to `MAX_NAME_BYTES` whole characters, keeping its extension. */
function shortened(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  let stem = '';
  for (const char of name.slice(0, name.length - extension.length)) {
    if (Buffer.byteLength(stem + char + extension) > MAX_NAME_BYTES) break;
    stem += char;
  }
  return stem + extension;
}

/**
 * Characters no file name keeps: controls (C0, DEL, C1), those Windows forbids, and the invisible
 * format characters that reorder or hide text (U+202E shows `rapport\u202Efdp.exe` as
 * `rapportexe.pdf`, in the library and in every export that names the document).
 */
// eslint-disable-next-line no-control-regex -- the control characters are what is replaced
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f<>:"|?*\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;


/** A file name safe on every file system, never empty, never a path, never a device, never too long. */
export function safeFileName(name: string): string {
  // Windows drops trailing dots and spaces (`a.pdf.` would be saved as another name than asked).
  const base = basename(name.replace(/\\/gu, '/')).replace(UNSAFE_CHARS, '_').trim().replace(/[. ]+$/u, '');
  if (base === '' || base === '.' || base === '..') return 'document.pdf';
  return shortened(WINDOWS_DEVICE.test(base) ? `_${base}` : base);
}

class TooLarge extends Error {}

/** Writes `chunks` to `file` (a write error, such as a full disk, rejects); false when more than `maxBytes` arrive. */
async function writeChunks(file: string, chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<boolean> {
  let size = 0;
  async function* counted(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new TooLarge();
      yield chunk;
    }
  }
  try {
    await pipeline(chunks, counted, createWriteStream(file, { mode: 0o600 }));
    return true;
  } catch (error) {
    if (error instanceof TooLarge) return false;
    throw error;
  }
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
    async saveStream(name, chunks, maxBytes = MAX_UPLOAD_BYTES) {
      const id = randomBytes(16).toString('hex');
      const folder = join(root, id);
      mkdirSync(folder, { mode: 0o700 });
      const file = join(folder, safeFileName(name));
      try {
        if (!(await writeChunks(file, chunks, maxBytes))) {
          rmSync(folder, { recursive: true, force: true });
          return null;
        }
      } catch (error) {
        rmSync(folder, { recursive: true, force: true });
        throw error;
      }
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
