import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { cliPath, devFile, tempDir } from '../../helpers/fixtures.js';

/**
 * Issue 13, round 3: a corpus that reaches the file-size limit (`ulimit -f`, RLIMIT_FSIZE; a FAT32
 * disk's 4 GB) mid-import. The write is refused (EFBIG, which Node turns from a signal into an
 * error); the command must stop in one line that says so, and keep what the corpus held.
 */
describe('a corpus at the file-size limit', () => {
  const dir = tempDir();
  const base = join(dir.path, 'base.sqlite');
  beforeAll(async () => {
    expect((await runCli(['import', devFile('000.pdf'), '--db', base, '--jobs', '1'])).code).toBe(0);
  });
  afterAll(() => dir.cleanup());

  const documents = (file: string): unknown => {
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      return [db.prepare('SELECT file_name FROM documents ORDER BY id').all(), db.pragma('integrity_check', { simple: true })];
    } finally {
      db.close();
    }
  };

  it('stops with one line naming the corpus and the limit, exit 2, the corpus intact', () => {
    const corpus = join(dir.path, 'corpus.sqlite');
    copyFileSync(base, corpus);
    const before = documents(corpus);
    // 100 blocks of 1 KB: below the corpus's own size, so the first page written past it is refused.
    const run = spawnSync('/bin/sh', ['-c', 'ulimit -f 100 && exec "$0" "$@"', process.execPath, cliPath, 'import', devFile('003.pdf'), '--db', corpus, '--jobs', '1'], { encoding: 'utf8' });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^glaneur: .*corpus\.sqlite: the corpus could not be written: the disk is full or the file reached the largest size allowed here \(ulimit -f/mu);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(documents(corpus)).toEqual(before);
  });
});
