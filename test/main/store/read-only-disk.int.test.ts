/**
 * A corpus on a read-only disk or share (EROFS): SQLite could not open it for writing and said only
 * "unable to open database file", so `serve` refused to start ("cannot be opened") instead of
 * serving it for reading, and `import` blamed the file. Needs a read-only bind mount (root with
 * mount rights, as in CI's container); skipped, and said so, where that cannot be made.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../../main/errors.js';
import { openCorpus } from '../../../main/store/db.js';
import { runCli } from '../../helpers/cli.js';
import { storeTextDocument } from '../../helpers/documents.js';
import { tempDir } from '../../helpers/fixtures.js';

const dir = tempDir('glaneur-rodisk-');
const disk = join(dir.path, 'disk');
const corpus = join(disk, 'corpus.sqlite');
let mounted = false;

beforeAll(async () => {
  mkdirSync(disk);
  const db = await openCorpus(join(dir.path, 'made.sqlite'), { create: true });
  storeTextDocument(db, 'lettre.pdf', ['Réunion du 3 mars 2025 à Lunel.'], []);
  db.close();
  copyFileSync(join(dir.path, 'made.sqlite'), corpus);
  try {
    execFileSync('mount', ['--bind', '-o', 'ro', disk, disk], { stdio: 'ignore' });
    mounted = true;
  } catch {
    process.stderr.write('read-only-disk.int.test: no read-only bind mount here (needs root with mount rights); skipped\n');
  }
});

afterAll(() => {
  if (mounted) execFileSync('umount', [disk]);
  dir.cleanup();
});

describe('a corpus on a read-only disk', () => {
  it('is refused for writing as read-only, not as a file that cannot be opened', async ({ skip }) => {
    if (!mounted) return skip();
    const failure = await openCorpus(corpus, { create: true }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CorpusError);
    expect((failure as CorpusError).code).toBe('CORPUS_READ_ONLY');
    expect((failure as CorpusError).message).toMatch(/read-only disk or share/u);
  });

  it('is opened for reading', async ({ skip }) => {
    if (!mounted) return skip();
    const db = await openCorpus(corpus, { readOnly: true });
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    db.close();
  });

  it('is served for reading by `glaneur serve` (it refused to start)', async ({ skip }) => {
    if (!mounted) return skip();
    const run = await runCli(['serve', '--db', corpus, '--port', '0'], { timeoutMs: 8_000 });
    expect(run.stderr).toContain('is read-only: it is served for reading');
    expect(run.stdout).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=/u);
  });
});
