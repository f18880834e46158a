/**
 * Files sent to `glaneur serve` (issue 13, point 2: peak memory bounded for any input). An upload
 * used to be gathered whole in memory before it was written (a 400 MB upload took the server to
 * 870 MB; two at once past 900 MB): it is now written to disk as it arrives. A long name (200
 * emoji, 800 bytes) made the server answer 500 (ENAMETOOLONG): it is cut to what a file system
 * takes, keeping its extension.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createUploadStore, safeFileName } from '../../../main/api/uploads.js';

const MB = 1024 * 1024;

describe('uploads', () => {
  const root = mkdtempSync(join(tmpdir(), 'glaneur-uploads-test-'));
  const uploads = createUploadStore(root);
  afterAll(() => uploads.clear());

  /** Bytes on disk under `root`, whatever the upload's folder. */
  const bytesOnDisk = (): number =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);

  it('writes an upload to disk as it arrives, not once it is whole', async () => {
    const seen: number[] = [];
    async function* arriving(): AsyncGenerator<Uint8Array> {
      for (let index = 0; index < 4; index += 1) {
        seen.push(bytesOnDisk());
        yield Buffer.alloc(MB, 0x41 + index);
      }
    }
    const id = await uploads.saveStream('rapport.pdf', arriving());
    expect(id).not.toBeNull();
    // When the fourth megabyte is asked for, the earlier ones are already in the file.
    expect(seen[3]).toBeGreaterThanOrEqual(2 * MB);
    const file = uploads.path(id!)!;
    expect(basename(file)).toBe('rapport.pdf');
    const bytes = readFileSync(file);
    expect(bytes.length).toBe(4 * MB);
    expect([bytes[0], bytes[MB], bytes[3 * MB]]).toEqual([0x41, 0x42, 0x44]);
    uploads.discard(id!);
  });

  it('keeps nothing of an upload larger than the limit', async () => {
    async function* big(): AsyncGenerator<Uint8Array> {
      for (let index = 0; index < 5; index += 1) yield Buffer.alloc(MB);
    }
    expect(await uploads.saveStream('trop.pdf', big(), 3 * MB)).toBeNull();
    expect(readdirSync(root)).toEqual([]);
  });

  it('cuts a long name to what a file system takes (255 bytes), keeping its extension', async () => {
    const name = `${'😀'.repeat(200)}.pdf`;
    const safe = safeFileName(name);
    expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(200);
    expect(safe).toMatch(/^😀+\.pdf$/u);
    const id = uploads.save(name, Buffer.from('%PDF-1.4\n'));
    expect(readFileSync(uploads.path(id)!, 'latin1')).toBe('%PDF-1.4\n');
    const streamed = await uploads.saveStream(`${'é'.repeat(180)}.pdf`, (async function* () {
      yield Buffer.from('%PDF-1.4\n');
    })());
    expect(basename(uploads.path(streamed!)!)).toMatch(/^é+\.pdf$/u);
  });
});

describe('safeFileName (round 3)', () => {
  it('keeps no control, reordering or Windows-forbidden character, no device name, no trailing dot', () => {
    expect(safeFileName('rapport\u202efdp.exe.pdf')).toBe('rapport_fdp.exe.pdf');
    expect(safeFileName('a\u0085b\u007fc\u200bd.pdf')).toBe('a_b_c_d.pdf');
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('lpt1')).toBe('_lpt1');
    expect(safeFileName('console.pdf')).toBe('console.pdf');
    expect(safeFileName('bilan.pdf. . ')).toBe('bilan.pdf');
    expect(safeFileName('...')).toBe('document.pdf');
    expect(safeFileName('..\\..\\Windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('📄 bilan été تقرير.pdf')).toBe('📄 bilan été تقرير.pdf');
  });
});
