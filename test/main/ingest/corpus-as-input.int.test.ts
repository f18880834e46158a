/**
 * Issue 13, round 6: a corpus given as a file to import (the corpus itself, say, after
 * `glaneur import *` in its folder) failed as NOT_PDF "it looks like plain text": SQLite's header
 * is printable. It is now named for what it is, and the corpus is left as it was.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

it('fails a corpus given as an input as a SQLite database, not as text, and leaves both corpora untouched', async () => {
  const corpus = join(dir.path, 'corpus.sqlite');
  const imported = await runCli(['import', devFile('000.pdf'), '--db', corpus, '--ocr', 'never', '--jobs', '1']);
  expect(imported.code).toBe(0);
  const other = join(dir.path, 'autre.sqlite');
  copyFileSync(corpus, other);
  const hash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
  const before = hash(other);
  const run = await runCli(['import', other, '--db', corpus, '--jobs', '1']);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^failed\tautre\.sqlite\tNOT_PDF: autre\.sqlite: not a PDF \(no %PDF- header; it is a SQLite database: a Glaneur corpus, or another program's\)/mu);
  expect(hash(other)).toBe(before);
}, 120_000);
