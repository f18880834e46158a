/**
 * Issue 13, point 5: a corpus locked by another program is not the PDF's fault. The import stops
 * with CORPUS_BUSY (one line, exit 2 in the CLI), and no good PDF is stored as a failed import
 * (it used to be recorded as `CORRUPT_PDF (database is locked)`).
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { CorpusError } from '../../../main/errors.js';
import { importFiles } from '../../../main/ingest/import-files.js';
import { openCorpus } from '../../../main/store/db.js';
import { listDocuments } from '../../../main/store/documents.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
afterAll(() => dir.cleanup());

it('stops with CORPUS_BUSY while another connection holds the write lock, and records no failed document', async () => {
  const file = join(dir.path, 'locked.sqlite');
  const db = await openCorpus(file, { create: true, busyTimeoutMs: 200 });
  const other = new BetterSqlite3(file);
  other.exec('BEGIN IMMEDIATE');
  try {
    const outcome = importFiles(db, [devFile('000.pdf'), devFile('002.pdf')], { jobs: 1, ocr: 'never' });
    await expect(outcome).rejects.toBeInstanceOf(CorpusError);
    await expect(outcome).rejects.toMatchObject({ code: 'CORPUS_BUSY' });
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  expect(listDocuments(db)).toEqual([]);
  db.close();
}, 120_000);
