/**
 * Issue 13, point 10: the page time limit is per page, and a document as a whole has a budget of
 * its own working time (`documentTimeoutMs`, 60 minutes by default, see README "Limits"); past
 * it the document fails alone as DOCUMENT_TIMEOUT, naming the file, and the import goes on.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFiles } from '../../../main/ingest/import-files.js';
import { DEFAULT_DOCUMENT_TIMEOUT_MS } from '../../../main/ingest/document-thread.js';
import { openCorpus, type Db } from '../../../main/store/db.js';
import { makeTextPdf } from '../../../scripts/bad-inputs/synthetic-pdfs.js';
import { LONG_DOCUMENT_PAGES } from '../../../scripts/hostile-pdfs.js';
import { devFile, tempDir } from '../../helpers/fixtures.js';

const dir = tempDir();
const long = join(dir.path, 'long.pdf');
let db: Db;
beforeAll(async () => {
  await writeFile(long, await makeTextPdf(LONG_DOCUMENT_PAGES));
  db = await openCorpus(join(dir.path, 'corpus.sqlite'), { create: true });
}, 120_000);
afterAll(() => {
  db.close();
  dir.cleanup();
});

it('has a documented default budget of an hour per document', () => {
  expect(DEFAULT_DOCUMENT_TIMEOUT_MS).toBe(60 * 60_000);
});

it('fails a document whose pages, each well within the page limit, add up to more than its budget, and imports the next', async () => {
  const results = await importFiles(db, [long, devFile('000.pdf')], { jobs: 1, ocr: 'never', pageTimeoutMs: 20_000, documentTimeoutMs: 5_000 });
  const failed = results.find((result) => result.status === 'failed');
  expect(failed).toMatchObject({ status: 'failed', code: 'DOCUMENT_TIMEOUT', message: expect.stringMatching(/^long\.pdf: the document took longer than its budget of 5 s of reading and OCR$/u) as unknown });
  expect(results.find((result) => result.file.endsWith('000.pdf'))).toMatchObject({ status: 'imported' });
}, 120_000);

// That each of these pages passes a short page limit, the whole document under the default budget, is
// test/main/ingest/hostile-inputs.int.test.ts ('applies the page time limit to each page').
