/**
 * `glaneur serve` over a fresh empty corpus for a whole test file, the set-up the serve tests on
 * slow and hostile clients share.
 */
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openCorpus } from '../../main/store/db.js';
import { tempDir } from './fixtures.js';
import { startServe, type Served } from './locked-serve.js';

/**
 * Starts the server before the file's tests, on `portBase` plus this process's id modulo 1000 (so
 * that test workers running side by side do not collide), and stops it after them. Call at the
 * file's top level; the function returned gives the running server inside a test.
 */
export function serveEmptyCorpusForFile(portBase: number): () => Served {
  const dir = tempDir();
  let served: Served | undefined;
  beforeAll(async () => {
    const file = join(dir.path, 'corpus.sqlite');
    (await openCorpus(file, { create: true })).close();
    served = await startServe(file, portBase + (process.pid % 1000));
  }, 60_000);
  afterAll(() => {
    served?.child.kill('SIGTERM');
    dir.cleanup();
  });
  return () => {
    if (served === undefined) throw new Error('glaneur serve has not started');
    return served;
  };
}
