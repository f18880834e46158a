import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../../main/errors.js';
import { importFiles } from '../../../main/ingest/import-files.js';
import { openCorpus } from '../../../main/store/db.js';
import { listDocuments } from '../../../main/store/documents.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

/**
 * A corpus that cannot take the document (full, locked, read-only) is the corpus's fault, not the
 * PDF's: the import stops with a corpus error, and no good PDF is recorded as a failed import.
 */
describe('a corpus fault during import', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  it('stops with CORPUS_FULL when the corpus cannot grow, and records no failed document', async () => {
    const db = await openCorpus(join(dir.path, 'full.sqlite'), { create: true });
    try {
      // The file may not grow by a single page: the document's pages cannot be written, while a
      // small failure row could still fit in a page that has room (the case that blamed the PDF).
      const pages = db.pragma('page_count', { simple: true }) as number;
      db.pragma(`max_page_count = ${pages}`);
      const outcome = importFiles(db, [devFile('000.pdf'), devFile('002.pdf')], { jobs: 1, ocr: 'never' });
      await expect(outcome).rejects.toBeInstanceOf(CorpusError);
      await expect(outcome).rejects.toMatchObject({ code: 'CORPUS_FULL' });
      expect(listDocuments(db).filter((document) => document.status === 'failed')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('with two documents read at once, abandons the other one: not stored, not reported as a failed PDF (round 6)', async () => {
    const db = await openCorpus(join(dir.path, 'full-two-lanes.sqlite'), { create: true });
    try {
      const pages = db.pragma('page_count', { simple: true }) as number;
      db.pragma(`max_page_count = ${pages}`);
      const reported: string[] = [];
      const outcome = importFiles(db, [devFile('000.pdf'), devFile('002.pdf'), devFile('003.pdf')], {
        jobs: 2,
        ocr: 'never',
        onResult: (result) => reported.push(`${result.status} ${'code' in result ? String(result.code) : ''}`),
      });
      await expect(outcome).rejects.toMatchObject({ code: 'CORPUS_FULL' });
      // Before: the document the other lane was reading had its thread stopped under it, and was
      // reported and stored as CORRUPT_PDF ("the reader stopped unexpectedly"), as was the next one.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(reported).toEqual([]);
      expect(listDocuments(db).filter((document) => document.status === 'failed')).toEqual([]);
    } finally {
      db.close();
    }
  }, 120_000);
});
