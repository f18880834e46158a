/**
 * Issue 13, point 2 (a small input cannot take the run down), for what an import is pointed at:
 * only a regular file is read, and only up to a size. A named pipe would wait for a writer
 * forever and `/dev/zero` never ends (the import grew until the machine ran out of memory); each
 * is refused at once with one line naming it.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../../main/ingest/errors.js';
import { readFileBytes } from '../../../main/ingest/read-file.js';
import { tempDir } from '../../helpers/fixtures.js';

async function refusal(path: string, maxBytes?: number): Promise<IngestError> {
  const error: unknown = await readFileBytes(path, maxBytes).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('readFileBytes reads only a regular file of a bounded size', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  it('refuses a named pipe at once (no writer: reading it would wait forever)', async () => {
    const fifo = join(dir.path, 'lettre.pdf');
    execFileSync('mkfifo', [fifo]);
    const error = await refusal(fifo);
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(error.message).toBe('lettre.pdf: not a regular file (a pipe, a device or a socket)');
  }, 10_000);

  it('refuses a device that never ends (/dev/zero), and a link to one', async () => {
    expect((await refusal('/dev/zero')).message).toMatch(/^zero: not a regular file/u);
    const link = join(dir.path, 'scan.pdf');
    symlinkSync('/dev/urandom', link);
    expect((await refusal(link)).message).toMatch(/^scan\.pdf: not a regular file/u);
  }, 10_000);

  it('refuses a file larger than the import reads, before reading it', async () => {
    const big = join(dir.path, 'rapport.pdf');
    writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 0x20));
    const error = await refusal(big, 2 * 1024 * 1024);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/^rapport\.pdf: 3 MB, larger than the 2 MB an import reads/u);
  });

  it('names a loop of symbolic links as such', async () => {
    const loop = join(dir.path, 'boucle.pdf');
    symlinkSync(loop, loop);
    expect((await refusal(loop)).message).toBe('boucle.pdf: a loop of symbolic links (a link that leads back to itself)');
  });
});
